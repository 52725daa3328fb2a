import { describe, expect, it } from 'vitest';
import { bulletsSummingUp } from '../../src/analysis/bullets.js';
import type { Sentence } from '../../src/types.js';

const sentence = (id: string, origin: 'bullet' | 'body', text: string): Sentence => ({ id, origin, text, paragraph: 0 }) as unknown as Sentence;

describe('bulletsSummingUp', () => {
  it('maps a bullet to the body sentence that holds most of its content words', () => {
    const sentences = [
      sentence('b1', 'bullet', 'La France va prêter la Tapisserie de Bayeux au Royaume-Uni.'),
      sentence('b2', 'bullet', 'Les chercheurs ont découvert une nouvelle particule.'),
      sentence('s1', 'body', 'Le musée rouvrira ses portes en mars après deux ans de travaux.'),
      sentence('s2', 'body', 'Theresa May a annoncé que la France va prêter au Royaume-Uni la fameuse Tapisserie de Bayeux.'),
    ];
    expect([...bulletsSummingUp(sentences)].map(([bullet, { sentence }]) => [bullet, sentence])).toEqual([['b1', 's2']]);
    // Every content word of the bullet is the sentence's: it repeats its words too.
    expect(bulletsSummingUp(sentences).get('b1')?.echoes).toBe(true);
  });

  it('maps nothing without bullets', () => {
    expect(bulletsSummingUp([sentence('s1', 'body', 'La France va prêter la Tapisserie de Bayeux.')]).size).toBe(0);
  });
});
