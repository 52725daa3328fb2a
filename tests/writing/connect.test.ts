import { describe, expect, it } from 'vitest';
import { connect } from '../../src/writing/connect.js';
import { createChooser } from '../../src/writing/variety.js';
import type { WriteContext } from '../../src/writing/context.js';

// connect reads only the chooser and the names of the context.
const context = (): WriteContext => ({ chooser: createChooser(1, 0), names: [] }) as unknown as WriteContext;
const sentence = (text: string) => ({ id: 's2', text, origin: 'body' as const, paragraph: 0 });

describe('connect', () => {
  it('opens the sentence with a connector and keeps its words', () => {
    const out = connect(context(), sentence('Elle a attiré plus d’un million de visiteurs.'), 'follow:s2');
    expect(out?.text).toMatch(/elle a attiré plus d’un million de visiteurs\.$/u);
    expect(out?.provenance).toEqual({ sources: ['s2'], template: expect.stringMatching(/^connector:/u) });
  });

  it('says a passive with its agent in the active voice (rule active-voice)', () => {
    const out = connect(context(), sentence('Elle n’a jamais auparavant été prêtée par la France.'), 'follow:s2');
    expect(out?.text).toMatch(/la France ne l’a jamais auparavant prêtée\.$/u);
    expect(out?.provenance.template).toMatch(/^rule\.active-voice\/connector:/u);
  });

  it('gives a sentence that opens on a phrase set off before its subject ("D’un montant…, il") no connector with "que"', () => {
    const forms = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const out = connect(context(), sentence('D’un montant total de 612 millions d’euros, il a été voté par 41 voix pour.'), `follow:s${i}`);
      expect(out?.text).not.toMatch(/\bqu(?:e\s|’)d’un montant/u);
      expect(out?.text).toMatch(/d’un montant total de 612 millions d’euros, il a été voté par 41 voix pour\.$/u);
      forms.add(out!.provenance.template);
    }
    expect(forms.size).toBeGreaterThan(1);
  });

  it('refuses a sentence that opens on a quotation or a figure', () => {
    expect(connect(context(), sentence('« Nous partons », a-t-il dit.'), 'follow:s2')).toBeUndefined();
    expect(connect(context(), sentence('20 % des élèves ont réussi.'), 'follow:s2')).toBeUndefined();
  });

  it('gives no second connector to a sentence that opens on one', () => {
    expect(connect(context(), sentence('En fait, elle reviendra à Londres.'), 'follow:s2')).toBeUndefined();
    expect(connect(context(), sentence('Malgré tout, le groupe progresse.'), 'follow:s2')).toBeUndefined();
  });
});
