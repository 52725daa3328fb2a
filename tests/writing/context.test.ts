import { describe, expect, it } from 'vitest';
import type { WriteContext } from '../../src/writing/context.js';
import { canRestate, markRestated } from '../../src/writing/context.js';

const context = (sameFact: Record<string, string> = {}, sentences: readonly { id: string; text: string }[] = []): WriteContext =>
  ({ sentences, restated: new Map(), sameFact: new Map(Object.entries(sameFact).map(([bullet, sentence]) => [bullet, { sentence, echoes: false }])), maxRestatements: 2 }) as unknown as WriteContext;

describe('canRestate and markRestated', () => {
  it('let a source sentence be restated maxRestatements times', () => {
    const c = context();
    markRestated(c, 's1');
    expect(canRestate(c, 's1')).toBe(true);
    markRestated(c, 's1');
    expect(canRestate(c, 's1')).toBe(false);
    expect(canRestate(c, 's2')).toBe(true);
  });

  it('count a bullet and the body sentence it sums up as one fact', () => {
    const c = context({ b1: 's1' });
    // The lead states the bullet; a key figure then restates the bullet: the body sentence has no restatement left.
    markRestated(c, 'b1');
    markRestated(c, 'b1');
    expect(canRestate(c, 's1')).toBe(false);
    expect(canRestate(c, 'b1')).toBe(false);
    // A bullet that sums up nothing keeps its own count.
    markRestated(c, 'b2');
    expect(canRestate(c, 'b2')).toBe(true);
  });

  it('never let a sentence in the first person be restated: it is the words of someone its context names', () => {
    const c = context({}, [
      { id: 's1', text: 'Notre budget est de 8,6 millions d’euros, en hausse de 22 % en deux ans.' },
      { id: 's2', text: 'Le budget du festival est de 8,6 millions d’euros.' },
    ]);
    expect(canRestate(c, 's1')).toBe(false);
    expect(canRestate(c, 's2')).toBe(true);
  });
});
