import { describe, expect, it } from 'vitest';
import { forgetMeasures, remembered, rememberedForGood } from '../src/remember.js';

describe('remembered', () => {
  it('measures a text once until the next article', () => {
    let calls = 0;
    const length = remembered((text: string) => (calls++, text.length));
    expect([length('abc'), length('abc'), length('de')]).toEqual([3, 3, 2]);
    expect(calls).toBe(2);
    forgetMeasures();
    expect(length('abc')).toBe(3);
    expect(calls).toBe(3);
  });

  it('keeps undefined answers too', () => {
    let calls = 0;
    const none = remembered((_text: string) => (calls++, undefined));
    expect([none('a'), none('a')]).toEqual([undefined, undefined]);
    expect(calls).toBe(1);
  });
});

describe('rememberedForGood', () => {
  it('looks a word up once, across articles', () => {
    let calls = 0;
    const upper = rememberedForGood((word: string) => (calls++, word.toUpperCase()));
    expect([upper('mot'), upper('mot')]).toEqual(['MOT', 'MOT']);
    forgetMeasures();
    expect(upper('mot')).toBe('MOT');
    expect(calls).toBe(1);
  });
});
