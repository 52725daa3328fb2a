/** The H1 of a source without a headline (src/writing/blocks/headline.ts): the lede's main clause. */
import { describe, expect, it } from 'vitest';
import { endsNounPhrase, leadHeadline, leadTitleForms, shorterForms, quotedHeadline } from '../../../src/writing/blocks/headline.js';
import { generateArticle } from '../../../src/index.js';
import type { Fact, Sentence } from '../../../src/types.js';

const body = (text: string, id = 's1'): Sentence => ({ id, text, origin: 'body', paragraph: 0 });
const fact = (sentenceId: string, attribution?: string): Fact => ({ sentenceId, numbers: [], entities: [], dates: [], future: false, ...(attribution && { attribution }) });
const headline = (text: string, attribution?: string, others: readonly Sentence[] = []): string | undefined =>
  leadHeadline([body(text), ...others], [fact('s1', attribution)])?.text;

describe('leadHeadline', () => {
  it('cuts the lede before an adjunct infinitive, without its attribution', () => {
    expect(headline('Sam Altman vise à lever jusqu’à 7 000 milliards de dollars pour augmenter considérablement l’offre mondiale de puces semi-conductrices, a rapporté le Wall Street Journal.', 'le Wall Street Journal'))
      .toBe('Sam Altman vise à lever jusqu’à 7 000 milliards de dollars');
  });

  it('cuts the lede before a price, when the lede whole is one of the sentences', () => {
    expect(headline('Le laboratoire français Novellia va racheter le suédois Arcturus Pharma pour 14,5 milliards d’euros.'))
      .toBe('Le laboratoire français Novellia va racheter le suédois Arcturus Pharma');
  });

  it('cuts after a clause when the sentence is too long for a headline', () => {
    expect(headline('La direction générale de l’armement a commandé 42 avions de combat Rafale à Dassault Aviation, pour un montant d’environ 5 milliards d’euros, a annoncé mardi le ministère des Armées.', 'le ministère des Armées'))
      .toBe('La direction générale de l’armement a commandé 42 avions de combat Rafale à Dassault Aviation');
  });

  it('does not cut where the clause goes on after an incise (its object would be lost)', () => {
    // Only as a last resort, longer than a headline usually is, and with its object.
    expect(headline('La Première ministre britannique, Theresa May, a déclaré jeudi devant les députés que la France allait prêter au Royaume-Uni, d’ici cinq ans et pour la première fois depuis neuf siècles, la Tapisserie de Bayeux.'))
      .toBe('La Première ministre britannique, Theresa May, a déclaré devant les députés que la France allait prêter au Royaume-Uni la Tapisserie de Bayeux');
  });

  it('says what was announced, when the lede reports an announcement', () => {
    expect(headline('La Première ministre britannique, Theresa May, a annoncé jeudi que la France allait prêter au Royaume-Uni, d’ici cinq ans et pour la première fois depuis neuf siècles, la Tapisserie de Bayeux.'))
      .toBe('La France allait prêter au Royaume-Uni la Tapisserie de Bayeux');
    // An opinion is not stated as a fact: it stays someone's.
    expect(headline('Le maire de la ville, Paul Martin, a estimé mardi que la fermeture de la piscine municipale était une erreur grave.'))
      .toBe('Le maire de la ville, Paul Martin, a estimé que la fermeture de la piscine municipale était une erreur grave');
  });

  it('does not cut after an incise that the object follows: it drops the incise, and the day after the verb', () => {
    expect(headline('Le conseil municipal de Rennes a adopté lundi soir, après plus de six heures de débats, le budget primitif de la ville pour 2027.'))
      .toBe('Le conseil municipal de Rennes a adopté le budget primitif de la ville pour 2027');
  });

  it('drops what says when, where or how when the lede as it is gives no headline (it is one of the sentences whole)', () => {
    expect(headline('Après sept ans de travaux, la façade occidentale de la cathédrale d’Amiens a retrouvé ses couleurs.')).toBe('La façade occidentale de la cathédrale d’Amiens a retrouvé ses couleurs');
    expect(headline('Le groupe de luxe Maison Verlaine, coté à Paris, a publié mardi soir des résultats inférieurs aux attentes.')).toBe('Le groupe de luxe Maison Verlaine a publié des résultats inférieurs aux attentes');
    expect(headline('La hausse des prix à la consommation a encore ralenti en février.')).toBe('La hausse des prix à la consommation a encore ralenti');
    expect(headline('Une grève des contrôleurs perturbera le trafic ferroviaire pendant le week-end.')).toBe('Une grève des contrôleurs perturbera le trafic ferroviaire');
  });

  it('keeps the items of a list and an incise that holds a verb', () => {
    expect(headline('La mairie a fermé lundi les écoles, les crèches, les gymnases et les piscines de la ville.')).toBe('La mairie a fermé les écoles, les crèches, les gymnases et les piscines de la ville');
    expect(headline('Le groupe Boulanger Nord, qui compte 48 magasins, a fermé mardi son site de vente en ligne.')).toBe('Le groupe Boulanger Nord, qui compte 48 magasins, a fermé son site de vente en ligne');
  });

  it('cuts before an apposition to a clause of its own', () => {
    expect(headline('Airbus a annoncé jeudi avoir livré 766 avions commerciaux à 86 clients en 2024, un chiffre légèrement supérieur à son objectif révisé de 770 appareils.'))
      .toBe('Airbus a annoncé jeudi avoir livré 766 avions commerciaux à 86 clients en 2024');
    // Not before the object that follows an incise: after it, and at a headline's length without the incise.
    expect(headline('La France va prêter au Royaume-Uni, d’ici cinq ans et pour la première fois depuis neuf siècles, la Tapisserie de Bayeux, restaurée pour l’occasion.'))
      .toBe('La France va prêter au Royaume-Uni la Tapisserie de Bayeux, restaurée pour l’occasion');
  });

  it('gives none that would repeat a sentence of the article whole', () => {
    expect(headline('Les prix de l’immobilier ancien continuent de baisser fortement.')).toBeUndefined();
  });

  it('says a passive of the passé composé without its auxiliary, as headlines do; gives none in another passive', () => {
    // A passive headline would count against the article's passive share.
    expect(headline('Une bijouterie du centre de Nantes a été braquée mardi soir par trois hommes armés, avant que la police n’arrive sur les lieux.'))
      .toBe('Une bijouterie du centre de Nantes braquée mardi soir par trois hommes armés');
    // Without its auxiliary, the lede whole is no longer one of the article's sentences.
    expect(headline('Plus de 2 000 personnes ont été évacuées en raison des inondations dans le Var.')).toBe('Plus de 2 000 personnes évacuées en raison des inondations dans le Var');
    expect(headline('Les urgences de Vierzon ne seront plus ouvertes la nuit à partir du 1er juillet, a annoncé l’agence régionale de santé.', 'l’agence régionale de santé')).toBeUndefined();
    expect(headline('La piscine municipale sera fermée pendant trois mois pour des travaux de rénovation.')).toBeUndefined();
    // Its length is the headline's, without the auxiliary: 121 characters with it, 112 without.
    expect(headline('Treize marins ont été secourus dans la nuit de mercredi à jeudi après le naufrage de leur chalutier à 90 milles nautiques au large de l’île d’Ouessant, dans une mer déchaînée par la tempête Ingrid.'))
      .toBe('Treize marins secourus dans la nuit de mercredi à jeudi après le naufrage de leur chalutier à 90 milles nautiques');
  });

  it('gives none from a lede that opens on a pronoun or quotes someone at length', () => {
    expect(headline('Il a annoncé la fermeture de trois usines en Lorraine d’ici la fin de l’année prochaine, selon les syndicats.')).toBeUndefined();
    expect(headline('« Nous ne fermerons aucune usine cette année en France », a déclaré le directeur général du groupe.', 'le directeur général du groupe')).toBeUndefined();
  });

  it('is at most a headline’s length when a safe cut allows, else at most the longest a headline may be', () => {
    // 104 characters whole: cut before the adjunct that ends it.
    expect(headline('Léa Marchand a remporté samedi le 200 m nage libre des championnats de France de natation en 1 min 52 s 31.'))
      .toBe('Léa Marchand a remporté samedi le 200 m nage libre des championnats de France de natation');
    expect(headline('Le groupe de distribution Boulanger Nord, spécialisé dans l’électroménager, est victime depuis samedi d’une cyberattaque par rançongiciel qui paralyse une partie de ses systèmes informatiques, a indiqué l’entreprise lundi.', 'l’entreprise'))
      .toBe('Le groupe de distribution Boulanger Nord est victime depuis samedi d’une cyberattaque par rançongiciel');
  });

  it('cuts a bullet that the lede leaves without a headline, never after a day, an adjective that governs a complement or a noun after an indefinite article', () => {
    const bullet = (text: string, id = 'b1'): Sentence => ({ id, text, origin: 'bullet', paragraph: -1 });
    const lede = body('Les urgences du centre hospitalier de Vierzon, dans le Cher, ne seront plus ouvertes la nuit à partir du 1er juillet, a annoncé lundi l’agence régionale de santé.');
    expect(leadHeadline([bullet('Les urgences de l’hôpital de Vierzon fermeront la nuit à partir du 1er juillet.'), lede], [fact('b1'), fact('s1', 'l’agence régionale de santé')])?.text)
      .toBe('Les urgences de l’hôpital de Vierzon fermeront la nuit');
    expect(headline('Le gouvernement a survécu mardi soir à la motion de censure déposée par les députés de l’opposition après le recours au 49.3.')).not.toBe('Le gouvernement a survécu mardi soir');
    expect(headline('Le groupe de luxe Maison Verlaine a publié des résultats semestriels inférieurs aux attentes des analystes du secteur.') ?? '').not.toMatch(/inférieurs$/u);
    expect(leadHeadline([bullet('Le Parlement européen a adopté une directive sur le devoir de vigilance des entreprises.')], [fact('b1')])).toBeUndefined();
  });

  it('reads the lede before the bullets, and the first bullet of a source of bullets only, never one whole', () => {
    const bullet = (text: string, id = 'b1'): Sentence => ({ id, text, origin: 'bullet', paragraph: -1 });
    const facts = [fact('b1', 'Theresa May'), fact('s1')];
    const lede = body('Trois hommes armés ont braqué une bijouterie du centre de Nantes, avant de prendre la fuite.');
    const prêt = bullet('La France va prêter la Tapisserie de Bayeux au Royaume-Uni d’ici cinq ans, a annoncé Theresa May.');
    expect(leadHeadline([prêt, lede], facts)).toEqual({ text: 'Trois hommes armés ont braqué une bijouterie du centre de Nantes', sentenceId: 's1' });
    expect(leadHeadline([prêt], facts)).toEqual({ text: 'La France va prêter la Tapisserie de Bayeux au Royaume-Uni d’ici cinq ans', sentenceId: 'b1' });
    expect(leadHeadline([bullet('Le Parlement européen a adopté une directive sur le devoir de vigilance des entreprises.')], facts)).toBeUndefined();
  });
});

describe('leadHeadline: where a cut may be', () => {
  it('cuts before where, after a noun completed by "de" and a common noun, which starts no span', () => {
    expect(headline('Le gouvernement de Claire Vasseur a survécu mardi soir à une motion de censure déposée par les groupes de gauche à l’Assemblée nationale, après le recours à l’article 49.3 de la Constitution pour faire adopter sans vote le projet de loi de financement de la Sécurité sociale pour 2027.'))
      .toBe('Le gouvernement de Claire Vasseur a survécu mardi soir à une motion de censure déposée par les groupes de gauche');
  });
});

describe('leadHeadline: a long lede', () => {
  const quotas = 'Les ministres de l’Agriculture des Vingt-Sept se sont accordés mardi sur une réduction de 15 % des quotas de pêche du cabillaud en mer Baltique pour l’année prochaine, un compromis jugé insuffisant par les organisations de défense de l’environnement.';

  it('cuts before the period a figure is for ("pour l’année prochaine"), and before an apposition to the clause after it', () => {
    expect(headline(quotas)).toBe('Les ministres de l’Agriculture des Vingt-Sept se sont accordés sur une réduction de 15 % des quotas de pêche du cabillaud en mer Baltique');
  });

  it('takes a headline longer than usual only when neither the lede nor the first bullet gives one', () => {
    const bullet: Sentence = { id: 'b1', text: 'Les quotas de cabillaud baissent de 15 % en mer Baltique, selon un accord conclu mardi à Bruxelles.', origin: 'bullet', paragraph: -1 };
    expect(leadHeadline([bullet, body(quotas)], [fact('s1'), fact('b1')])?.sentenceId).toBe('b1');
  });
});

describe('leadHeadline: without what says when or where', () => {
  it('drops the date that ends the lede, and an acronym or a place in brackets, when the lede as it is gives no headline', () => {
    expect(headline('La phase principale d’admission de Parcoursup s’est achevée vendredi 10 juillet.'))
      .toBe('La phase principale d’admission de Parcoursup s’est achevée');
    expect(headline('L’Agence nationale de sécurité du médicament (ANSM) a recensé 4 925 signalements de ruptures ou de risques de rupture de stock en 2025.'))
      .toBe('L’Agence nationale de sécurité du médicament a recensé 4 925 signalements de ruptures ou de risques de rupture de stock');
    // Brackets that hold a figure stay.
    expect(headline('Le prix du gazole (1,72 euro le litre) a reculé vendredi 10 juillet.')).not.toMatch(/gazole a reculé/u);
  });
});

describe('leadHeadline: a passive', () => {
  it('ends before a noun phrase after its complement, an apposition and not an object, which a passive takes none of', () => {
    expect(headline('La Palme d’or du 79e Festival de Cannes a été décernée samedi soir au film « Les Heures claires », de la réalisatrice belge Marie Vandamme, un drame familial tourné dans les Ardennes, a annoncé le jury.', 'le jury'))
      .toBe('La Palme d’or du 79e Festival de Cannes décernée au film « Les Heures claires »');
  });
});

describe('leadHeadline: what a cut must keep', () => {
  it('does not cut between a name in apposition and the verb’s complement ("…, M. Gérard Vallon, | à cinq ans de prison")', () => {
    const lede = body('Le tribunal correctionnel de Lyon a condamné jeudi l’ancien maire de Saint-Martin-des-Vignes (Rhône), M. Gérard Vallon, à cinq ans de prison dont deux avec sursis pour détournement de fonds publics et prise illégale d’intérêts.');
    const bullet: Sentence = { id: 'b1', text: 'L’ancien maire de Saint-Martin-des-Vignes, M. Gérard Vallon, a été condamné à cinq ans de prison dont deux avec sursis pour détournement de fonds publics.', origin: 'bullet', paragraph: -1 };
    const found = leadHeadline([bullet, lede], [fact('s1'), fact('b1')]);
    expect(found?.text).not.toMatch(/Vallon$/u);
    // The bullet's passive, without its auxiliary, cut before the charge.
    expect(found).toEqual({ text: 'L’ancien maire de Saint-Martin-des-Vignes, M. Gérard Vallon, condamné à cinq ans de prison dont deux avec sursis', sentenceId: 'b1' });
  });
});

describe('leadTitleForms: a role given between commas', () => {
  it('reads a verb that is a noun too after a name in apposition, without the day between the verb and its object, and cuts before an apposition to the object', () => {
    const lede = body('Le président du Brésil, Luiz Carvalho, entame mercredi une visite d’État de trois jours en France, la première d’un chef d’État brésilien depuis 2013.');
    expect(leadTitleForms([lede], [], new Set(), 90)).toEqual(['Le président du Brésil, Luiz Carvalho, entame une visite d’État de trois jours en France', 'Le président du Brésil, Luiz Carvalho, entame une visite d’État de trois jours']);
  });

  it('keeps in a headline the day a present gives, which may be a day to come', () => {
    expect(headline('La Cour de cassation examine mercredi le pourvoi de l’ancien ministre de l’Intérieur Paul Marin, condamné en appel.'))
      .toBe('La Cour de cassation examine mercredi le pourvoi de l’ancien ministre de l’Intérieur Paul Marin');
  });

  it('keeps a noun phrase after an adjunct when the verb has no object yet: it is the object', () => {
    expect(shorterForms('Le conseil a adopté lundi soir, après six heures de débats, le budget primitif')).not.toContain('Le conseil a adopté lundi soir');
  });
});

describe('shorterForms: a fronted place', () => {
  // A page title says where after the keyphrase, or not at all: the article says it.
  it('gives forms without a place that a preposition and a name front before the subject', () => {
    expect(shorterForms('À Saint-Martin-des-Prés, les parents occupent l’école pour empêcher la fermeture d’une classe')).toContain('Les parents occupent l’école');
    expect(shorterForms('Aux États-Unis, les ventes de voitures électriques ont reculé de 8 % en un an')).toContain('Les ventes de voitures électriques ont reculé de 8 % en un an');
  });

  it('gives forms without a place between the verb and its object, unless the verb gives the object to someone', () => {
    expect(shorterForms('La Kényane Esther Kiprono a battu dimanche à Berlin le record du monde du marathon féminin')).toContain('La Kényane Esther Kiprono a battu le record du monde du marathon féminin');
    expect(shorterForms('Le ministre a remis à Marie Curie la médaille de l’ordre du Mérite, lundi soir')).not.toContain('Le ministre a remis la médaille de l’ordre du Mérite');
  });

  it('keeps a fronted phrase that is no place name, or that holds a verb', () => {
    expect(shorterForms('À la surprise générale, le conseil municipal a rejeté le budget de la ville')).not.toContain('Le conseil municipal a rejeté le budget de la ville');
    expect(shorterForms('En 2025, les ventes de voitures électriques ont reculé de 8 % en France')).not.toContain('Les ventes de voitures électriques ont reculé de 8 %');
  });
});

describe('shorterForms: a span', () => {
  it('ends after a figure that "à" follows without ending a span', () => {
    expect(shorterForms('L’action de Samsung Electronics a reculé de 6,81 % à l’ouverture de la Bourse de Séoul')).toContain('L’action de Samsung Electronics a reculé de 6,81 %');
    // A span's end: a figure, a name, a time of day.
    expect(shorterForms('Le prix du ticket passera de 1,70 euro à 2 euros au mois de mars')).not.toContain('Le prix du ticket passera de 1,70 euro');
    expect(shorterForms('Le musée sera ouvert de 10 heures à midi pendant les travaux de la façade')).not.toContain('Le musée sera ouvert de 10 heures');
  });

  it('keeps in a headline the period after a figure, which a page title may drop', () => {
    expect(headline('Le groupe bancaire Crédit Armorique a publié jeudi un bénéfice net en hausse de 14 % au troisième trimestre, porté par la banque de détail.'))
      .toBe('Le groupe bancaire Crédit Armorique a publié jeudi un bénéfice net en hausse de 14 % au troisième trimestre');
  });
});

describe('shorterForms: what says why', () => {
  it('ends before "en raison de"', () => {
    expect(shorterForms('Des fromages au lait cru retirés de la vente en raison d’un risque de listeria')).toContain('Des fromages au lait cru retirés de la vente');
  });
});

describe('shorterForms', () => {
  it.each([
    // Before a price, and before a clause coordinated on its verb.
    ['l’Olympique lyonnais recrute un attaquant brésilien pour 25 millions d’euros', 'l’Olympique lyonnais recrute un attaquant brésilien'],
    ['Le club lyonnais recrute un attaquant brésilien et devient le favori du championnat', 'Le club lyonnais recrute un attaquant brésilien'],
    // A verb that is a noun too ("une lève"), between a name and a figure.
    ['Mistral AI lève 600 millions d’euros et devient la première licorne française de l’IA', 'Mistral AI lève 600 millions d’euros'],
    // After "et", a verb that is a noun too ("la relance") before an article or a possessive.
    ['Lucas Ferrand s’impose au Grand Prix du Brésil et relance le championnat', 'Lucas Ferrand s’impose au Grand Prix du Brésil'],
    ['Le fabricant de jouets rachète son concurrent allemand et double ses ventes', 'Le fabricant de jouets rachète son concurrent allemand'],
    // Before "au" and a period that says when, after a verb too.
    ['Le taux de chômage a légèrement augmenté au troisième trimestre 2026 en France', 'Le taux de chômage a légèrement augmenté'],
    // On a weekday, before the time of day that follows it.
    ['Le volcan Kanlaon est entré en éruption dimanche en début d’après-midi', 'Le volcan Kanlaon est entré en éruption dimanche'],
    ['Le volcan Kanlaon est entré en éruption dimanche à 14 h 20 heure locale', 'Le volcan Kanlaon est entré en éruption dimanche'],
  ])('%s', (text, form) => {
    expect(shorterForms(text)).toContain(form);
  });

  it.each([
    // "pour" before another figure says whom; "et" before a noun joins two of them.
    'Le groupe versera une prime exceptionnelle pour 10 % des salariés du site',
    'Les pays du Sahel et l’Union européenne s’accordent sur l’eau',
    // Not before a period that the verb's object follows.
    'Airbus a livré au premier semestre 766 avions à ses clients',
  ])('does not cut %s', (text) => {
    expect(shorterForms(text)).toEqual([]);
  });

  it('does not cut before a noun after "et" and "des", the head of a noun phrase ("baisse des ventes")', () => {
    expect(shorterForms('Le groupe annonce une hausse des prix et baisse des ventes en Europe')).not.toContain('Le groupe annonce une hausse des prix');
  });
});

describe('generateArticle: the H1 of a source without a headline', () => {
  const source = [
    'Trois hommes armés et cagoulés ont braqué mardi soir une bijouterie de la rue Crébillon, en plein centre de Nantes, avant de prendre la fuite à bord d’une voiture volée, a-t-on appris de source policière.',
    'Les malfaiteurs ont fait irruption dans la boutique peu avant 19 heures, au moment de la fermeture. Ils ont menacé les deux employées présentes avec une arme de poing.',
    'Selon le procureur de la République, le butin est estimé à 450 000 euros, essentiellement des montres de luxe.',
  ].join('\n\n');
  const article = generateArticle(source, { minWords: 1, allowShort: true });
  const h1 = article.blocks[0]!;

  it('is the lede’s main clause, with the sentence it comes from', () => {
    expect(h1).toMatchObject({ type: 'heading', level: 1, text: 'Trois hommes armés et cagoulés ont braqué mardi soir une bijouterie de la rue Crébillon', provenance: { sources: ['s1'], template: 'rule.lede-headline' } });
  });

  it('is not the SEO title, which opens on the keyphrase within 60 characters', () => {
    expect(article.meta.h1).toBe(h1.text);
    expect(article.meta.title).not.toBe(h1.text);
    expect([...article.meta.title].length).toBeLessThanOrEqual(60);
  });

  it('is said by no other block', () => {
    const key = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const texts = article.blocks.slice(1).flatMap((b) => (b.type === 'heading' ? [b.text] : b.type === 'paragraph' ? b.sentences.map((s) => s.text) : b.type === 'list' ? b.items.map((i) => i.sentence.text) : b.type === 'faq' ? b.items.flatMap((i) => [i.question.text, ...i.answer.map((a) => a.text)]) : []));
    expect(texts.map(key)).not.toContain(key(h1.text));
  });
});

describe('endsNounPhrase', () => {
  it.each([
    // A participle's form right after a determiner is a noun ("muser" makes "musé").
    ['Le musée', true],
    ['La découverte', true],
    ['son rapport annuel', true],
    // After a noun, a participle.
    ['un accord signé', false],
    ['a survécu', false],
  ])('%s → %s', (head, ends) => {
    expect(endsNounPhrase(head)).toBe(ends);
  });
});

describe('shorterForms: the cuts a title may make', () => {
  it.each([
    // Before a complement after a noun phrase.
    ['La Cour des comptes a publié son rapport annuel sur l’application des lois de financement de la Sécurité sociale', 'La Cour des comptes a publié son rapport annuel'],
    // A headline without a verb gives forms without one, with its participle.
    ['180 000 foyers privés d’électricité dans le Sud-Ouest', '180 000 foyers privés d’électricité'],
    // …or its first item of news, when another item follows, with its own subject and participle.
    ['un nouveau foyer dans les Landes, 42 000 canards abattus', 'un nouveau foyer dans les Landes'],
    // Before how long it took, in words as in figures.
    ['Onirika vend un million d’exemplaires de son jeu en cinq jours', 'Onirika vend un million d’exemplaires de son jeu'],
    ['Le club remporte son troisième titre national en trente ans', 'Le club remporte son troisième titre national'],
    // A verb that is a noun too ("la censure", "une tombe"), right after the subject that opens the text.
    ['Le Conseil constitutionnel censure sept articles de la loi sur la sécurité dans les transports', 'Le Conseil constitutionnel censure sept articles de la loi'],
    ['La confiance dans le gouvernement tombe à 24 %, son plus bas niveau depuis 2019', 'La confiance dans le gouvernement tombe à 24 %'],
    // "à partir de" says when, as a preposition does.
    ['Les urgences de l’hôpital de Vierzon fermeront la nuit à partir du 1er juillet', 'Les urgences de l’hôpital de Vierzon fermeront la nuit'],
    // Before where, a name after "en".
    ['Les ventes de voitures électriques ont progressé de 22 % en France', 'Les ventes de voitures électriques ont progressé de 22 %'],
    // Before where, after "de" and a common noun, which completes a noun and starts no span ("de fond | au large", "des vols | à Marseille").
    ['Une épave du XVIIᵉ siècle découverte par 62 mètres de fond au large de Belle-Île', 'Une épave du XVIIᵉ siècle découverte par 62 mètres de fond'],
    ['La grève entraîne l’annulation de nombreux vols à Marseille-Provence', 'La grève entraîne l’annulation de nombreux vols'],
    // Before "d’ici", which says by when.
    ['La France va prêter la Tapisserie de Bayeux au Royaume-Uni d’ici cinq ans', 'La France va prêter la Tapisserie de Bayeux au Royaume-Uni'],
    // Before a gerund, which says how.
    ['Le Stade toulousain a repris la tête du championnat en battant Clermont 34 à 17', 'Le Stade toulousain a repris la tête du championnat'],
    // A word in -ment after a determiner is a noun ("du mouvement"), not an adverb.
    ['Les salariés ont voté la poursuite du mouvement dans les usines du groupe', 'Les salariés ont voté la poursuite du mouvement'],
    // The first clause runs to its verb, past a name in apposition to its subject.
    ['La ministre, Claire Martin, a inauguré la nouvelle piscine municipale dans le quartier nord', 'La ministre, Claire Martin, a inauguré la nouvelle piscine municipale'],
    // A determiner after "toutes", "tout" is in the noun phrase they open, not the verb's object after an adjunct.
    ['L’épidémie de grippe a franchi le seuil épidémique dans toutes les régions de métropole', 'L’épidémie de grippe a franchi le seuil épidémique'],
    ['Le trafic ferroviaire a repris son rythme sur tout le réseau national', 'Le trafic ferroviaire a repris son rythme'],
  ])('%s', (text, form) => {
    expect(shorterForms(text)).toContain(form);
  });

  it.each([
    // After a verb or an adverb; before the object that follows an adjunct; inside a span; before a figure; "pour" says for whom.
    ['La Kényane Esther Kiprono a battu à Berlin le record du monde du marathon', 'La Kényane Esther Kiprono a battu'],
    ['Le trafic reprend progressivement sur l’ensemble du réseau', 'Le trafic reprend progressivement'],
    // "à" and a noun without a determiner make a locution that completes what comes before.
    ['Thomas Perrault condamné à la réclusion criminelle à perpétuité', 'Thomas Perrault condamné à la réclusion criminelle'],
    ['Le joueur a été suspendu de toute compétition à vie par la fédération', 'Le joueur a été suspendu de toute compétition'],
    ['La tempête a balayé dans la nuit de samedi à dimanche les côtes atlantiques', 'La tempête a balayé dans la nuit de samedi'],
    ['La compagnie ouvre une nouvelle liaison directe de Paris à Lyon', 'La compagnie ouvre une nouvelle liaison directe de Paris'],
    ['Les soldes dureront cette année de janvier à février', 'Les soldes dureront cette année de janvier'],
    // After a verb that gives its object to someone, "à" says to whom; after a share of a noun, of which.
    ['La CNIL inflige une amende de 42 millions d’euros à une application de rencontres', 'La CNIL inflige une amende de 42 millions d’euros'],
    ['La grève entraîne l’annulation de 40 % des vols à Marseille-Provence', 'La grève entraîne l’annulation de 40 % des vols'],
    ['Le prix du kilowattheure passera de 0,2516 euro à 0,2355 euro', 'Le prix du kilowattheure passera de 0,2516 euro'],
    ['Le groupe versera une prime exceptionnelle pour 10 % des salariés du site', 'Le groupe versera une prime exceptionnelle'],
    ['Le conseil municipal adopte la gratuité des cantines pour les familles modestes', 'Le conseil municipal adopte la gratuité des cantines'],
    // A headline without a verb gives no form without its participle.
    ['L’ancien maire de Saint-Martin-des-Vignes, M. Gérard Vallon, condamné à cinq ans de prison', 'L’ancien maire de Saint-Martin-des-Vignes'],
    // …nor before a participle that tells of the words before the comma.
    ['Un foyer de grippe aviaire dans les Landes, détecté dans un élevage de canards', 'Un foyer de grippe aviaire dans les Landes'],
    // A number in words without a unit of time says a result, not how long.
    ['La nouvelle carte scolaire divise la ville en deux secteurs distincts', 'La nouvelle carte scolaire divise la ville'],
    // Not before an infinitive, which completes the verb.
    ['L’entreprise de Mark Zuckerberg cherche par tous les moyens à contrer, voire à tuer, l’application Snapchat', 'L’entreprise de Mark Zuckerberg cherche par tous les moyens'],
    ['Le gouvernement invite les grandes entreprises à embaucher davantage de jeunes', 'Le gouvernement invite les grandes entreprises'],
    // "en" before a word in lower case says how.
    ['Les ventes de voitures électriques ont terminé le mois en nette hausse', 'Les ventes de voitures électriques ont terminé le mois'],
    // A first, a last, an only one or a superlative: what follows says among what.
    ['Le pays lance la première campagne de vaccination au monde contre la dengue', 'Le pays lance la première campagne de vaccination'],
    ['Le fabricant enregistre la plus forte hausse de ses ventes depuis dix ans', 'Le fabricant enregistre la plus forte hausse de ses ventes'],
    ['Le musée reçoit le seul tableau connu du peintre à Paris', 'Le musée reçoit le seul tableau connu du peintre'],
  ])('does not give %s as %s', (text, form) => {
    expect(shorterForms(text)).not.toContain(form);
  });
});

describe('leadTitleForms', () => {
  const keys = new Set<string>();
  it('gives the heads of the lead’s sentences, longest first, none that loses its object after an incise', () => {
    const lead = [
      body('Le CAC 40 a gagné 1,2 %, soit 96,41 points, pour clôturer à 8 127,35 points.', 's1'),
      body('Le conseil municipal a adopté lundi soir, par 38 voix contre 21, une délibération instaurant la gratuité de la restauration scolaire pour les familles dont le quotient familial est inférieur à 700 euros.', 's2'),
    ];
    const forms = leadTitleForms(lead, [fact('s1'), fact('s2')], keys, 60);
    expect(forms).toContain('Le CAC 40 a gagné 1,2 %, soit 96,41 points');
    expect(forms.some((form) => form.startsWith('Le conseil municipal a adopté lundi soir'))).toBe(false);
    for (const form of forms) expect([...form].length).toBeLessThanOrEqual(60);
  });

  it('cuts each sentence once for an article: `kept` holds its heads by sentence, and a sentence kept is not cut again', () => {
    const s1 = body('Le CAC 40 a gagné 1,2 %, soit 96,41 points, pour clôturer à 8 127,35 points.', 's1');
    const s2 = body('Treize marins ont été secourus au large de Brest par les sauveteurs.', 's2');
    const facts = [fact('s1'), fact('s2')];
    const kept = new Map<string, readonly string[]>();
    const both = leadTitleForms([s1, s2], facts, keys, 90, kept);
    expect(both).toEqual(leadTitleForms([s1, s2], facts, keys, 90));
    expect([...kept.keys()]).toEqual(['s1', 's2']);
    expect(leadTitleForms([s2], facts, keys, 90, kept)).toEqual(leadTitleForms([s2], facts, keys, 90));
    // What is kept for a sentence is what it gives, in order and each head once across the sentences.
    kept.set('s1', ['Le CAC 40 a gagné', 'Le CAC 40 a gagné']);
    expect(leadTitleForms([s1, s2], facts, keys, 90, kept)).toEqual(['Le CAC 40 a gagné', ...kept.get('s2')!]);
  });

  it('gives a head as long as the title allows once its context opener and its auxiliary go, though longer before', () => {
    const lead = [body('Dans le même temps, treize marins ont été secourus au large de Brest par les sauveteurs.', 's1')];
    const form = 'Treize marins secourus au large de Brest par les sauveteurs';
    expect(leadTitleForms(lead, [fact('s1')], keys, [...form].length)).toContain(form);
    expect(leadTitleForms(lead, [fact('s1')], keys, [...form].length - 1)).not.toContain(form);
  });

  it('gives the head of a verb whose object is a figure, before an apposition that follows the incises', () => {
    const lead = [body('Le CAC 40 a gagné 1,2 %, soit 96,41 points, pour clôturer à 8 127,35 points, son plus haut niveau depuis le 14 février.', 's1')];
    expect(leadTitleForms(lead, [fact('s1')], keys, 90)).toContain('Le CAC 40 a gagné 1,2 %, soit 96,41 points');
  });

  it('gives the heads without the date that ends the sentence, "ce" with it', () => {
    const lead = [body('Les Philippines ont lancé le premier programme au monde de vaccination contre la dengue ce lundi 4 avril.', 's1')];
    const forms = leadTitleForms(lead, [fact('s1')], keys, 90);
    expect(forms).toContain('Les Philippines ont lancé le premier programme au monde de vaccination contre la dengue');
    expect(forms.filter((form) => / ce$/u.test(form))).toEqual([]);
  });

  it('gives the heads without an apposition between a name and its verb, not without an item of a list', () => {
    const obiang = [body('Le pianiste et compositeur Marcel Obiang, l’une des grandes figures du jazz français, est mort dimanche à Paris à l’âge de 84 ans.', 's1')];
    expect(leadTitleForms(obiang, [fact('s1')], keys, 90)).toContain('Le pianiste et compositeur Marcel Obiang est mort à Paris à l’âge de 84 ans');
    const berrada = [body('Nadia Berrada, 44 ans, a remporté dimanche le second tour de l’élection municipale.', 's1')];
    expect(leadTitleForms(berrada, [fact('s1')], keys, 90)).toContain('Nadia Berrada a remporté le second tour de l’élection municipale');
    const list = [body('La Ville de Lyon, la Métropole, la Région et l’État financent depuis 2024 le nouveau tramway des pentes de la Croix-Rousse.', 's1')];
    expect(leadTitleForms(list, [fact('s1')], keys, 90).some((form) => form.startsWith('La Ville de Lyon la Région'))).toBe(false);
  });

  it('gives the heads without the day after a pronominal compound tense', () => {
    const lead = [body('Le festival des Nuits de Garonne s’est achevé dimanche soir à Agen après quatre jours de concerts.', 's1')];
    expect(leadTitleForms(lead, [fact('s1')], keys, 90)).toContain('Le festival des Nuits de Garonne s’est achevé à Agen');
  });

  it('gives none that ends on the first name of a list', () => {
    const lead = [body('La DGAC a demandé aux compagnies de réduire leurs programmes à Nice, Lyon et Montpellier.', 's1')];
    expect(leadTitleForms(lead, [fact('s1')], keys, 90)).not.toContain('La DGAC a demandé aux compagnies de réduire leurs programmes à Nice');
  });

  it('gives the heads without the day from which it happens, inside the sentence', () => {
    const lead = [body('L’Assemblée nationale examine à partir de lundi une proposition de loi qui ramènerait l’âge légal de départ à la retraite de 64 à 63 ans.', 's1')];
    expect(leadTitleForms(lead, [fact('s1')], keys, 90)).toContain('L’Assemblée nationale examine une proposition de loi');
  });

  it('gives none that ends before the infinitive that completes its verb', () => {
    const lead = [body('L’entreprise de Mark Zuckerberg cherche par tous les moyens à contrer, voire à tuer l’application de messages éphémères Snapchat.', 's1')];
    expect(leadTitleForms(lead, [fact('s1')], keys, 90)).not.toContain('L’entreprise de Mark Zuckerberg cherche par tous les moyens');
  });

  it('gives none that ends inside the clause a verb opens with "que", before its verb', () => {
    const lead = [body('Les juges estiment que la fermeture de l’usine de Vénissieux, en juin 2023, était injustifiée.', 's1')];
    expect(leadTitleForms(lead, [fact('s1')], keys, 90)).not.toContain('Les juges estiment que la fermeture de l’usine de Vénissieux');
    // After a comparative, "que" opens no clause.
    const more = [body('Les incendies ont détruit deux fois plus de forêts qu’en 2023, au Brésil et en Bolivie.', 's1')];
    expect(leadTitleForms(more, [fact('s1')], keys, 90)).toContain('Les incendies ont détruit deux fois plus de forêts qu’en 2023');
  });
});

describe('quotedHeadline', () => {
  const fact = (quote: string, attribution: string | undefined, entities: string[]): Fact => ({ sentenceId: 's4', numbers: [], entities, quote, ...(attribution !== undefined && { attribution }), dates: [], future: false });

  it('puts the speaker the source names before a headline that is a quotation whole', () => {
    const facts = [fact('Nous ne laisserons aucun canton sans médecin. Le salariat répond à une demande forte', 'Sophie Marchal devant la presse', ['Sophie Marchal'])];
    expect(quotedHeadline('« Nous ne laisserons aucun canton sans médecin »', facts)).toEqual({ text: 'Sophie Marchal : « Nous ne laisserons aucun canton sans médecin »', sentenceId: 's4' });
  });

  it.each([
    ['a headline that is no quotation whole', 'Médecins : « Nous ne laisserons aucun canton sans médecin »', ['Sophie Marchal']],
    ['a quotation the source gives to no one it names', '« Nous ne laisserons aucun canton sans médecin »', []],
  ])('leaves %s as it is', (_, headline, entities) => {
    const facts = [fact('Nous ne laisserons aucun canton sans médecin.', entities.length ? 'Sophie Marchal' : 'la ministre', entities)];
    expect(quotedHeadline(headline, facts)).toBeUndefined();
  });
});
