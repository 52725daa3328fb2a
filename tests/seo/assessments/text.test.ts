/** The text measures under the assessments: sentences, tokens, words, inflected forms, title width, passive voice. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/seo/assessments/text/sentences.js';
import { PUNCTUATION, PUNCTUATION_CHARS, removePunctuation, splitIntoTokens, textWords, tokenWords } from '../../../src/seo/assessments/text/words.js';
import { formKey, parseKeyphrase } from '../../../src/seo/assessments/text/keyphrase.js';
import { titleWidth } from '../../../src/seo/assessments/text/width.js';
import { APOSTROPHE_CHARS, APOSTROPHES, BOUNDARY_CHARS, BOUNDARY_CLASS, boundedMatches, boundedPattern, hasParticipleEnding, indexWords, isPassiveSentence, searchWord, wordSearchPattern } from '../../../src/seo/assessments/text/passive.js';
import { assessmentLexicon } from '../../../src/seo/assessments/lexicon.js';
import { seededIntegers } from '../../support/random.js';

const require = createRequire(import.meta.url);
const yoastSentences = (require('yoastseo/build/languageProcessing/helpers/sentence/memoizedSentenceTokenizer.js') as { default: (text: string, trim?: boolean) => string[] }).default;
const yoastClauses = (require('yoastseo/build/languageProcessing/languages/fr/helpers/getClauses.js') as { default: (sentence: string) => { isPassive(): boolean }[] }).default;
const pixelWidth = require('string-pixel-width') as (text: string, options: { font: string; size: number }) => number;

describe('splitSentences cuts as Yoast’s sentence tokenizer cuts', () => {
  it.each([
    ['Les usines ferment. Les prix montent.', ['Les usines ferment.', 'Les prix montent.']],
    ['Ubuntu 12.10 sort le 18 octobre.', ['Ubuntu 12.10 sort le 18 octobre.']],
    ['M. Dupont parle.', ['M.', 'Dupont parle.']],
    // A closing » ends a sentence only after a full stop, and stays with the next one.
    ['Il dit : « C’est fini. » Puis il part.', ['Il dit : « C’est fini.', '» Puis il part.']],
    ['Qui est Sam Altman ? Le chef d’OpenAI.', ['Qui est Sam Altman ?', 'Le chef d’OpenAI.']],
    ['Le prix (3,5 %) baisse. Le reste suit.', ['Le prix (3,5 %) baisse.', 'Le reste suit.']],
    ['Il hésite… Puis il signe.', ['Il hésite…', 'Puis il signe.']],
    ['J. R. R. Tolkien écrit. Il publie.', ['J. R. R.', 'Tolkien écrit.', 'Il publie.']],
    ['Fin de la phrase. 2012 fut une année.', ['Fin de la phrase.', '2012 fut une année.']],
    ['Sans point final', ['Sans point final']],
    ['Le Dr. Martin arrive. Il opère.', ['Le Dr. Martin arrive.', 'Il opère.']],
    ['Trois ans (2010-2013). Ensuite, rien.', ['Trois ans (2010-2013).', 'Ensuite, rien.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
    expect(yoastSentences(text).map((s) => s.trim()).filter(Boolean)).toEqual(expected);
  });
});

describe('tokens and words', () => {
  it('splits tokens on spaces, hyphens and dashes, punctuation apart, with the straight apostrophe', () => {
    expect(splitIntoTokens('L’usine, « fermée » – porte-parole.')).toEqual(["L'usine", ',', ' ', '«', ' ', 'fermée', ' ', '»', ' ', '–', ' ', 'porte', '-', 'parole', '.']);
  });

  it.each([
    ['L’usine ferme.', 2, 2, 2],
    ['Un porte-parole parle.', 3, 4, 3],
    ['Il vend 7 000 puces.', 5, 5, 5],
    ['« Oui » – dit-il.', 2, 3, 2],
  ])('%s: %d words by white space, %d by tokens, %d with hyphens joined', (text, byText, byTokens, joined) => {
    expect(textWords(text)).toHaveLength(byText);
    expect(tokenWords(splitIntoTokens(text), { joinHyphens: false })).toHaveLength(byTokens);
    expect(tokenWords(splitIntoTokens(text), { joinHyphens: true })).toHaveLength(joined);
  });

  it('knows the characters of the punctuation class one by one', () => {
    const pattern = new RegExp(`^[${PUNCTUATION}]$`);
    const chars = new Set<string>();
    for (let code = 0; code < 0x10000; code++) if (pattern.test(String.fromCharCode(code))) chars.add(String.fromCharCode(code));
    expect(PUNCTUATION_CHARS).toEqual(chars);
  });

  // The regex versions that the scans by index replaced: the same tokens and words, to the character.
  const start = new RegExp(`^[${PUNCTUATION}]`);
  const end = new RegExp(`[${PUNCTUATION}]$`);
  const byRegex = (sentence: string): string[] => {
    const abbreviations = new Set(assessmentLexicon().sentenceAbbreviations.map((a) => a.toLowerCase()));
    const tokens: string[] = [];
    for (let token of sentence.split(/([\s\u00A0\u2013\u2014\u002d[\]])/)) {
      if (token === '') continue;
      const before: string[] = [];
      const after: string[] = [];
      while (start.test(token)) {
        before.push(token[0]!);
        token = token.slice(1);
      }
      while (end.test(token) && !abbreviations.has(token.toLowerCase())) {
        after.unshift(token[token.length - 1]!);
        token = token.slice(0, -1);
      }
      tokens.push(...[...before, token, ...after].filter((t) => t !== '').map((t) => t.replace(/['‘’‛`‹›]/g, "'")));
    }
    return tokens;
  };
  it.each([
    'L’usine, « fermée » – porte-parole.',
    'Etc. et cetera, p. ex. M. Dupont (PDG) a dit : « Oui ! » … Dr. Who, A.D.. (Col.) Adm.!',
    '«»—–-‹›\\a\\b ‘x’ `y` ((z)) 7 000 [note]',
    '',
    '!!! ?? ...',
    // Abbreviations before marks other than their full stop, which only a full stop can end.
    'etc.), Dr.» M., (Gen.). Mr.— (etc.)',
  ])('tokenises %j as the regex version did', (sentence) => {
    expect(splitIntoTokens(sentence)).toEqual(byRegex(sentence));
    for (const word of sentence.split(' ')) expect(removePunctuation(word)).toBe(word.replace(/\\/g, '').replace(new RegExp(`^[${PUNCTUATION}]+`), '').replace(new RegExp(`[${PUNCTUATION}]+$`), ''));
  });
});

describe('formKey: the inflected forms of a French word share one key', () => {
  it.each([
    ['puce', 'puces'],
    ['Pénurie', 'pénuries'],
    ['grand', 'grandes'],
    ['journal', 'journaux'],
    ['bateau', 'bateaux'],
    ['investisseurs', 'd’investisseurs'],
    ['exploitation', "l'exploitation"],
    ['prix', 'prix'],
  ])('%s ~ %s', (a, b) => {
    expect(formKey(a)).toBe(formKey(b));
  });

  it.each([
    ['puce', 'pucelle'],
    ['gaz', 'ga'],
    ['mer', 'mers-el-kébir'],
  ])('%s ≁ %s', (a, b) => {
    expect(formKey(a)).not.toBe(formKey(b));
  });

  it('keeps short words whole', () => {
    expect(formKey('bus')).toBe('bus');
  });
});

describe('parseKeyphrase', () => {
  it('keeps the content words, as Yoast filters French function words', () => {
    expect(parseKeyphrase('La pénurie de puces', 'exact')?.contentWords).toEqual(['pénurie', 'puces']);
  });

  it('keeps all the words of a keyphrase made of function words only', () => {
    expect(parseKeyphrase('de la', 'exact')?.contentWords).toEqual(['de', 'la']);
  });

  it('reads a double-quoted keyphrase as one exact phrase', () => {
    expect(parseKeyphrase('"pénurie de puces"', 'exact')).toMatchObject({ quoted: true, contentWords: ['pénurie de puces'] });
  });

  it('is undefined when empty', () => {
    expect(parseKeyphrase('  ', 'exact')).toBeUndefined();
  });
});

describe('titleWidth approximates Arial 20 px as string-pixel-width does', () => {
  it.each(['Pénurie de puces : les usines européennes à l’arrêt', 'Système d’exploitation : qu’est-ce qu’Ubuntu ?', 'ŒUVRES « CHOISIES » — 2012'])('%s', (title) => {
    expect(titleWidth(title, 20)).toBe(Math.round(pixelWidth(title, { font: 'arial', size: 20 })));
  });
});

describe('isPassiveSentence follows Yoast’s French heuristic', () => {
  it.each([
    ['Le plan a été présenté par le ministre.', true],
    ['Les commandes sont retardées par les fournisseurs.', true],
    ['Une usine sera fermée en mars.', true],
    ['Le projet est financé par l’État.', true],
    ['Le ministre présente le plan.', false],
    ['Il est arrivé hier.', false],
    ['Elle est née en 1950.', false],
    ['Ils se sont rencontrés à Paris.', false],
    ['C’est réglé.', false],
    ['Le directeur est le responsable désigné.', false],
    ['Le résultat est acquis, et la décision est prise.', true],
    // An adjective after "être" reads as a participle (a known weakness of the heuristic).
    ['Les prix sont élevés.', true],
    // Curly quotes and runs of spaces, which the auxiliary words are told apart from before they are replaced and stripped.
    ['Le plan,   qu’on dit  ‘ambitieux’, a été   présenté par le ministre .', true],
    ['« Les portes sont fermées »,  dit-il.', true],
    ['Ils se sont   rencontrés à Paris.', false],
  ])('%s', (sentence, passive) => {
    expect(isPassiveSentence(sentence)).toBe(passive);
    expect(yoastClauses(sentence.toLocaleLowerCase('fr')).some((c) => c.isPassive())).toBe(passive);
  });
});

describe('the passive research matches its word lists by hand as Yoast’s patterns do', () => {
  const { auxiliaries } = assessmentLexicon().passive;

  it('knows the characters of the boundary and apostrophe classes one by one', () => {
    const inClass = (cls: string) => {
      const pattern = new RegExp(`^[${cls}]$`, 'i');
      const chars = new Set<string>();
      for (let code = 0; code < 0x10000; code++) if (pattern.test(String.fromCharCode(code))) chars.add(String.fromCharCode(code));
      return chars;
    };
    expect(BOUNDARY_CHARS).toEqual(inClass(BOUNDARY_CLASS));
    expect(APOSTROPHE_CHARS).toEqual(inClass(APOSTROPHES));
  });

  it('searchWord finds where each word’s pattern first matches a lower-case Latin text', () => {
    const { clauseBreakers } = assessmentLexicon().passive;
    const pieces = ['est', 'a', 'été', 'et', 'n', 'ou', "'", '’', ' ', ',', '.', '-', '(', ')', '«', '»', '\u00a0', 'qu', 'il', 'sont', 'ne', 's', 'car', 'x', 'é', '\n'];
    const next = seededIntegers(3);
    const words = [...new Set([...auxiliaries, ...clauseBreakers])].filter((w) => w === w.toLowerCase());
    for (let run = 0; run < 300; run++) {
      let text = '';
      for (let i = next(14); i > 0; i--) text += pieces[next(pieces.length)];
      for (const word of words) expect(searchWord(word, text), `${word} in ${JSON.stringify(text)}`).toBe(text.search(wordSearchPattern(word)));
    }
  });

  /** boundedMatches of `words` against their alternation (boundedPattern) on `runs` texts of up to eight random pieces. */
  const expectAlternationMatches = (words: readonly string[], pieces: readonly string[], seed: number, runs: number): void => {
    const next = seededIntegers(seed);
    const pattern = boundedPattern(words, 'gi');
    const index = indexWords(words);
    for (let i = 0; i < runs; i++) {
      const text = Array.from({ length: 1 + next(8) }, () => pieces[next(pieces.length)]).join('');
      expect(boundedMatches(words, index, text), text).toEqual(text.match(pattern) ?? []);
    }
  };

  it('finds what the alternation of the auxiliaries finds, in the same order', () => {
    const pieces = [...auxiliaries, ...auxiliaries.map((a) => a.slice(1)), 'se', 'x', 'é', ' ', "'", '’', '`', '-', ',', '.', '«', '»', '\u00a0', '\u2014', '¿', "n'", 'ils'];
    expectAlternationMatches(auxiliaries, pieces, 7, 20_000);
  });

  it('finds what the alternation finds with words of one character among longer ones, in the same order', () => {
    const words = ['es', 'e', 'est', 's', "e'", 'se', 'é'];
    expectAlternationMatches(words, [...words, 'x', ' ', "'", '-', ',', 'é', 'ée', 'st'], 5, 5_000);
  });

  it('tells a participle’s ending as Yoast’s pattern does', () => {
    const pattern = /\S(?:é|ée|és|ées)(?:$|[ \n\r\t.,'()"+\-;!?:/»«‹›<>])/i;
    const pieces = ['é', 'É', 'e', 'E', 's', 'S', 'x', 'fermé', ' ', '.', ',', "'", '-', '…', '»', '\u00a0', 'ées', 'ÉES'];
    const next = seededIntegers(9);
    for (let i = 0; i < 20_000; i++) {
      const word = Array.from({ length: 1 + next(6) }, () => pieces[next(pieces.length)]).join('');
      expect(hasParticipleEnding(word), word).toBe(pattern.test(word));
    }
  });

  it('can skip a clause without a plain auxiliary word: every auxiliary holds one', () => {
    const plain = new Set(auxiliaries.filter((w) => /^[a-zà-ÿœæ]+$/.test(w)));
    expect(auxiliaries.filter((w) => !w.split(/[^a-zà-ÿœæ]+/).some((part) => plain.has(part)))).toEqual([]);
  });
});
