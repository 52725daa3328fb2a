/** Key points (src/writing/blocks/key-points.ts): source sentences given once more, short, to fill an article. */
import { describe, expect, it } from 'vitest';
import type { Fact, Sentence } from '../../../src/types.js';
import type { WriteContext } from '../../../src/writing/context.js';
import { writeKeyPoints } from '../../../src/writing/blocks/key-points.js';
import { createChooser } from '../../../src/writing/variety.js';
import { createGuard } from '../../../src/writing/guard.js';
import { tallied } from '../../../src/writing/readability-tally.js';

const QUOTE = '« C’est un rêve de jouer en France », a déclaré le Brésilien lors de sa présentation.';
const sentences: Sentence[] = [
  { id: 's1', text: 'Le joueur de 23 ans s’est engagé pour cinq saisons avec le club rhodanien.', origin: 'body', paragraph: 0 },
  { id: 's2', text: QUOTE, origin: 'body', paragraph: 0 },
  { id: 's3', text: 'Le recrutement intervient alors que le club traverse une période financière délicate.', origin: 'body', paragraph: 1 },
];

function context(attribution: string | undefined): WriteContext {
  const facts = new Map<string, Partial<Fact>>([['s2', attribution === undefined ? {} : { attribution }]]);
  return {
    sentences,
    facts,
    names: [],
    chooser: createChooser(1, 0),
    guard: tallied(createGuard()),
    restated: new Map(),
    sameFact: new Map(),
    maxRestatements: 2,
    strict: true,
    strictFill: true,
    boundedReadability: true,
  } as unknown as WriteContext;
}

const FIRST_PERSON = '« Je dédie ce prix à toutes les femmes qui doutent », a déclaré la réalisatrice lors de la cérémonie.';

function contextWith(quote: string, attribution: string): WriteContext {
  const base = context(attribution);
  return { ...base, sentences: sentences.map((s) => (s.id === 's2' ? { ...s, text: quote } : s)) } as WriteContext;
}

const texts = (c: WriteContext): string[] => writeKeyPoints(c, 1000).map((item) => item.sentence.text.replace(/[\u00A0\u202F]/gu, ' '));

describe('writeKeyPoints', () => {
  it('names again who said a quotation whose attribution it drops', () => {
    const points = texts(context('le Brésilien lors de sa présentation'));
    expect(points).toContain('Selon le Brésilien, « C’est un rêve de jouer en France ».');
    expect(points.filter((text) => text.startsWith('«'))).toEqual([]);
  });

  it('gives a quotation in the first person after its speaker and a colon, not after "Selon"', () => {
    const points = texts(contextWith(FIRST_PERSON, 'la réalisatrice lors de la cérémonie'));
    expect(points).toContain('La réalisatrice : « Je dédie ce prix à toutes les femmes qui doutent ».');
    expect(points.some((text) => text.startsWith('Selon'))).toBe(false);
  });

  it('names who said the words it quotes further on, where the point drops the attribution', () => {
    const promise = 'La reconnaissance de l’état de catastrophe naturelle sera examinée « dans les plus brefs délais », a assuré la préfecture.';
    const points = texts(contextWith(promise, 'la préfecture'));
    const quoting = points.filter((text) => text.includes('« dans les plus brefs délais »'));
    expect(quoting).toHaveLength(1);
    expect(quoting[0]).toMatch(/^Selon la préfecture, \p{Ll}/u);
  });

  it('gives no quotation whose speaker it does not know', () => {
    const points = texts(context(undefined));
    expect(points.some((text) => text.includes('rêve'))).toBe(false);
    expect(points.length).toBeGreaterThanOrEqual(2);
  });
});

describe('writeKeyPoints: contrast adverbs', () => {
  it('gives a point without its contrast adverb, which read alone would contrast with nothing (e-09 "ont toutefois relevé")', () => {
    const base = context(undefined);
    const contrasted = { ...base, sentences: sentences.map((s) => (s.id === 's3' ? { ...s, text: 'Plusieurs médias spécialisés ont toutefois relevé des problèmes de performance sur PC.' } : s)) } as WriteContext;
    const points = texts(contrasted);
    expect(points).toContain('Plusieurs médias spécialisés ont relevé des problèmes de performance sur PC.');
    expect(points.join(' ')).not.toContain('toutefois');
  });
});
