import { describe, expect, it } from 'vitest';
import { extractFacts, findRoles } from '../../src/analysis/facts.js';
import type { Sentence } from '../../src/types.js';

const body = (...texts: string[]): Sentence[] => texts.map((text, i) => ({ id: `s${i + 1}`, text, origin: 'body', paragraph: 0 }));
const factOf = (text: string) => extractFacts(body(text))[0]!;

describe('extractFacts', () => {
  it.each([
    ['OpenAI cherche 7 000 milliards de dollars, a rapporté le Wall Street Journal.', 'le Wall Street Journal'],
    ['« Le marché va rebondir », commente Song Myung-Sup, analyste à Hi Investment and Securities.', 'Song Myung-Sup'],
    ['Selon les analystes, la demande reste forte.', 'les analystes'],
    ['Le marché a chuté de 3 % lundi.', undefined],
    // Before ", a annoncé …" stands a subject, not something said: the sentence has no source.
    ['La ministre de l’Éducation nationale, Claire Dubois, a annoncé jeudi l’abandon des groupes de niveau en quatrième.', undefined],
    ['Le groupe va supprimer 8 000 emplois, a annoncé la direction.', 'la direction'],
    // Witnesses and officials also "témoignent", "saluent", "confient": their clause names the speaker.
    ['« On a perdu une partie de notre travail de l’année », a témoigné Jean-Marc Bousquet, viticulteur à Fabrezan.', 'Jean-Marc Bousquet'],
    // A role names its holder in the apposition after it: the speaker is both.
    ['« Cette commande garantit l’activité de toute la filière », a salué le PDG de Dassault Aviation, Éric Trappier, dans un communiqué.', 'le PDG de Dassault Aviation, Éric Trappier'],
    ['« Nous en avons remplacé 46 », a expliqué le directeur de la centrale, Marc-Antoine Perrot.', 'le directeur de la centrale, Marc-Antoine Perrot'],
    ['« Nous allons revoir notre sécurité », a confié le gérant.', 'le gérant'],
    // A role said with a possessive ("son président") is nobody's out of its paragraph: the name after it speaks, or none.
    ['La Fédération a voulu « faire de la place à une nouvelle génération », a expliqué son président exécutif, Antoine Roussel, lors de la présentation.', 'Antoine Roussel'],
    ['« Nous resterons mobilisés », a prévenu son porte-parole.', undefined],
    // Pleased, worried: a reflexive verb reports words as well.
    ['« Le travail paie », s’est félicité Romain Dufour.', 'Romain Dufour'],
    // "a lancé" reports words after a quotation only; after a clause it launches something.
    ['« Ce n’est pas un choix acceptable », a lancé Inès Moreau, membre du syndicat, à la tribune.', 'Inès Moreau'],
    ['Le groupe a renforcé ses équipes, a lancé une nouvelle offre.', undefined],
    // An analyst "a analysé" what she says.
    ['« Les consommateurs sont plus prudents », a analysé Bertrand Lasserre, délégué général de la Fevad.', 'Bertrand Lasserre'],
    // A subject and its verb are still no source.
    ['Le maire, Nicolas Sansu, a dénoncé jeudi une mise à mort de l’hôpital public.', undefined],
    // Whom it was said to is no speaker: the speaker is the name that ends the phrase, if any.
    ['« Tout est tombé », a raconté à une radio locale Rosa Huamán, une commerçante de 52 ans.', 'Rosa Huamán'],
    ['« Tout est tombé », a raconté à la presse le maire de la ville.', undefined],
    // ", rappelle que…" opens what is said: what follows is no speaker.
    ['Le groupe, qui emploie 5 800 personnes dans le monde, rappelle que la division concernée perdait 9 millions d’euros par an.', undefined],
  ])('attribution of "%s"', (text, attribution) => {
    expect(factOf(text).attribution).toBe(attribution);
  });

  it('lists no thing everyone knows among the names ("la Terre")', () => {
    expect(factOf('Trois satellites d’observation de la Terre ont décollé de Kourou.').entities).toEqual(['Kourou']);
  });

  it('lists "l’État" of "chefs d’État" among no names, but the names that hold it', () => {
    expect(factOf('Les chefs d’État se sont réunis à Dakar.').entities).toEqual(['Dakar']);
    expect(factOf('Le Conseil d’État a rejeté le recours de l’État islamique.').entities).toEqual(['Conseil d’État', 'État islamique']);
  });

  it('reads the quotation inside « »', () => {
    expect(factOf('« Le marché va rebondir », commente Song Myung-Sup.').quote).toBe('Le marché va rebondir');
    expect(factOf('Le marché a chuté.').quote).toBeUndefined();
  });

  it.each([
    ['La nouvelle version sortira le 18 octobre 2012.', true],
    ['Les ventes devraient reculer.', true],
    ['Le marché a chuté de 3 % lundi.', false],
  ])('future of "%s"', (text, future) => {
    expect(factOf(text).future).toBe(future);
  });

  it('keeps the sentence id, numbers, names and dates', () => {
    const [, second] = extractFacts(body('Sam Altman parle.', 'Le 18 octobre 2012, Sam Altman a levé 3 milliards de dollars.'));
    expect(second!.sentenceId).toBe('s2');
    expect(second!.numbers.map((n) => n.text)).toEqual(['18 octobre 2012', '3 milliards de dollars']);
    expect(second!.entities).toEqual(['Sam Altman']);
    expect(second!.dates).toEqual(['18 octobre 2012']);
  });
});

describe('findRoles', () => {
  it.each([
    ['Le chef d’OpenAI, Sam Altman, veut lever des fonds.', 'Sam Altman', 'le chef d’OpenAI'],
    ['« Le marché va rebondir », commente Song Myung-Sup, analyste à Hi Investment and Securities.', 'Song Myung-Sup', 'analyste à Hi Investment and Securities'],
    ['Il a rencontré le cheikh Tahnoun ben Zayed al Nahyan à Abou Dhabi.', 'Tahnoun ben Zayed al Nahyan', 'le cheikh'],
    ['La directrice du musée, Nathalie Bondil, est ravie.', 'Nathalie Bondil', 'la directrice du musée'],
    // Before a name without a comma: an opener, the role, adjectives.
    ['Hier, le nouveau premier ministre conservateur Antonis Samaras a parlé.', 'Antonis Samaras', 'le nouveau premier ministre conservateur'],
    ['Le poste a été confié au banquier Vassilis Rapanos.', 'Vassilis Rapanos', 'le banquier'],
    ['Il sera assisté par l’ex-conseiller économique du ministre, Christos Staïkouras, nommé hier.', 'Christos Staïkouras', 'l’ex-conseiller économique du ministre'],
    ['Elle a reçu la chancelière allemande Angela Merkel.', 'Angela Merkel', 'la chancelière allemande'],
    ['Le prix revient à l’acteur belge Thomas Vermeulen.', 'Thomas Vermeulen', 'l’acteur belge'],
    ['Il a rencontré le ministre grec Yanis Varoufakis.', 'Yanis Varoufakis', 'le ministre grec'],
    // A surname alone after a title.
    ['Elle a vu la chancelière Merkel à Berlin.', 'Merkel', 'la chancelière'],
    ['La décision a été prise par le président français Macron à Sandhurst.', 'Macron', 'le président français'],
    // A role, "de" and a place, then a first name and a surname: the place is the role's.
    ['Il a choisi le meneur de Monaco Hugo Delattre en 24ᵉ position.', 'Hugo Delattre', 'le meneur de Monaco'],
    ['Le club a aussi retenu l’intérieur du Mans Yanis Bokassa au second tour.', 'Yanis Bokassa', 'l’intérieur du Mans'],
  ])('%s', (text, name, role) => {
    expect(findRoles(body(text))).toEqual([{ name, role }]);
  });

  it.each([
    'Sam Altman veut lever des fonds.',
    // A noun after the role is not an adjective: the name is not the role's.
    'Il a parlé avec le ministre des sports Jean Dupont.',
    'Le portefeuille revient au conservateur Dimitris Avramopoulos.',
    // A surname that is also a word of the dictionary.
    'Il a reçu le ministre Blanc hier.',
    // A place and a surname alone: no first name and surname after the place.
    'Il a rencontré le maire de Lyon Doucet hier.',
  ])('finds no role in "%s"', (text) => {
    expect(findRoles(body(text))).toEqual([]);
  });

  it('keeps the fuller title of a surname the source writes twice', () => {
    const roles = findRoles(body('La décision a été prise par le président Macron.', 'Le président français Macron a rencontré May.'));
    expect(roles).toEqual([{ name: 'Macron', role: 'le président français' }]);
  });

  it('names a person once: a surname alone gives way to the full name', () => {
    const roles = findRoles(body('Le président Emmanuel Macron a parlé.', 'Le président français Macron a rencontré May.'));
    expect(roles).toEqual([{ name: 'Emmanuel Macron', role: 'le président' }]);
  });

  it('takes a surname of two words after a title for the full name the source gives ("le professeur Le Bras")', () => {
    const roles = findRoles(body('L’opération a été dirigée par le professeur Yann Le Bras.', 'Le CHU prévoit dix interventions, a précisé le professeur Le Bras.'));
    expect(roles).toEqual([{ name: 'Yann Le Bras', role: 'le professeur' }]);
  });
});
