import { describe, expect, it } from 'vitest';
import { tallied } from '../../src/writing/readability-tally.js';
import { createGuard } from '../../src/writing/guard.js';
import { mayRestate } from '../../src/writing/readability.js';

const LONG = 'Le gouvernement a présenté mardi un plan de relance de quarante milliards d’euros destiné aux entreprises, aux collectivités et aux ménages les plus modestes du pays.';
const PASSIVE = 'Le vaccin a été acheté par le ministère.';
const short = (i: number): string => `Le marché numéro ${i} progresse encore.`;

/** A tallied guard that has seen `shorts` short active sentences, then `more`. */
function guardWith(shorts: number, ...more: string[]) {
  const guard = tallied(createGuard());
  for (let i = 0; i < shorts; i++) guard.add(short(i));
  for (const text of more) guard.add(text);
  return guard;
}

describe('tallied guard', () => {
  it('keeps the article within 25 % of long sentences', () => {
    // 1 long of 4 → a second long makes 2 of 5 (40 %); 2 long of 8 → a third makes 3 of 9 (33 %); 2 of 9 → 3 of 12 (25 %).
    expect(guardWith(3, LONG).keepsReadable(LONG)).toBe(false);
    expect(guardWith(7, LONG).keepsReadable(LONG)).toBe(true);
    expect(guardWith(9, LONG, LONG).keepsReadable(LONG)).toBe(true);
    expect(guardWith(3, LONG).keepsReadable(short(99))).toBe(true);
  });

  it('keeps the article within 10 % of passive sentences', () => {
    expect(guardWith(9).keepsReadable(PASSIVE)).toBe(true);
    expect(guardWith(8, PASSIVE).keepsReadable(PASSIVE)).toBe(false);
    expect(guardWith(18, PASSIVE).keepsReadable(PASSIVE)).toBe(true);
  });

  it('bounds only the shares the text adds to: an active sentence lowers the passive share', () => {
    // 2 passive of 9 (22 %), from copies of the source: a long active restatement is still welcome (1 long of 10).
    expect(guardWith(7, PASSIVE, PASSIVE).keepsReadable(LONG)).toBe(true);
    expect(guardWith(7, PASSIVE, PASSIVE).keepsReadable(PASSIVE)).toBe(false);
    // And the other way round: 3 long of 10 (30 %), a short passive one is 1 of 11.
    expect(guardWith(7, LONG, LONG, LONG).keepsReadable(PASSIVE)).toBe(true);
  });

  it('stops counting a sentence it forgets (an intro written again)', () => {
    const guard = guardWith(7, LONG);
    expect(guard.keepsReadable(LONG)).toBe(true);
    guard.forget(short(0));
    guard.forget(short(1));
    // 1 long of 6: a second long makes 2 of 7 (29 %).
    expect(guard.keepsReadable(LONG)).toBe(false);
    guard.forget(LONG);
    expect(guard.keepsReadable(LONG)).toBe(true);
  });

  it('counts the words a template adds around the sentence', () => {
    const eighteen = 'Le gouvernement a présenté mardi un plan de relance destiné aux entreprises et aux ménages les plus modestes du pays.';
    expect(guardWith(2, LONG).keepsReadable(eighteen)).toBe(true);
    expect(guardWith(2, LONG).keepsReadable(eighteen, 6)).toBe(false);
  });

  it('counts a heading as a short sentence, which the repetition guard does not see', () => {
    const guard = guardWith(3, LONG);
    expect(guard.keepsReadable(LONG)).toBe(false);
    for (let i = 0; i < 3; i++) guard.addHeading();
    expect(guard.keepsReadable(LONG)).toBe(true);
    expect(guard.accepts(short(1))).toBe(false);
  });

  it('shares its counts with the same guard of another candidate share, not with a copy', () => {
    const guard = guardWith(3);
    const copy = guard.copy();
    guard.withCandidateShare(0.5).add(LONG);
    expect(guard.keepsReadable(LONG)).toBe(false);
    expect(copy.keepsReadable(LONG)).toBe(true);
  });
});

describe('mayRestate', () => {
  const context = (boundedReadability: boolean, guard = guardWith(3, LONG)) => ({ guard, boundedReadability });

  it('takes a sentence that reads easily at any level', () => {
    expect(mayRestate(context(true), short(5), true)).toBe(true);
  });

  it('takes a hard one only where the level is not strict, within the article’s bounds when it keeps them', () => {
    expect(mayRestate(context(false), LONG, true)).toBe(false);
    expect(mayRestate(context(true), LONG, false)).toBe(false);
    expect(mayRestate(context(true, guardWith(20)), LONG, false)).toBe(true);
    expect(mayRestate(context(false), LONG, false)).toBe(true);
  });
});
