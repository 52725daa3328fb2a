import { describe, expect, it } from 'vitest';
import { elide, startsElision } from '../../../src/writing/french/02-elision.js';

describe('startsElision', () => {
  it.each([
    ['investisseur', true],
    ['hôpital', true],
    ['homme', true],
    ['OpenAI', true],
    ['ONU', true],
    ['IA', true],
    ['«avion', true],
    ['héros', false],
    ['hausse', false],
    ['marché', false],
    ['SNCF', false],
    ['Yale', false],
    ['onze', false],
    ['huit', false],
    ['yaourt', false],
    ['2012', false],
    // Names in H: aspirated unless the lexicon lists them (a French first name, a place).
    ['Higgs', false],
    ['Hollande', false],
    ['Hélène', true],
    ['Hélène,', true],
    ['Henri-Pierre', true],
    ['Honfleur', true],
  ])('%s → %s', (next, expected) => {
    expect(startsElision(next)).toBe(expected);
  });
});

describe('elide', () => {
  it.each([
    ['le', 'investisseur', 'l’'],
    ['Le', 'hôpital', 'L’'],
    ['la', 'ONU', 'l’'],
    ['de', 'OpenAI', 'd’'],
    ['que', 'il', 'qu’'],
    ['me', 'aider', 'm’'],
    ['si', 'il', 's’'],
    ['si', 'ils', 's’'],
    ['Si', 'il', 'S’'],
    ['ce', 'est', 'c’'],
    ['si', 'elle', undefined],
    ['si', 'île', undefined],
    ['ce', 'arbre', undefined],
    ['le', 'héros', undefined],
    ['de', 'marché', undefined],
    ['un', 'arbre', undefined],
  ])('%s + %s → %s', (word, next, expected) => {
    expect(elide(word, next)).toBe(expected);
  });
});
