import { describe, expect, it } from 'vitest';
import { MAX_KEPT, forgetMeasures, keptForArticle, remembered, rememberedForGood } from '../src/remember.js';

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

  it('keeps each measure apart, and forgets every one of them', () => {
    let lengths = 0;
    let uppers = 0;
    const length = remembered((text: string) => (lengths++, text.length));
    const upper = remembered((text: string) => (uppers++, text.toUpperCase()));
    expect([length('ab'), upper('ab'), length('ab'), upper('ab')]).toEqual([2, 'AB', 2, 'AB']);
    expect([lengths, uppers]).toEqual([1, 1]);
    forgetMeasures();
    expect([length('ab'), upper('ab')]).toEqual([2, 'AB']);
    expect([lengths, uppers]).toEqual([2, 2]);
  });

  it('starts again past MAX_KEPT texts in one article, and keeps measuring right', () => {
    let calls = 0;
    const length = remembered((text: string) => (calls++, text.length));
    for (let i = 0; i < MAX_KEPT; i++) length(`t${i}`);
    expect(length('t0')).toBe(2);
    expect(calls).toBe(MAX_KEPT);
    length('new');
    expect(length('t0')).toBe(2);
    expect(calls).toBe(MAX_KEPT + 2);
    expect(length('new')).toBe(3);
    expect(calls).toBe(MAX_KEPT + 2);
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

  it('starts again past MAX_KEPT words', () => {
    let calls = 0;
    const upper = rememberedForGood((word: string) => (calls++, word.toUpperCase()));
    for (let i = 0; i <= MAX_KEPT; i++) upper(`w${i}`);
    expect(calls).toBe(MAX_KEPT + 1);
    expect(upper('w0')).toBe('W0');
    expect(calls).toBe(MAX_KEPT + 2);
  });
});

describe('keptForArticle', () => {
  it('keeps a value by its key object until the next article', () => {
    const lengths = keptForArticle<readonly string[], number>();
    const texts = ['a', 'b'];
    expect(lengths.get(texts)).toBeUndefined();
    lengths.set(texts, 2);
    expect(lengths.get(texts)).toBe(2);
    // By identity, as a WeakMap: an equal array is another key.
    expect(lengths.get(['a', 'b'])).toBeUndefined();
    forgetMeasures();
    expect(lengths.get(texts)).toBeUndefined();
  });

  it('keeps each cache apart from the others and from the measures', () => {
    const first = keptForArticle<object, string>();
    const second = keptForArticle<object, string>();
    const key = {};
    first.set(key, 'one');
    expect(second.get(key)).toBeUndefined();
    second.set(key, 'two');
    expect([first.get(key), second.get(key)]).toEqual(['one', 'two']);
  });

  it('starts again past MAX_KEPT keys in one article', () => {
    const kept = keptForArticle<object, number>();
    const keys = Array.from({ length: MAX_KEPT + 1 }, () => ({}));
    keys.slice(0, MAX_KEPT).forEach((key, i) => kept.set(key, i));
    expect(kept.get(keys[0]!)).toBe(0);
    kept.set(keys[MAX_KEPT]!, MAX_KEPT);
    expect(kept.get(keys[0]!)).toBeUndefined();
    expect(kept.get(keys[MAX_KEPT]!)).toBe(MAX_KEPT);
  });
});
