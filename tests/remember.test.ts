import { describe, expect, it } from 'vitest';
import { forgetMeasures, remembered, rememberedBy } from '../src/remember.js';

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
});

describe('rememberedBy', () => {
  it('keeps an answer per key, undefined answers included', () => {
    let calls = 0;
    const half = rememberedBy((n: number) => String(n), (n: number) => (calls++, n % 2 === 0 ? n / 2 : undefined));
    expect([half(4), half(4), half(3), half(3)]).toEqual([2, 2, undefined, undefined]);
    expect(calls).toBe(2);
  });
});
