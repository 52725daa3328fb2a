/**
 * Nouns the Lefff leaves out (two genders) or whose ending misleads the rule, as news use them: lexicon/gender.json.
 * "Quelques termes employés ici méritent une définition : la box-office, … et le part de marché" (h-08) read them wrong.
 */
import { describe, expect, it } from 'vitest';
import { genderOf, withDeterminer } from '../../../src/writing/french/agreement.js';

describe('gender of news nouns the Lefff lacks', () => {
  it.each([
    ['box-office', 'M'],
    ['part de marché', 'F'],
    ['part', 'F'],
    ['infox', 'F'],
    ['OPA', 'F'],
    ['IRM', 'F'],
    ['IGPN', 'F'],
    ['5G', 'F'],
    ['garde des Sceaux', 'M'],
  ])('%s → %s', (noun, expected) => {
    expect(genderOf(noun)).toBe(expected);
  });

  it.each(['France Travail', 'Pôle emploi', 'Radio France', 'France Télévisions', 'France 2'])('says "%s" without an article, though its head would give it one', (name) => {
    expect(genderOf(name)).toBeUndefined();
    expect(withDeterminer('definite', name)).toBeUndefined();
  });

  it('still gives its head its article alone ("la France")', () => {
    expect(withDeterminer('definite', 'France')).toBe('la France');
  });

  it('writes "le box-office" and "la part de marché"', () => {
    expect(withDeterminer('definite', 'box-office')).toBe('le box-office');
    expect(withDeterminer('definite', 'part de marché')).toBe('la part de marché');
  });
});

describe('the glossary’s names and acronyms of a feminine noun, or of no article-giving head', () => {
  // Every acronym term of lexicon/glossary.json read through withDeterminer, as the glossary's intro says it:
  // these had no gender (a name the Lefff lacks) or the masculine of the acronym rule.
  it.each([
    ['Palme d’or', 'la Palme d’or'],
    ['Mercosur', 'le Mercosur'],
    ['Medef', 'le Medef'],
    ['Crous', 'le Crous'],
    ['Safer', 'la Safer'],
    ['Sacem', 'la Sacem'],
    ['Pro D2', 'la Pro D2'],
    ['PFAS', 'les PFAS'],
    ['APL', 'l’APL'],
    ['ZFE', 'la ZFE'],
    ['CRE', 'la CRE'],
    ['LGV', 'la LGV'],
    ['AOC', 'l’AOC'],
  ])('%s → %s', (term, expected) => {
    expect(withDeterminer('definite', term)).toBe(expected);
  });

  it.each([['Anssi', 'F'], ['Urssaf', 'F'], ['Unédic', 'F'], ['Arcom', 'F'], ['Ademe', 'F'], ['AP-HP', 'F'], ['APL', 'F'], ['AOC', 'F'], ['Inserm', 'M']])('%s, elided, is still %s ("cette Anssi")', (term, gender) => {
    expect(genderOf(term)).toBe(gender);
  });

  it('keeps a name the press writes bare without an article ("Météo-France", "Parcoursup", "Frontex")', () => {
    for (const name of ['Météo-France', 'Parcoursup', 'Frontex', 'Matignon', 'Bercy']) expect(withDeterminer('definite', name)).toBeUndefined();
  });
});
