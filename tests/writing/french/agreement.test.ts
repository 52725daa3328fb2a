import { describe, expect, it } from 'vitest';
import Handlebars from 'handlebars';
import { agreeAdjective, describeNoun, determiner, genderOf, numberOf, withDeterminer } from '../../../src/writing/french/agreement.js';
import { realise } from '../../../src/writing/french/index.js';
import { protect } from '../../../src/writing/french/segments.js';
import { templateHelpers } from '../../../src/writing/template-helpers.js';

describe('genderOf', () => {
  it.each([
    // The Lefff, through its singular for a plural and its head word for a phrase.
    ['puce', 'F'],
    ['puces', 'F'],
    ['investisseur', 'M'],
    ['investisseurs', 'M'],
    ['hôpitaux', 'M'],
    ['travaux de restauration', 'M'],
    ['entreprise', 'F'],
    ['système d’exploitation', 'M'],
    ['pénurie de puces', 'F'],
    ['semi-conducteurs', 'M'],
    ['jeux olympiques', 'M'],
    ['législatives', 'F'],
    // Compounds the Lefff lacks: their head part.
    ['chefs-d’œuvre', 'M'],
    ['beaux-arts', 'M'],
    ['cyberattaque', 'F'],
    ['cryptomonnaies', 'F'],
    // A compound made of a phrase with its own article has no head noun: masculine, like a phrase made a noun.
    ['contre-la-montre', 'M'],
    ['hors-la-loi', 'M'],
    // The custom dictionary: acronyms, words the Lefff leaves out, phrases.
    ['IA', 'F'],
    ['GPU', 'M'],
    ['GPUs', 'M'],
    ['PME', 'F'],
    ['ONU', 'F'],
    ['UE', 'F'],
    ['SNCF', 'F'],
    ['boson de Higgs', 'M'],
    ['tour Eiffel', 'F'],
    ['Tour Eiffel', 'F'],
    // The Lefff gives "vague" (vagueness) masculine; news speak of "la vague de froid".
    ['vague de froid', 'F'],
    ['Scandinavie', 'F'],
    ['startups', 'F'],
    // Capitalised common nouns.
    ['Commission européenne', 'F'],
    ['Tapisserie de Bayeux', 'F'],
    ['Bourse de Séoul', 'F'],
    ['Émirats arabes unis', 'M'],
    // The rule: acronyms masculine, endings learnt from the Lefff for other words.
    ['CNRSX', 'M'],
    ['cloud', 'M'],
    ['uberisation', 'F'],
  ])('%s → %s', (noun, expected) => {
    expect(genderOf(noun)).toBe(expected);
  });

  it.each(['Sam Altman', 'Samsung', 'Wall Street Journal', 'OpenAI', 'Paris'])('%s: a proper name the dictionary lacks has no gender', (name) => {
    expect(genderOf(name)).toBeUndefined();
    expect(determiner('indefinite', name)).toBeUndefined();
    expect(withDeterminer('demonstrative', name)).toBeUndefined();
  });

  it('lets the custom dictionary beat the Lefff', () => {
    // The Lefff lists "tour" nowhere and "chef" nowhere, "page" neither; "tour Eiffel" beats "tour".
    expect(describeNoun('tour').from).toBe('dictionary');
    expect(genderOf('tour')).toBe('M');
    expect(genderOf('tour Eiffel')).toBe('F');
    // "ONU" is in both: the dictionary answers first.
    expect(describeNoun('ONU').from).toBe('dictionary');
    expect(describeNoun('puce').from).toBe('lefff');
  });

  it.each(['valueOf', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])('reads "%s" as a word, not as a property of Object', (word) => {
    expect(describeNoun(word).from).not.toBe('dictionary');
    expect(describeNoun(word.toLowerCase()).gender).toBeDefined();
  });

  it('reads through the marks of a protected slot value', () => {
    expect(genderOf(protect('pénurie de puces'))).toBe('F');
  });

  it.each([
    ['vaste étude', 'F'],
    ['nouvelle loi', 'F'],
    ['grand projet', 'M'],
  ])('takes the noun after an adjective that stands before it: %s', (phrase, gender) => {
    expect(genderOf(phrase)).toBe(gender);
    expect(describeNoun(phrase).head).toBe(phrase.split(' ')[1]);
  });

  it('says "la vaste étude" with the article before the adjective', () => {
    expect(withDeterminer('definite', 'vaste étude')).toBe('la vaste étude');
  });
});

describe('numberOf', () => {
  it.each([
    ['puce', 'S'],
    ['puces', 'P'],
    ['investisseurs', 'P'],
    ['hôpitaux', 'P'],
    ['fabricants de puces', 'P'],
    ['pénurie de puces', 'S'],
    ['cas', 'S'],
    ['relais jamaïcain', 'S'],
    ['États-Unis', 'P'],
    ['Jeux olympiques', 'P'],
    ['Paris', 'S'],
    ['GPU', 'S'],
  ])('%s → %s', (noun, expected) => {
    expect(numberOf(noun)).toBe(expected);
  });

  it('says when a form is the same in both numbers', () => {
    expect(describeNoun('cas de dengue').invariable).toBe(true);
    expect(describeNoun('puces').invariable).toBe(false);
  });
});

describe('withDeterminer', () => {
  it.each([
    ['definite', 'puce', 'la puce'],
    ['definite', 'puces', 'les puces'],
    ['definite', 'investisseur', 'l’investisseur'],
    ['definite', 'héros', 'le héros'],
    ['definite', 'IA', 'l’IA'],
    ['definite', 'GPU', 'le GPU'],
    ['definite', 'SNCF', 'la SNCF'],
    ['definite', 'tour Eiffel', 'la tour Eiffel'],
    ['definite', 'vague de froid', 'la vague de froid'],
    ['definite', 'yaourt', 'le yaourt'],
    ['indefinite', 'entreprise', 'une entreprise'],
    ['indefinite', 'hôpital', 'un hôpital'],
    ['indefinite', 'investisseurs', 'des investisseurs'],
    ['demonstrative', 'hôpital', 'cet hôpital'],
    ['demonstrative', 'héros', 'ce héros'],
    ['demonstrative', 'IA', 'cette IA'],
    ['demonstrative', 'système d’exploitation', 'ce système d’exploitation'],
    ['demonstrative', 'infrastructures', 'ces infrastructures'],
    ['demonstrative', 'homme', 'cet homme'],
    ['possessive', 'puce', 'sa puce'],
    ['possessive', 'entreprise', 'son entreprise'],
    ['possessive', 'puces', 'ses puces'],
  ] as const)('%s %s → %s', (kind, noun, expected) => {
    expect(withDeterminer(kind, noun)).toBe(expected);
  });

  it.each([
    ['definite', 'hôpital', 'le nouvel hôpital'],
    ['definite', 'puce', 'la nouvelle puce'],
    ['indefinite', 'investisseur', 'un nouvel investisseur'],
    ['indefinite', 'investisseurs', 'de nouveaux investisseurs'],
    ['demonstrative', 'héros', 'ce nouveau héros'],
  ] as const)('%s %s with "nouveau" → %s', (kind, noun, expected) => {
    expect(withDeterminer(kind, noun, { adjective: 'nouveau' })).toBe(expected);
  });

  it('elides "de" before an adjective that starts with a vowel', () => {
    expect(withDeterminer('indefinite', 'puces', { adjective: 'ancien' })).toBe('d’anciennes puces');
  });

  it('takes the caller’s gender and number over the lexicon’s', () => {
    expect(withDeterminer('definite', 'cas de dengue', { number: 'P' })).toBe('les cas de dengue');
    expect(withDeterminer('definite', 'Wall Street Journal', { gender: 'M' })).toBe('le Wall Street Journal');
  });

  it('needs no gender where elision hides it, and none in the plural', () => {
    expect(withDeterminer('definite', 'OpenAI')).toBe('l’OpenAI');
    expect(withDeterminer('possessive', 'Samsung', { owners: 'P' })).toBe('leur Samsung');
    expect(withDeterminer('definite', 'Samsung', { number: 'P' })).toBe('les Samsung');
  });

  it.each(['El Niño', 'La Réunion', 'Los Angeles', 'The Economist'])('gives no determiner to %s, a name that carries its own article', (name) => {
    expect(withDeterminer('definite', name)).toBeUndefined();
    expect(withDeterminer('definite', name, { gender: 'F' })).toBeUndefined();
  });
});

describe('agreeAdjective', () => {
  it.each([
    ['nouveau', 'investisseur', 'nouvel'],
    ['nouveau', 'puce', 'nouvelle'],
    ['nouveau', 'investisseurs', 'nouveaux'],
    ['nouveau', 'puces', 'nouvelles'],
    ['nouveau', 'hôpital', 'nouvel'],
    ['nouveau', 'héros', 'nouveau'],
    ['beau', 'homme', 'bel'],
    ['vieux', 'IA', 'vieille'],
    ['principal', 'fabricants de puces', 'principaux'],
    ['premier', 'entreprise', 'première'],
  ])('%s + %s → %s', (adjective, noun, expected) => {
    expect(agreeAdjective(adjective, noun)).toBe(expected);
  });

  it('writes the attribute form after the noun', () => {
    expect(agreeAdjective('nouveau', 'hôpital', { position: 'after' })).toBe('nouveau');
  });

  it('is undefined for a name of unknown gender', () => {
    expect(agreeAdjective('nouveau', 'Samsung')).toBeUndefined();
  });
});

describe('the template helpers', () => {
  const handlebars = Handlebars.create();
  for (const [name, helper] of Object.entries(templateHelpers)) handlebars.registerHelper(name, helper);
  const knownHelpers = Object.fromEntries(Object.keys(templateHelpers).map((name) => [name, true]));
  const render = (template: string, values: Readonly<Record<string, string>>): string =>
    realise(handlebars.compile(template, { strict: true, noEscape: true, knownHelpers, knownHelpersOnly: true })(values));

  it.each([
    ['Que sait-on de {{det "le" np}} ?', 'investisseur', 'Que sait-on de l’investisseur ?'],
    ['Que sait-on de {{det "le" np}} ?', 'boson de Higgs', 'Que sait-on du boson de Higgs ?'],
    ['Que sait-on de {{det "le" np}} ?', 'puces', 'Que sait-on des puces ?'],
    ['{{cap (det "ce" np)}} change la donne.', 'IA', 'Cette IA change la donne.'],
    ['{{cap (det "ce" np)}} change la donne.', 'hôpital', 'Cet hôpital change la donne.'],
    ['{{cap (det "un" np adj="nouveau")}} arrive.', 'investisseur', 'Un nouvel investisseur arrive.'],
    ['{{cap (det "un" np adj="nouveau")}} arrivent.', 'investisseurs', 'De nouveaux investisseurs arrivent.'],
    ['Il s’agit de {{det "son" np}}.', 'entreprise', 'Il s’agit de son entreprise.'],
    ['Le {{agree "nouveau" np}} {{np}} ouvre.', 'hôpital', 'Le nouvel hôpital ouvre.'],
    ['Que sait-on de {{det "le" np}} ?', 'Sam Altman', 'Que sait-on de Sam Altman ?'],
  ])('%s with %s → %s', (template, noun, expected) => {
    expect(render(template, { np: protect(noun) })).toBe(expected.replace(/ \?/u, '\u202F?'));
  });

  it('leaves a value that has its determiner already', () => {
    expect(render('Sur {{det "le" np}}.', { np: `la ${protect('pénurie de puces')}` })).toBe('Sur la pénurie de puces.');
  });

  it('keeps a protected value protected', () => {
    // The copied "de Higgs" is not realised; only Plume's own "de le" contracts.
    expect(render('Autour de {{det "le" np}}.', { np: protect('boson de le Higgs') })).toBe('Autour du boson de le Higgs.');
  });

  it('refuses a determiner it does not know', () => {
    expect(() => render('{{det "du" np}}', { np: 'puce' })).toThrow(/unknown determiner/u);
    expect(() => render('{{det "constructor" np}}', { np: 'puce' })).toThrow(/unknown determiner/u);
  });
});
