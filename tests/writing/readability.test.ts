import { describe, expect, it } from 'vitest';
import { easierToRead, easiestForm, firstReadable, readableFirst, readsEasily, sentenceWords, withinReadabilityBounds } from '../../src/writing/readability.js';
import type { Block } from '../../src/types.js';

const LONG = 'Le gouvernement a présenté mardi un plan de relance de quarante milliards d’euros destiné aux entreprises, aux collectivités et aux ménages les plus modestes du pays.';

describe('readsEasily', () => {
  it.each([
    ['Le CERN a annoncé la découverte d’une nouvelle particule.', 0, true],
    ['Le vaccin a été acheté à Sanofi Pasteur.', 0, false],
    [LONG, 0, false],
    ['Le CERN a annoncé la découverte d’une nouvelle particule dans ses laboratoires de Genève.', 8, false],
  ])('%s (+%i words) → %s', (sentence, extra, expected) => {
    expect(readsEasily(sentence, extra)).toBe(expected);
  });

  it('counts words as Yoast does for sentence length (hyphenated words once, elided words once)', () => {
    expect(sentenceWords('L’Arc-en-ciel est là.')).toBe(3);
  });
});

describe('withinReadabilityBounds', () => {
  const paragraph = (...texts: string[]): Block => ({ type: 'paragraph', sentences: texts.map((text) => ({ text, provenance: { sources: [], template: 'source' } })) });
  const heading: Block = { type: 'heading', level: 2, text: 'Le contexte', provenance: { sources: [], template: 'heading' } };
  const short = 'Le prix baisse.';

  // The H1 counts too: 1 long sentence of 4 is 25 %, within Yoast's bound; 2 of 4 are not.
  it.each([
    [[heading, paragraph(LONG, short)], true],
    [[heading, paragraph(LONG, LONG)], false],
    // 1 passive of 10 is 10 %, the bound; 2 of 10 are over it.
    [[heading, paragraph('Le vaccin a été acheté.', short, short, short, short, short, short, short)], true],
    [[heading, paragraph('Le vaccin a été acheté.', 'Le pont a été fermé.', short, short, short, short, short, short)], false],
  ] as const)('%#: → %s', (blocks, expected) => {
    expect(withinReadabilityBounds(blocks)).toBe(expected);
  });
});

describe('readableFirst', () => {
  it('puts the short active sentences first and keeps each group in order', () => {
    const items = [LONG, 'Le vaccin a été acheté.', 'Le prix baisse.', 'Les ventes montent.'];
    expect([...readableFirst(items, (s) => s)]).toEqual(['Le prix baisse.', 'Les ventes montent.', LONG, 'Le vaccin a été acheté.']);
  });
});

describe('firstReadable', () => {
  it('gives the first short active item, or the first item when none reads easily, and measures no more than it must', () => {
    const measured: string[] = [];
    const textOf = (s: string): string => (measured.push(s), s);
    expect(firstReadable([LONG, 'Le prix baisse.', 'Les ventes montent.'], textOf)).toBe('Le prix baisse.');
    expect(measured).toEqual([LONG, 'Le prix baisse.']);
    expect(firstReadable([LONG, 'Le vaccin a été acheté.'], (s) => s)).toBe(LONG);
    expect(firstReadable([], (s: string) => s)).toBeUndefined();
  });
});

describe('easierToRead', () => {
  it('cuts a long sentence and turns a passive part with an agent active, naming both rules', () => {
    const sentence = 'La décision a été prise par le président Macron lors du sommet franco-britannique ; l’œuvre du XIᵉ siècle n’a jamais quitté la France.';
    expect(easierToRead(sentence)).toEqual({
      parts: ['Le président Macron a pris la décision lors du sommet franco-britannique.', 'L’œuvre du XIᵉ siècle n’a jamais quitté la France.'],
      rules: ['rule.split-long', 'rule.active-voice'],
      // The parts as the source writes them, before the active voice.
      halves: ['La décision a été prise par le président Macron lors du sommet franco-britannique.', 'L’œuvre du XIᵉ siècle n’a jamais quitté la France.'],
      // The active-voice rule of each half, none for the second.
      halfRules: ['active-voice', ''],
    });
    expect(easiestForm(sentence)).toBe('Le président Macron a pris la décision lors du sommet franco-britannique.');
  });

  it('leaves a sentence that reads well as it is', () => {
    expect(easierToRead('Le prix baisse.')).toEqual({ parts: ['Le prix baisse.'], rules: [], halves: ['Le prix baisse.'], halfRules: [''] });
  });
});
