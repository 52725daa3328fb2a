import { describe, expect, it } from 'vitest';
import { createGuard, fourGrams, sentenceKey } from '../../src/writing/guard.js';
import { seededIntegers } from '../support/random.js';

describe('createGuard', () => {
  const guardWith = (...texts: string[]) => {
    const guard = createGuard();
    for (const text of texts) guard.add(text);
    return guard;
  };

  it.each([
    'Le marché a chuté de 3 % lundi.',
    'le marché a chuté de 3 % lundi',
    'LE MARCHÉ A CHUTÉ, DE 3 % LUNDI !',
  ])('refuses a duplicate sentence: %j', (text) => {
    expect(guardWith('Le marché a chuté de 3 % lundi.').accepts(text)).toBe(false);
  });

  it('refuses the source’s sentence and its typeset form as one sentence ("14e" and "14ᵉ")', () => {
    expect(guardWith('Lyon occupe la 14ᵉ place du classement.').accepts('Lyon occupe la 14e place du classement.')).toBe(false);
    expect(guardWith('Lyon occupe la 14e place du classement.').accepts('Lyon occupe la 14ᵉ place du classement.')).toBe(false);
  });

  it('accepts a new sentence', () => {
    expect(guardWith('Le marché a chuté de 3 % lundi.').accepts('Mardi, le marché a rebondi.')).toBe(true);
  });

  it('refuses a sentence without words', () => {
    expect(createGuard().accepts('…')).toBe(false);
  });
});

describe('reserve', () => {
  const sentence = 'Trois hommes armés ont braqué une bijouterie de la rue Crébillon mardi soir.';
  const restatements = ['Les trois hommes armés ont braqué une bijouterie de la rue Crébillon.', 'Une bijouterie de la rue Crébillon a été visée mardi soir par des hommes armés.'];

  it('refuses the reserved text from then on, as a sentence seen', () => {
    const guard = createGuard();
    guard.reserve('Trois hommes armés ont braqué une bijouterie de la rue Crébillon');
    expect(guard.accepts('Trois hommes armés ont braqué une bijouterie de la rue Crébillon.')).toBe(false);
  });

  it('does not count its words: what it says twice with a copied sentence may still be restated', () => {
    const reserved = createGuard(0);
    reserved.reserve(sentence);
    reserved.add(sentence, true);
    const added = createGuard(0);
    added.add(sentence, true);
    added.add(sentence.replace('Trois', 'Ces trois'), true);
    expect(restatements.map((r) => reserved.accepts(r))).toEqual([true, true]);
    expect(added.accepts(restatements[0]!)).toBe(false);
  });
});

describe('createGuard: sentence openings', () => {
  it('refuses a second sentence of Plume’s that opens with the same three words', () => {
    const guard = createGuard();
    guard.add('Selon les informations rapportées, le projet avance.');
    expect(guard.accepts('Selon les informations rapportées, la ville recule.')).toBe(false);
    expect(guard.accepts('D’après les informations disponibles, la ville recule.')).toBe(true);
  });

  it('lets questions share their opening (they are headings)', () => {
    const guard = createGuard();
    guard.add('Qui est Sam Altman ?');
    expect(guard.accepts('Qui est Theresa May ?', { heading: true })).toBe(true);
  });

  it('does not hold copied source sentences against Plume’s own openings', () => {
    const guard = createGuard();
    guard.add('Sam Altman vise à lever des milliards de dollars.', true);
    expect(guard.accepts('Sam Altman vise à lever jusqu’à 7 000 milliards.')).toBe(true);
  });
});

describe('withCandidateShare', () => {
  it('shares what the guard has seen and only changes how much a restatement may repeat', async () => {
    const { createGuard } = await import('../../src/writing/guard.js');
    const guard = createGuard(0);
    const base = 'La France va prêter la tapisserie au Royaume-Uni d’ici cinq ans';
    guard.add(`${base}.`, true);
    guard.add(`Selon Londres, ${base.toLowerCase()}.`, true);
    const restated = `D’après la source, ${base.toLowerCase()}, annonce le ministère.`;
    // Pad the article so that its share stays under the cap only for the looser guard's reason.
    for (let i = 0; i < 3; i++) guard.add(`Phrase numéro ${i} sans rapport avec le reste du texte.`, true);
    expect(guard.accepts(restated)).toBe(false);
    const loose = guard.withCandidateShare(1);
    expect(loose.accepts(restated)).toBe(true);
    loose.add(restated);
    // The original guard saw it too: the same sentence is now a duplicate for both.
    expect(guard.accepts(restated)).toBe(false);
    expect(loose.accepts(restated)).toBe(false);
  });
});

describe('copy', () => {
  it('starts from what the guard has seen, then each guard sees on its own', () => {
    const guard = createGuard();
    guard.add('Le marché a chuté de 3 % lundi.');
    const copy = guard.copy();
    expect(copy.accepts('Le marché a chuté de 3 % lundi.')).toBe(false);
    copy.add('Mardi, le marché a rebondi.');
    expect(guard.accepts('Mardi, le marché a rebondi.')).toBe(true);
    guard.add('Les analystes restent prudents.');
    expect(copy.accepts('Les analystes restent prudents.')).toBe(true);
  });
});

describe('the 4-grams kept per text', () => {
  it('give a guard and its copies the verdicts of guards that cut each text again', () => {
    // Texts that share 4-grams and openings, weighed and added in a random order, the same text again and again.
    const words = ['le', 'marché', 'a', 'chuté', 'de', 'l’', 'indice', '3 %', 'lundi', 'mardi', 'selon', 'les', 'analystes'];
    const next = seededIntegers(5);
    const texts = Array.from({ length: 60 }, () => `${Array.from({ length: 4 + next(8) }, () => words[next(words.length)]).join(' ')}.`);
    // Each verdict of the guard (a copy of a copy…, sharing the 4-grams it has cut) is asked again of a new guard
    // that has seen the same texts: about 90 of its 240 verdicts accept.
    let shared = createGuard(0);
    let added: string[] = [];
    const fresh = (): ReturnType<typeof createGuard> => {
      const guard = createGuard(0);
      for (const text of added) guard.add(text);
      return guard;
    };
    for (let step = 0; step < 400; step++) {
      const text = texts[next(texts.length)]!;
      const move = next(10);
      if (move === 0) {
        shared = shared.copy();
      } else if (move < 4) {
        shared.add(text);
        added = [...added, text];
      } else {
        // A heading may share its opening: the 4-grams alone decide.
        const options = { heading: move > 6 };
        const verdict = shared.accepts(text, options);
        expect(verdict, `${step}: ${text}`).toBe(fresh().accepts(text, options));
      }
    }
  });
});

describe('fourGrams', () => {
  it('numbers a 4-gram by its words, one-to-one, and keeps the words when a number would not fit', () => {
    const numbers = new Map<string, number>();
    const grams = fourGrams('Le chat de la maison voit le chat de la voisine.', numbers);
    expect(grams).toHaveLength(8);
    expect(grams.every((g) => typeof g === 'number')).toBe(true);
    // "le chat de la" twice: the same number; every other 4-gram its own.
    expect(grams[0]).toBe(grams[6]);
    expect(new Set(grams).size).toBe(7);
    for (let i = numbers.size; i < 9000; i++) numbers.set(`mot${i}`, i);
    const late = fourGrams('Un oiseau très rare chante le chat de la maison.', numbers);
    expect(late.slice(0, 2)).toEqual(['un oiseau très rare', 'oiseau très rare chante']);
    // Words numbered early keep their 4-gram's number.
    expect(late.at(-1)).toBe(grams[1]);
  });
});

describe('endsWith', () => {
  it('tells a list a sentence seen ended on, word for word, and nothing else', () => {
    const guard = createGuard();
    guard.add('Plusieurs chiffres ressortent, en particulier 14 920 passages et 87 décès.');
    expect(guard.endsWith('14 920 passages et 87 décès')).toBe(true);
    expect(guard.endsWith('1 284 passages et 87 décès')).toBe(false);
    expect(guard.endsWith('14 920 passages')).toBe(false);
    expect(guard.copy().endsWith('14 920 passages et 87 décès')).toBe(true);
  });
});

describe('sentenceKey', () => {
  it.each([
    ['La 14ᵉ place, à 7\u202F000 m !', 'la 14e place à 7 000 m'],
    ['« Déjà vu » — dit-il…', 'déjà vu dit il'],
    ['  espaces   autour  ', 'espaces autour'],
    ['l’État', 'l état'],
    ['!!!', ''],
  ])('keys %j as %j', (text, key) => {
    expect(sentenceKey(text)).toBe(key);
  });

  it('keys a typeset sentence as its source', () => {
    expect(sentenceKey('La 14ᵉ place.')).toBe('la 14e place');
  });

  it('keys a text as its NFKC form, whether it needs normalising or not', () => {
    const normalised = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9]+/g, ' ').trim();
    const latin1 = Array.from({ length: 0x100 }, (_, c) => `a${String.fromCharCode(c)}b`);
    for (const text of ['ﬁnal', 'cafe\u0301', 'ſoleil', 'x²', 'Ĳssel', 'a\u202Fb\u00A0c', 'a…b', 'l’œuvre – Œdipe', ...latin1]) expect(sentenceKey(text)).toBe(normalised(text));
  });

  it('writes every run of spaces and marks as one space, a single space between words included', () => {
    const normalised = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9]+/g, ' ').trim();
    const pieces = ['a', 'É', '7', ' ', ' ', '  ', ',', '’', '-', '\u00A0', '\t', '«', '.', 'x y'];
    const next = seededIntegers(11);
    for (let i = 0; i < 5_000; i++) {
      const text = Array.from({ length: next(9) }, () => pieces[next(pieces.length)]).join('');
      expect(sentenceKey(text), JSON.stringify(text)).toBe(normalised(text));
    }
  });
});
