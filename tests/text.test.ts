import { describe, expect, it } from 'vitest';
import { countJoinedWords, countWords, countWordsOf, escapeRegExp, fold, frenchRegExp, frenchWordsRegExp, indexOfFigure, lazyPattern, lowerCase } from '../src/text.js';
import { forgetMeasures } from '../src/remember.js';
import { seededIntegers } from './support/random.js';

describe('countWords', () => {
  it.each([
    ['7 000', 1],
    ['7\u202F000 emplois', 2],
    ['12 345 678 habitants', 2],
    ['2012 et 2013', 3],
    ['l’homme', 2],
    ["l'homme", 2],
    ['qu’il', 2],
    ['C’est', 2],
    ['jusqu’à', 2],
    ['aujourd’hui', 1],
    ['presqu’île', 1],
    ['Le marché a chuté de 3 % lundi.', 7],
    [' — ', 0],
    ['', 0],
  ])('%j → %i', (text, count) => {
    expect(countWords(text)).toBe(count);
  });
});

describe('countJoinedWords', () => {
  it('counts as countWords counts the texts joined by line breaks', () => {
    const pieces = ['12', '000', '7 000', '2012', 'emplois', 'l’homme', ' ', '\u00A0', '5', '1234', 'qu’il', '000 €', '', '3,5'];
    const next = seededIntegers(3);
    for (let i = 0; i < 5_000; i++) {
      const texts = Array.from({ length: 1 + next(5) }, () => Array.from({ length: 1 + next(3) }, () => pieces[next(pieces.length)]).join(next(2) ? ' ' : ''));
      expect(countJoinedWords(texts), JSON.stringify(texts)).toBe(countWords(texts.join('\n')));
    }
  });

  it('keeps no count from one article to the next that could differ from countWords', () => {
    expect(countWordsOf('Le marché a chuté de 3 % lundi.')).toBe(7);
    forgetMeasures();
    expect(countWordsOf('Le marché a chuté de 3 % lundi.')).toBe(countWords('Le marché a chuté de 3 % lundi.'));
  });
});

describe('frenchRegExp', () => {
  it.each([
    ['\\bété\\b', 'un été chaud', true],
    ['\\bété\\b', 'arrêtée', false],
    ['\\bcafé\\b', 'des cafés', false],
    ['\\bÉtat\\b', 'l’État', true],
    ['\\bmarché\\b', 'LE MARCHÉ', true],
  ])('/%s/ on %j → %s', (pattern, text, expected) => {
    expect(frenchRegExp(pattern).test(text)).toBe(expected);
  });

  it('knows accents where the plain \\b does not', () => {
    expect(/\bété/u.test(' été')).toBe(false);
    expect(frenchRegExp('\\bété').test(' été')).toBe(true);
  });
});

describe('frenchWordsRegExp', () => {
  // The whole-word pattern it stands for, on texts made of tricky pieces: the same matches, where they are.
  const wordLists = [
    ['sera', 'à venir', 'd’ici', 'va', 'prévu', 'auront lieu'],
    ['été', 'œuvre', 'x2', '_a'],
    // A word that starts or ends on no letter: the pattern falls back on \b.
    ['(ACR)', 'va', '3 %'],
  ];
  const pieces = ['sera', 'SERA', 'ſera', 'va', 'vas', 'à', 'À', ' venir', 'd’', 'd\'', 'ici', 'prévu', 'PRÉVU', 'prévus', 'été', 'œuvre', 'x2', '_a', '(ACR)', '3 %', ' ', ',', '’', '-', 'é', 'a', '1', '_', 'auront', ' lieu', '\u00A0'];
  it.each(wordLists)('finds %j as \\b(?:…)\\b does', (...words) => {
    const fast = frenchWordsRegExp(words);
    const plain = frenchRegExp(`\\b(?:${[...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\b`);
    const next = seededIntegers(5);
    const wrong: string[] = [];
    for (let run = 0; run < 5000; run++) {
      let text = '';
      for (let i = 1 + next(8); i > 0; i--) text += pieces[next(pieces.length)];
      const [a, b] = [fast.exec(text), plain.exec(text)];
      if (a?.index !== b?.index || a?.[0] !== b?.[0]) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });
});

describe('fold', () => {
  it.each([
    ['  L’Été\u00A0à  Paris ', 'l’ete a paris'],
    ["l'ete a paris", 'l’ete a paris'],
    ['ÇA\u202FVA', 'ca va'],
    ['Œuvre', 'œuvre'],
  ])('%j → %j', (text, expected) => {
    expect(fold(text)).toBe(expected);
  });

  // The five passes it skips where they change nothing: the same text for any text.
  const byPasses = (text: string): string =>
    text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, '’').replace(/[\s\u00A0\u202F]+/g, ' ').trim();
  it.each([
    'Il a dit : « c’est l’été »', "l'été, d’abord", 'deux  espaces', 'une\ttabulation', 'fin de ligne\n', ' bord ', 'nbsp\u00A0seul', 'x\u202F%',
    '\u2003cadratin', "'", '’', '', ' ', 'a \u00A0b', 'ÉTÉ\r\nÀ', 'İstanbul', 'ﬁn',
  ])('%j as the five passes fold it', (text) => {
    expect(fold(text)).toBe(byPasses(text));
  });
});

describe('countWords by scanning', () => {
  // The regex version it replaced: the same count for any text.
  const byRegex = (text: string): number => {
    const joined = text.replace(/(\d)[\s\u00A0\u202F](?=\d{3}(?!\d))/g, '$1');
    let count = 0;
    for (const token of joined.split(/[\s\u00A0\u202F]+/)) {
      if (!/[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9]/u.test(token)) continue;
      count += /^(?:[ldjmntsc]|qu|lorsqu|puisqu|jusqu|quoiqu)[’'](?=[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ])/iu.test(token) ? 2 : 1;
    }
    return count;
  };
  it('counts as the regex version on texts made of tricky pieces', () => {
    const pieces = ['1', '12', '000', '0000', ' ', '  ', '\u00A0', '\u202F', '\u2009', '\n', '\ufeff', 'l’', "L'", 'qu’', 'Lorsqu’', 'jusqu’', 'ſ’', 'a', 'homme', 'é', 'K', 'ÿ', '—', '«', '»', '’', "'", '%', '€', 'x1', '3,5', '😀', 'ſ'];
    const next = seededIntegers(7);
    for (let run = 0; run < 5000; run++) {
      let text = '';
      for (let i = next(12); i > 0; i--) text += pieces[next(pieces.length)];
      expect(countWords(text), JSON.stringify(text)).toBe(byRegex(text));
    }
  });
});

describe('toLowerCase and toUpperCase are French case rules', () => {
  it('for every character, in the contexts that case mapping reads (final sigma)', () => {
    const characters: string[] = [];
    for (let code = 0; code < 0x20000; code++) if (code < 0xd800 || code >= 0xe000) characters.push(String.fromCodePoint(code));
    // A line break ends any context: one comparison for all the characters of a context.
    for (const context of [(c: string) => c, (c: string) => `A${c}b`, (c: string) => `aΣ${c}`]) {
      const text = characters.map(context).join('\n');
      expect(text.toLowerCase() === text.toLocaleLowerCase('fr')).toBe(true);
      expect(text.toUpperCase() === text.toLocaleUpperCase('fr')).toBe(true);
    }
  });
});

describe('indexOfFigure', () => {
  it.each([
    ['vers 14 heures, en catégorie 4 sur cinq', '4', 29],
    ['vers 14 heures', '4', -1],
    ['une hausse de 4,5 %', '4', -1],
    ['7 000 emplois', '000', -1],
    ['7\u202F000 emplois', '7', -1],
    ['en 2023, 40 personnes', '40', 9],
    ['27 morts et 127 blessés', '27 morts', 0],
    ['un écran de 7,8 pouces', '7,8 pouces', 12],
    ['le Gard', 'Gard', 3],
  ])('%s: %s at %i', (text, figure, at) => {
    expect(indexOfFigure(text, figure)).toBe(at);
  });
});

describe('lowerCase', () => {
  it.each(['été', 'l’école', 'Paris', 'ÉCOLE', 'déjà-vu', 'Œuvre', 'İstanbul', 'straße', 'ÿ', '« Oui »', 'ΣΟΦΙΑ', '', 'a\u00A0b', 'Ǆ'])('is toLowerCase: %s', (text) => {
    expect(lowerCase(text)).toBe(text.toLowerCase());
  });

  it('gives a text without capitals back as it is', () => {
    const text = 'l’économie française';
    expect(lowerCase(text)).toBe(text);
  });
});

describe('lazyPattern', () => {
  it('creates its pattern on first use only, and gives that one pattern each time', () => {
    let created = 0;
    const pattern = lazyPattern(() => {
      created++;
      return /\p{Lu}/gu;
    });
    expect(created).toBe(0);
    expect(pattern()).toBe(pattern());
    expect(created).toBe(1);
    expect('Paris et Lyon'.match(pattern())).toEqual(['P', 'L']);
  });
});
