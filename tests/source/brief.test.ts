import { describe, expect, it } from 'vitest';
import { checkMinWords, makeBrief } from '../../src/source/brief.js';
import { InputError } from '../../src/errors.js';
import type { Source } from '../../src/types.js';

const withInstruction = (instruction?: string): Source => ({
  ...(instruction !== undefined && { instruction }),
  bullets: [],
  paragraphs: ['Le marché a progressé.'],
  subheadings: [],
  text: 'Le marché a progressé.',
});

describe('makeBrief', () => {
  it.each([
    ['Make this article seo compatible, Let there be subheadings for the article, be in french, create at least 700 words', 700],
    ['Optimise cet article pour le référencement naturel, ajoute des intertitres, en français, au moins 750 mots', 750],
    ['Please make this article SEO friendly with subheadings, in French, minimum 800 words', 800],
    ['Write this article, 1 200 words', 1200],
    ['Make this SEO friendly with headings, in French, 800+ words', 800],
    ['Write a 900-word SEO article in French with subheadings', 900],
    ['Rédige un article SEO de 800 à 1 000 mots', 800],
    ['Écris un article de 850-900 mots avec des intertitres', 850],
  ])('reads the minimum from "%s"', (instruction, minWords) => {
    const brief = makeBrief(withInstruction(instruction));
    expect(brief.minWords).toBe(minWords);
    expect(brief.unknown).toEqual([]);
  });

  // Clauses are cut at commas, but not inside a number: the English thousands separator stays.
  it('reads "1,200 words" as 1200', () => {
    expect(makeBrief(withInstruction('Write this article, 1,200 words')).minWords).toBe(1200);
  });

  it('defaults to 700 words without an instruction', () => {
    expect(makeBrief(withInstruction()).minWords).toBe(700);
  });

  it('lets the option override the instruction', () => {
    expect(makeBrief(withInstruction('Please make this article SEO friendly, minimum 800 words'), { minWords: 1000 }).minWords).toBe(1000);
  });

  it.each([
    ['Make this article SEO friendly, in English', /anglais|english/i],
    ['Rédige cet article en anglais, au moins 700 mots', /anglais/i],
    ['Make this article SEO friendly, in Spanish', /espagnol|spanish/i],
  ])('refuses another output language: "%s"', (instruction, language) => {
    expect(() => makeBrief(withInstruction(instruction))).toThrow(InputError);
    expect(() => makeBrief(withInstruction(instruction))).toThrow(language);
  });

  it.each([
    ['Make this article seo compatible, add a funny joke, 900 words', ['add a funny joke']],
    ['Make this article seo compatible and add a funny joke', ['add a funny joke']],
  ])('puts the clauses it does not understand in unknown: "%s"', (instruction, unknown) => {
    expect(makeBrief(withInstruction(instruction)).unknown).toEqual(unknown);
  });

  it('checks the option too', () => {
    expect(() => makeBrief(withInstruction(), { minWords: 0 })).toThrow(InputError);
  });
});

describe('checkMinWords', () => {
  it.each([0, -3, 1.5, 6000, Number.NaN])('rejects %s', (value) => {
    expect(() => checkMinWords(value)).toThrow(InputError);
  });

  it.each([1, 700, 5000])('accepts %s', (value) => {
    expect(checkMinWords(value)).toBe(value);
  });
});
