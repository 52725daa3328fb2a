import { describe, expect, it } from 'vitest';
import { chooseKeyphrase, inHeadline, rankPhrases, readsWhole, saidWhole } from '../../src/analysis/keywords.js';
import type { Sentence } from '../../src/types.js';

const body = (...texts: string[]): Sentence[] => texts.map((text, i) => ({ id: `s${i + 1}`, text, origin: 'body', paragraph: 0 }));

describe('rankPhrases', () => {

  it('gives each phrase its form with a determiner through one getter shared by every phrase (no hidden class of its own)', () => {
    const ranked = rankPhrases(body('La pénurie de puces frappe les usines automobiles.', 'La pénurie de puces dure.', 'Les usines automobiles attendent la fin de la pénurie de puces.', 'Les usines automobiles ferment.'));
    expect(ranked.map((k) => [k.text, k.withDeterminer])).toEqual(expect.arrayContaining([['pénurie de puces', 'la pénurie de puces'], ['usines automobiles', 'les usines automobiles']]));
    const getter = Object.getOwnPropertyDescriptor(ranked[0]!, 'withDeterminer')?.get;
    expect(getter).toBeTypeOf('function');
    for (const k of ranked) expect(Object.getOwnPropertyDescriptor(k, 'withDeterminer')?.get).toBe(getter);
    expect(Object.keys(ranked[0]!)).toEqual(['text', 'withDeterminer', 'proper']);
  });
  it('counts the class that introduces a name as a mention of it ("Le groupe de luxe Maison Verlaine … Le groupe explique")', () => {
    const sentences = body(
      'Le groupe de luxe Maison Verlaine a vu ses ventes reculer, et son titre a chuté à la Bourse de Paris.',
      'Le groupe de luxe français Maison Verlaine a publié ses résultats à Paris.',
      'Le groupe explique cette baisse par la Chine.',
      'La présidente du groupe reste confiante.',
      'Le groupe ouvrira des boutiques, dont une à la Bourse de Paris.',
      'Les ventes du groupe ont reculé.',
    );
    expect(chooseKeyphrase(sentences).text).toBe('Maison Verlaine');
  });

  it('takes a name in sentence case that the headline and the lede open on ("Le Tribunal constitutionnel annule…") over the phrases around it', () => {
    const ranked = rankPhrases(
      body(
        'Le Tribunal constitutionnel a annulé mardi trois articles du décret sur la pêche côtière, publié en mars.',
        'Le tribunal a jugé que le décret excédait les pouvoirs du ministre.',
        'Le décret prévoyait des quotas. Le décret fixait aussi des zones.',
        'Le ministère étudie le jugement. Un nouveau décret sera publié.',
      ),
      'Le Tribunal constitutionnel annule trois articles du décret sur la pêche côtière',
    );
    expect(ranked[0]?.text).toBe('Tribunal constitutionnel');
  });

  it('counts a name said once as one mention, though the noun phrases find it too ("l’Institut français de la mode")', () => {
    const ranked = rankPhrases(
      body('La semaine de la mode s’est ouverte lundi à Paris.', 'Les maisons défilent à Paris.', 'Selon l’Institut français de la mode (IFM), le secteur emploie 580 000 personnes.'),
      'Fashion week de Paris : les jeunes créateurs à l’honneur',
    );
    expect(ranked.map((k) => k.text)).not.toContain('Institut français de la mode');
  });

  it('does not take a name cut short for a name of its own ("Agence nationale de sécurité" of "… du médicament")', () => {
    const ranked = rankPhrases(
      body('L’Agence nationale de sécurité du médicament (ANSM) alerte sur des pénuries.', 'Selon l’Agence nationale de sécurité du médicament, 400 médicaments manquent.', 'L’ANSM publie une liste.'),
    );
    const texts = ranked.map((k) => k.text);
    expect(texts).toContain('Agence nationale de sécurité du médicament');
    expect(texts).not.toContain('Agence nationale de sécurité');
    expect(texts).not.toContain('Agence nationale');
    // A name that the longer one places ("de Montréal") is whole.
    const placed = rankPhrases(body('Le Musée des beaux-arts de Montréal accueille les toiles.', 'Le Musée des beaux-arts de Montréal les expose jusqu’en janvier.')).map((k) => k.text);
    expect(placed).toContain('Musée des beaux-arts');
  });

  it('ranks the phrase of the lede before a phrase that a name ends, in an example after it ("le trajet Paris-Lyon")', () => {
    const bullet = (text: string, i: number): Sentence => ({ id: `b${i}`, text, origin: 'bullet', paragraph: 0 });
    const sentences = [
      ...['Les tarifs des péages augmenteront en moyenne de 2,4 % le 1er février.', 'Le trajet Paris-Lyon en voiture coûtera 38,90 euros.'].map(bullet),
      ...body(
        'Les tarifs des péages augmenteront de 2,4 % sur le réseau concédé.',
        'Sur le trajet Paris-Lyon, le prix passera de 37,90 euros à 38,90 euros.',
        'L’an dernier, les péages avaient augmenté de 3,1 %.',
        'Les tarifs sont révisés chaque année. Les tarifs suivent l’inflation.',
        'Sur Paris-Lyon, les automobilistes paieront un euro de plus.',
        'Les péages restent chers, et Paris-Lyon plus encore.',
      ),
    ];
    expect(rankPhrases(sentences)[0]?.text).toBe('tarifs des péages');
  });

  it('puts a repeated two-word name first and leaves out a single mention', () => {
    const ranked = rankPhrases(body('Sam Altman veut lever des fonds.', 'Le projet de Sam Altman inquiète Jean Martin.'));
    expect(ranked[0]).toEqual({ text: 'Sam Altman', withDeterminer: 'Sam Altman', proper: true });
    expect(ranked.map((k) => k.text)).not.toContain('Jean Martin');
  });

  it('gives "boson de Higgs" the determiner that "du boson" implies', () => {
    const ranked = rankPhrases(body('La découverte du boson de Higgs a été saluée.', 'La masse du boson de Higgs est connue.'));
    expect(ranked[0]).toEqual({ text: 'boson de Higgs', withDeterminer: 'le boson de Higgs', proper: false });
  });

  it('takes a phrase of the headline that the text writes after "une" ("une trêve humanitaire"), with its definite article', () => {
    const ranked = rankPhrases(
      body('Les deux camps ont accepté samedi une trêve humanitaire de dix jours à Djeddah.', 'La médiation de l’Union africaine avait échoué.', 'L’Union africaine salue l’accord.'),
      'Soudan : une trêve humanitaire de dix jours conclue à Djeddah',
    );
    expect(ranked[0]).toEqual({ text: 'trêve humanitaire', withDeterminer: 'la trêve humanitaire', proper: false });
  });

  it.each([
    ['ancien maire', ['L’ancien maire de Villeneuve est condamné.', 'L’ancien maire de Villeneuve fait appel.', 'Patrick Lemaire dément.']],
    ['vaste étude', ['Une vaste étude le confirme.', 'La vaste étude porte sur 10 000 adultes.']],
    ['nouvelle version', ['La nouvelle version sort jeudi.', 'La nouvelle version est gratuite.']],
  ])('never takes a phrase that opens on an adjective standing before its noun ("%s")', (phrase, texts) => {
    expect(rankPhrases(body(...texts)).map((k) => k.text)).not.toContain(phrase);
  });

  it.each([
    ['ans de travaux', ['Après sept ans de travaux, la façade est propre.', 'Les sept ans de travaux ont coûté cher.']],
    ['hectares de garrigue', ['Le feu a brûlé 2 800 hectares de garrigue.', 'Les 2 800 hectares de garrigue sont perdus.']],
  ])('never takes the unit of a figure for a subject ("%s")', (phrase, texts) => {
    expect(rankPhrases(body(...texts)).map((k) => k.text)).not.toContain(phrase);
    expect(chooseKeyphrase(body(...texts)).text).not.toBe(phrase);
  });

  it('counts the mentions of a name alone towards the noun phrase it ends ("la fusée Ariane-7", "Ariane-7")', () => {
    const ranked = rankPhrases(body(
      'La fusée Ariane-7 a décollé mardi du Centre spatial guyanais.',
      'Le Centre spatial guyanais accueillait la fusée Ariane-7 pour son premier vol.',
      'Ariane-7 remplace le lanceur précédent.',
      'Les prochains vols d’Ariane-7 auront lieu en 2027.',
    ));
    expect(ranked[0]?.text).toBe('fusée Ariane-7');
  });

  it('does not count them towards a name with its nationality ("l’américain Boeing")', () => {
    const ranked = rankPhrases(body(
      'Airbus reste devant l’américain Boeing, freiné par ses problèmes de qualité.',
      'Boeing a livré 348 appareils.',
      'Boeing espère remonter la pente.',
      'Les commandes de Boeing reculent, selon les compagnies aériennes.',
      'Les compagnies aériennes attendent.',
    ));
    expect(ranked[0]?.text).not.toBe('américain Boeing');
  });

  it('keeps a name that opens on such an adjective ("Nouvelle Démocratie")', () => {
    const ranked = rankPhrases(body('Nouvelle Démocratie a gagné.', 'Le chef de Nouvelle Démocratie forme un gouvernement.'));
    expect(ranked.map((k) => k.text)).toContain('Nouvelle Démocratie');
  });

  it('ranks a phrase that goes on with a complement ("agence régionale de santé") before its first words', () => {
    const ranked = rankPhrases(body('Les urgences fermeront la nuit, a annoncé l’agence régionale de santé.', 'L’agence régionale de santé invoque un manque de médecins.'));
    expect(ranked[0]?.text).toBe('agence régionale de santé');
  });

  it('does not take a word of a name written in sentence case for a name ("Santé publique France", "la France métropolitaine")', () => {
    const ranked = rankPhrases(body(
      'L’épidémie de grippe s’étend à la France métropolitaine, a annoncé Santé publique France.',
      'L’épidémie de grippe touche surtout les enfants, selon Santé publique France.',
      'Santé publique France appelle à se faire vacciner.',
    ));
    expect(ranked.map((k) => k.text)).not.toContain('France');
    expect(ranked[0]?.text).toBe('épidémie de grippe');
  });

  it('does not take the head of a name in sentence case for a name ("l’Assurance maladie")', () => {
    const ranked = rankPhrases(body(
      'Le vaccin est pris en charge par l’Assurance maladie pour les personnes à risque.',
      'Les arrêts de travail augmentent, selon l’Assurance maladie.',
      'Le directeur de l’Assurance maladie appelle à se faire vacciner.',
      'Le coût pour l’Assurance maladie atteint 90 millions d’euros.',
    ));
    expect(ranked.map((k) => k.text)).not.toContain('Assurance');
  });

  it('ranks the phrase the lede says the story in before a name that is not its subject ("motion de censure")', () => {
    const ranked = rankPhrases(body(
      'Le gouvernement de Claire Vasseur a survécu mardi à une motion de censure déposée par la gauche.',
      'La motion n’a recueilli que 271 voix.',
      'La Première ministre, Claire Vasseur, a dénoncé une coalition des contraires.',
      'Les centristes ont refusé de voter la censure.',
      'Il s’agit du sixième recours au 49.3 depuis la nomination de Claire Vasseur, en janvier.',
      'Selon un sondage, 58 % des Français souhaitaient que la motion de censure soit adoptée.',
      'Une nouvelle motion pourrait être déposée, et le groupe a voté la censure.',
    ));
    expect(ranked[0]?.text).toBe('motion de censure');
  });

  it('keeps a name that is the subject of the lede ("Le chef d’OpenAI, Sam Altman, souhaiterait…")', () => {
    const ranked = rankPhrases(body(
      'Le chef d’OpenAI, Sam Altman, souhaiterait lever des milliards de dollars pour remédier à la pénurie de puces.',
      'Sam Altman a discuté avec des investisseurs de la pénurie de puces.',
      'La pénurie frappe les fabricants, et les puces manquent.',
      'Le projet de Sam Altman inquiète, car la pénurie dure.',
    ));
    expect(ranked[0]?.text).toBe('Sam Altman');
  });

  it('does not take a century for what the text is about ("une épave du XVIIe siècle")', () => {
    const ranked = rankPhrases(body('Une épave du XVIIe siècle a été découverte.', 'L’épave du XVIIe siècle repose par 62 mètres de fond.', 'Le navire a coulé au XVIIe siècle.'));
    expect(ranked.map((k) => k.text)).not.toContain('XVIIe siècle');
  });

  it('takes the noun that the headline and the lede open on, under bullets, over a phrase the bullets say ("L’inflation ralentit…")', () => {
    const bullets: Sentence[] = [
      'Les prix à la consommation ont augmenté de 1,2 % sur un an en octobre.',
      'Les services restent le principal moteur de la hausse des prix.',
    ].map((text, i) => ({ id: `b${i + 1}`, text, origin: 'bullet', paragraph: -1 }));
    const sentences = [
      ...bullets,
      ...body(
        'L’inflation a de nouveau ralenti en France en octobre, à 1,2 % sur un an, selon l’Insee.',
        'Ce recul s’explique par la baisse des prix de l’énergie.',
        'Les services soutiennent la hausse des prix, avec une progression de 2,4 %.',
        'Mesurée selon les normes européennes, l’inflation s’établit à 1,3 %.',
        'La hausse des prix reste forte sur trois ans.',
        'L’Insee prévoit une inflation proche de 1 % à la fin de l’année.',
      ),
    ];
    expect(rankPhrases(sentences, 'L’inflation ralentit à 1,2 % en octobre, selon l’Insee')[0]?.text).toBe('inflation');
    // A noun the headline does not open on weighs as a common noun alone: the phrase ranks first.
    expect(rankPhrases(sentences, 'Les prix ralentissent : l’inflation à 1,2 % en octobre')[0]?.text).toBe('hausse des prix');
  });

  it('returns nothing when no phrase comes back', () => {
    expect(rankPhrases(body('Le marché a chuté.'))).toEqual([]);
  });
});

describe('chooseKeyphrase', () => {
  it('chooses the best ranked phrase', () => {
    const keyphrase = chooseKeyphrase(body('Jean Martin a parlé.', 'Sam Altman veut lever des fonds.', 'Le projet de Sam Altman inquiète.'));
    expect(keyphrase.text).toBe('Sam Altman');
  });

  it.each([
    ['levée de fonds', 'la levée de fonds', false],
    ['OpenAI', 'OpenAI', true],
  ])('keeps the forced keyphrase "%s", with its article when it is a common noun', (forced, withDeterminer, proper) => {
    expect(chooseKeyphrase(body('Sam Altman veut lever des fonds.', 'Sam Altman insiste.'), undefined, forced))
      .toEqual({ text: forced, withDeterminer, proper });
  });

  it('gives a forced name the article the source gives it', () => {
    expect(chooseKeyphrase(body('La Tour Eiffel sera protégée.', 'Les travaux de la Tour Eiffel commencent.'), undefined, 'Tour Eiffel').withDeterminer)
      .toBe('la Tour Eiffel');
  });
});

describe('the keyphrase’s article', () => {
  it.each([
    // The article agrees with the phrase as it is kept, whatever number the source used most.
    [['La puce électronique coûte cher.', 'Les puces électroniques manquent.', 'Les puces électroniques arrivent.'], 'puce électronique', 'la puce électronique'],
    // The source says an invariable noun is plural here.
    [['Les cas de dengue augmentent.', 'Les cas de dengue inquiètent.'], 'cas de dengue', 'les cas de dengue'],
    // The source's le or la decides a word with two genders.
    [['Le tour de France part.', 'Le tour de France arrive.'], 'tour de France', 'le tour de France'],
    [['La Tour Eiffel brille.', 'La Tour Eiffel attire.'], 'Tour Eiffel', 'la Tour Eiffel'],
  ])('%j → %s: %s', (texts, text, expected) => {
    expect(rankPhrases(body(...texts)).find((k) => k.text === text)?.withDeterminer).toBe(expected);
  });
});

describe('inHeadline', () => {
  it.each([
    ['Ubuntu 12.10', 'Informatique : Sortie d’une nouvelle version 12.10 d’Ubuntu', true],
    ['relais jamaïcain', 'Jeux olympiques de Rio : le relais jamaïcain offre à Bolt son troisième triplé', true],
    ['Tour Eiffel', 'France : la tour Eiffel devrait être protégée', true],
    ['Sanofi Pasteur', 'Philippines : le pays lance la première campagne de vaccination anti-dengue', false],
    ['Ubuntu 12.04', 'Sortie d’une nouvelle version 12.10 d’Ubuntu', false],
    // Folded word by word: an elided article, accents, a plural and short words weigh as in the whole phrase.
    ['privés d’électricité', 'Des milliers de foyers privés d’electricite', true],
    ['pénurie de puces', 'La PÉNURIE de puce s’aggrave', true],
    ['de la', 'La pénurie de puces', false],
    ['Musée d’Orsay', 'Le musée du Louvre', false],
  ])('%s in %s → %s', (phrase, headline, expected) => {
    expect(inHeadline(phrase, headline)).toBe(expected);
  });
});

describe('rankPhrases with verbs', () => {
  it('never takes a name and a verb for a phrase ("Chili reçoit")', () => {
    const ranked = rankPhrases(body('Le Chili reçoit une donation.', 'Le Chili reçoit des terres.', 'Le Chili reçoit un parc.'), 'Le Chili reçoit la plus grande donation');
    expect(ranked.map((k) => k.text)).not.toContain('Chili reçoit');
  });

  it('never takes a participle and its object for a phrase ("frappé le Gard"), but keeps an article after "de"', () => {
    const ranked = rankPhrases(
      body('Des orages ont frappé le Gard lundi.', 'La pluie a frappé le Gard toute la nuit.', 'Le ministère de la Culture aide le Gard.', 'Le ministère de la Culture paie.'),
      'Des orages ont frappé le Gard',
    );
    expect(ranked.map((k) => k.text)).not.toContain('frappé le Gard');
    expect(ranked.map((k) => k.text)).toContain('ministère de la Culture');
  });

  it('never takes a phrase that only the headline holds: the keyphrase must be in the text', () => {
    const sentences = body('De violents orages ont frappé la région dimanche.', 'Près de 12 000 foyers étaient encore privés d’électricité lundi.');
    const title = 'Inondations : des milliers de foyers privés d’électricité';
    expect(rankPhrases(sentences, title).map((k) => k.text)).not.toContain('milliers de foyers');
    expect(chooseKeyphrase(sentences, title).text).not.toBe('milliers de foyers');
  });

  it('in the fallback, takes the headline’s name that the text says once over a phrase of the lead that no headline word holds', () => {
    const sentences = body(
      'Les pompiers du Pas-de-Calais ont évacué mardi plus de 400 habitants, après une crue qui a atteint un niveau inédit depuis 2023.',
      'À Arques, la mairie a ouvert deux gymnases pour accueillir les familles sinistrées.',
      'Le préfet a annoncé la fermeture de 14 routes départementales.',
    );
    expect(chooseKeyphrase(sentences, 'Inondations dans le Pas-de-Calais : des centaines d’habitants évacués').text).toBe('Pas-de-Calais');
  });

  it('never takes a conjugated verb into a phrase, even in the fallback ("achèvent en Bourgogne", "péages augmenteront")', () => {
    const sentences = body('Les vendanges s’achèvent en Bourgogne avec une hausse de 18 %.', 'Les vendanges s’achèvent en Bourgogne sous le soleil.', 'Les tarifs des péages augmenteront en février.', 'Les péages augmenteront de 2 %.');
    const texts = rankPhrases(sentences).map((k) => k.text);
    expect(texts).not.toContain('achèvent en Bourgogne');
    expect(texts).not.toContain('péages augmenteront');
    expect(chooseKeyphrase(sentences.slice(0, 2)).text).not.toBe('achèvent en Bourgogne');
  });

  it('never takes a name and its verb for a phrase, in the singular too ("Seine-Maritime remporte"), and keeps an adjective after a noun ("vigilance orange")', () => {
    const sentences = body('Un joueur de Seine-Maritime remporte 167 millions d’euros.', 'Un habitant de Seine-Maritime remporte le jackpot.', 'La FDJ rappelle que le jeu doit rester un plaisir.', 'La FDJ rappelle ses règles.', 'La vigilance orange est levée.', 'La vigilance orange concerne trois départements.');
    const texts = rankPhrases(sentences).map((k) => k.text);
    expect(texts).not.toContain('Seine-Maritime remporte');
    expect(texts).not.toContain('FDJ rappelle');
    expect(texts).toContain('vigilance orange');
  });

  it('avoids a phrase with an elided word, which Yoast cannot find in a slug', () => {
    const sentences = body('Les foyers privés d’électricité attendent.', 'Les foyers privés d’électricité sont nombreux.', 'La panne de courant dure.', 'La panne de courant inquiète.');
    expect(rankPhrases(sentences).map((k) => k.text)).toEqual(expect.arrayContaining(['panne de courant']));
    expect(rankPhrases(sentences).map((k) => k.text)).not.toContain('privés d’électricité');
  });
});


describe('a subject of one word', () => {
  const bullet = (...texts: string[]): Sentence[] => texts.map((text, i) => ({ id: `b${i + 1}`, text, origin: 'bullet', paragraph: -1 }));

  it('takes a name of one word that the lead makes its subject ("Airbus a livré…")', () => {
    const sentences = [
      ...bullet('Airbus a livré 766 avions commerciaux en 2024, un chiffre en hausse de 4 % sur un an.', 'Le constructeur reste devant Boeing.'),
      ...body('Airbus a annoncé jeudi avoir livré 766 avions, un chiffre en hausse sur un an.', 'Airbus doit publier ses résultats en février.'),
    ];
    expect(chooseKeyphrase(sentences).text).toBe('Airbus');
  });

  it('never takes a place or a source named after a preposition ("cour d’appel de Lyon", "selon l’Insee")', () => {
    const sentences = body(
      'La cour d’appel de Lyon a condamné Valmora, selon l’Insee.',
      'Le conseil de Lyon avait jugé autrement, selon l’Insee.',
      'À Lyon, les salariés attendent, selon l’Insee.',
    );
    expect(rankPhrases(sentences).map((k) => k.text)).not.toEqual(expect.arrayContaining(['Lyon']));
    expect(rankPhrases(sentences).map((k) => k.text)).not.toEqual(expect.arrayContaining(['Insee']));
  });

  it('takes a name of the lead that the body names again over a phrase that only ranks a thing ("phase principale")', () => {
    const sentences = [
      ...bullet('945 300 candidats ont confirmé un vœu sur Parcoursup.', '38 700 lycéens attendaient encore à la fin de la phase principale.'),
      ...body('La phase principale d’admission de Parcoursup s’est achevée vendredi.', 'Les candidats ont formulé 13,2 vœux.'),
    ];
    expect(chooseKeyphrase(sentences).text).toBe('Parcoursup');
  });

  it.each([
    ['a place after "de"', ['Les urgences de l’hôpital de Vierzon fermeront la nuit.'], ['Le maire de Vierzon proteste contre la fermeture des urgences.'], 'Vierzon'],
    ['a name with its article', ['Un accord engage la Grèce sur les réformes.'], ['Les réformes de la Grèce attendront l’accord.'], 'Grèce'],
    ['a source', ['Seuls 24 % font confiance au gouvernement, selon le baromètre mensuel de l’institut Opinia.'], ['Le gouvernement perd trois points selon l’institut Opinia.'], 'Opinia'],
  ])('does not take %s for what the text is about', (_, lead, rest, name) => {
    expect(rankPhrases([...bullet(...lead), ...body(...rest)]).map((k) => k.text)).not.toContain(name);
  });

  it('leaves a name of one word to the longer name that holds it ("Ubuntu 12.10")', () => {
    const sentences = body('Ubuntu 12.10 sort jeudi.', 'Ubuntu 12.10 apporte des nouveautés.', 'Ubuntu gagne des utilisateurs.', 'Ubuntu reste gratuit.');
    expect(rankPhrases(sentences)[0]?.text).toBe('Ubuntu 12.10');
  });

  it('takes a noun of the headline that the lead and the text keep using, and never the unit of a figure', () => {
    const title = 'Une bactérie des sols bretons capable de digérer le polystyrène';
    const sentences = body(
      'Des chercheurs ont identifié une bactérie capable de dégrader le polystyrène.',
      'En laboratoire, elle a dégradé des échantillons de polystyrène en 60 jours.',
      'Le polystyrène représente 6 % des plastiques.',
      'La bactérie capable de cet exploit vient de Lorient.',
    );
    const ranked = rankPhrases(sentences, title);
    expect(ranked[0]).toEqual({ text: 'polystyrène', withDeterminer: 'le polystyrène', proper: false });
    // "bactérie capable" is cut short of its complement.
    expect(ranked.map((k) => k.text)).not.toContain('bactérie capable');
    const heat = body('La France a connu 49 vagues de chaleur.', 'Les vagues de chaleur reviennent.', 'Trois vagues ont touché le sud.');
    expect(rankPhrases(heat, 'Vagues de chaleur : 49 vagues depuis 1947').map((k) => k.text)).not.toContain('vagues');
  });
});

describe('the keyphrase as the text writes it', () => {
  it('takes a phrase in the case a sentence writes it, not with the capital that opened the headline', () => {
    const title = 'Tempête Ophélie : 180 000 foyers privés d’électricité dans le Sud-Ouest';
    const sentences = body('La tempête Ophélie a balayé dans la nuit les côtes atlantiques.', 'Les rafales de la tempête Ophélie ont atteint 172 km/h au cap Ferret.');
    expect(rankPhrases(sentences, title)[0]?.text).toBe('tempête Ophélie');
  });

  it('keeps the capital of a name that the sentences write with it too', () => {
    const title = 'Tour Eiffel : un mur de verre pour la protéger';
    const sentences = body('La Tour Eiffel sera protégée par un mur de verre.', 'Les visiteurs de la Tour Eiffel passeront par des portiques.', 'La Société d’exploitation de la tour Eiffel a validé le projet.');
    expect(rankPhrases(sentences, title)[0]?.text).toBe('Tour Eiffel');
  });
});

describe('a company named after its class', () => {
  it('is the name alone when the text says it alone too', () => {
    const sentences = body(
      'Le fabricant américain Lumen a présenté mardi son nouveau casque de réalité mixte.',
      'Le fabricant Lumen vise les professionnels de la conception.',
      'Lumen annonce une autonomie de trois heures.',
      'Selon Lumen, les premières livraisons auront lieu en juin.',
    );
    const ranked = rankPhrases(sentences).map((k) => k.text);
    expect(ranked[0]).toBe('Lumen');
    expect(ranked.filter((text) => text === 'Lumen')).toHaveLength(1);
  });

  it('reads a network as the class of the company it names ("le réseau social Facebook")', () => {
    const sentences = body(
      'Le réseau social Facebook teste une nouvelle application de messages éphémères.',
      'Le réseau social Facebook l’a annoncé mardi.',
      'Facebook vise les adolescents. Facebook avait déjà tenté sa chance en 2012.',
    );
    expect(rankPhrases(sentences)[0]?.text).toBe('Facebook');
  });

  it('keeps a class that readers say with the name', () => {
    const sentences = body(
      'La tempête Ingrid a frappé la Bretagne dans la nuit.',
      'La tempête Ingrid a privé 20 000 foyers d’électricité.',
      'Ingrid s’éloigne vers la Manche.',
      'Les pompiers attendent le départ d’Ingrid pour intervenir.',
    );
    expect(rankPhrases(sentences)[0]?.text).not.toBe('Ingrid');
  });
});

describe('people who rank first', () => {
  it('give way to what they share when four of them rank first', () => {
    const sentences = body(
      'La liste de Marion Delorme est arrivée en tête de l’élection régionale avec 31,4 % des voix.',
      'Marion Delorme devance Thierry Vasseur, qui recueille 24,7 %, Nadia Benali et Sébastien Morin.',
      'Thierry Vasseur appelle au rassemblement ; Nadia Benali se maintient ; Sébastien Morin se retire.',
      'Marion Delorme, Thierry Vasseur, Nadia Benali et Sébastien Morin débattront jeudi.',
      'L’élection régionale partielle avait été provoquée par une démission.',
    );
    expect(rankPhrases(sentences)[0]?.text).toBe('élection régionale');
  });

  it('keep the first rank when fewer than four of them rank first', () => {
    const sentences = body(
      'Sam Altman veut lever des milliards de dollars pour les puces.',
      'Sam Altman a rencontré des investisseurs.',
      'Les investisseurs de Sam Altman restent prudents.',
    );
    expect(rankPhrases(sentences)[0]?.text).toBe('Sam Altman');
  });
});

describe('a long name and its acronym', () => {
  it('gives way to the acronym, with the name’s article', () => {
    const sentences = body(
      'L’Agence nationale de sécurité du médicament et des produits de santé (ANSM) a recensé 4 925 signalements.',
      'L’Agence nationale de sécurité du médicament (ANSM) publie ce rapport chaque année.',
      'L’Agence nationale de sécurité du médicament tient la liste des médicaments en tension.',
      'L’ANSM publiera chaque mois cette liste.',
    );
    const [first] = rankPhrases(sentences);
    expect(first?.text).toBe('ANSM');
    expect(first?.withDeterminer).toBe('l’ANSM');
  });
});

describe('rankPhrases: a state the headline puts its subject in', () => {
  const sentences = body(
    'La préfète a signé jeudi un arrêté plaçant 312 communes du département en alerte renforcée.',
    'L’arrosage des pelouses est interdit jusqu’au 31 août.',
    'Les agriculteurs devront réduire leurs prélèvements de moitié.',
    'Les communes voisines restent en alerte renforcée jusqu’à nouvel ordre.',
    'L’an dernier, l’Office français de la biodiversité (OFB) avait effectué près de 600 contrôles.',
  );
  it('takes the phrase the text says after "en" when the headline says it, with no article anywhere', () => {
    expect(rankPhrases(sentences, 'Sécheresse : la Charente-Maritime passe en alerte renforcée')[0]?.text).toBe('alerte renforcée');
  });
  it('takes none the headline does not say: a state is the story only where the headline makes it so', () => {
    expect(rankPhrases(sentences, 'Sécheresse : l’arrosage interdit dans le département').map((k) => k.text)).not.toContain('alerte renforcée');
  });
});

describe('rankPhrases: an adjective before the noun', () => {
  it('reads "une nouvelle espèce de grenouille" as the phrase with its article: it can be the keyphrase', () => {
    const sentences = body(
      'Des chercheurs ont décrit une nouvelle espèce de grenouille arboricole dans la revue Zootaxa.',
      'L’animal a été observé pour la première fois en 2023 sur les pentes du mont Itoupé.',
      'L’espèce mesure entre 18 et 24 millimètres.',
      'Le mont Itoupé abrite de nombreuses espèces endémiques.',
      'L’espèce serait menacée par l’orpaillage.',
    );
    const ranked = rankPhrases(sentences, 'Une nouvelle espèce de grenouille découverte dans les forêts de Guyane');
    expect(ranked.map((k) => k.text)).toContain('espèce de grenouille');
    expect(ranked.find((k) => k.text === 'espèce de grenouille')?.withDeterminer).toBe('l’espèce de grenouille');
  });
});

describe('saidWhole', () => {
  const sentences = body(
    'Le projet de zone commerciale porté par la maire a été rejeté.',
    '« Le projet de zone commerciale aurait créé 250 emplois », a-t-elle dit.',
    'Le club jouera la demi-finale de la Ligue des champions féminine.',
    'Battues en Ligue des champions féminine, les joueuses rentrent.',
    'La trajectoire des dépenses de l’assurance maladie inquiète. La trajectoire des dépenses de l’assurance maladie dérape.',
    'L’application Facebook reprend une idée. La direction de SNCF Voyageurs juge la grève injustifiée.',
    'Le prix des logements baisse. Le prix des logements anciens baisse plus.',
  );

  it('gives a phrase the words the text always says after it ("projet de zone" → "projet de zone commerciale")', () => {
    expect(saidWhole(['projet de zone', 'trajectoire des dépenses'], sentences)).toEqual(['projet de zone commerciale', 'trajectoire des dépenses de l’assurance maladie']);
  });

  it('reads the sentences that the ranking read before it as a first reading does (their tokens are kept for the article)', () => {
    const first = saidWhole(['projet de zone', 'champions féminine', 'prix des logements'], sentences);
    rankPhrases(sentences, 'Le projet de zone commerciale rejeté');
    expect(saidWhole(['projet de zone', 'champions féminine', 'prix des logements'], sentences)).toEqual(first);
    expect(first).toEqual(['projet de zone commerciale', 'prix des logements']);
  });

  it('answers one phrase at a time from one reading of the text (readsWhole), as saidWhole does; \'\' for a phrase left out', () => {
    const wholeOf = readsWhole(sentences);
    expect(['projet de zone', 'champions féminine', 'prix des logements'].map(wholeOf)).toEqual(['projet de zone commerciale', '', 'prix des logements']);
  });

  it('leaves out a phrase in lower case that always completes the same noun ("champions féminine" of "Ligue des champions féminine")', () => {
    expect(saidWhole(['champions féminine', 'Ligue des champions'], sentences)).toEqual(['Ligue des champions féminine']);
  });

  it('keeps a phrase the text says with other words after it, or a name said once ("SNCF Voyageurs juge", "Facebook reprend")', () => {
    expect(saidWhole(['prix des logements', 'SNCF Voyageurs', 'application Facebook'], sentences)).toEqual(['prix des logements', 'SNCF Voyageurs', 'application Facebook']);
  });

  it('stops at the limit with the phrases it would give first, a phrase left out not counting', () => {
    const phrases = ['champions féminine', 'projet de zone', 'prix des logements', 'SNCF Voyageurs', 'application Facebook'];
    expect(saidWhole(phrases, sentences, undefined, 2)).toEqual(saidWhole(phrases, sentences).slice(0, 2));
    expect(saidWhole(phrases, sentences, undefined, 2)).toEqual(['projet de zone commerciale', 'prix des logements']);
  });
});

describe('rankPhrases: the headline’s nouns', () => {
  it('takes no word of time for the subject ("au troisième trimestre" says when, not what)', () => {
    const sentences = body(
      'Le PIB a progressé de 0,1 % par rapport au trimestre précédent, selon l’Insee.',
      'L’investissement a reculé sur le trimestre, et la consommation a stagné.',
      'Le taux de chômage a augmenté pendant le trimestre, selon l’Insee.',
    );
    expect(rankPhrases(sentences, 'La croissance ralentit à 0,1 % au troisième trimestre').map((k) => k.text)).not.toContain('trimestre');
  });
});

describe('rankPhrases: the headline’s rubric', () => {
  // A fire told through the hospital that took the injured man: the hospital, named often, ranks first on its own.
  const fire = body(
    'Un incendie s’est déclaré dans la nuit dans un immeuble de cinq étages, rue Gambetta.',
    'Un homme de 58 ans a été transporté au CHU de Lille, où il est soigné.',
    'Les pompiers ont maîtrisé l’incendie vers 5 heures.',
    'Le CHU de Lille a précisé que ses jours ne sont pas en danger.',
    'Selon le CHU de Lille, deux autres habitants ont été examinés.',
  );

  it('puts the rubric’s head first when the headline does not hold the phrase ranked first', () => {
    expect(rankPhrases(fire)[0]?.text).toBe('CHU de Lille');
    const ranked = rankPhrases(fire, 'Incendie dans un immeuble de Lille : quarante habitants évacués, un blessé grave');
    expect(ranked[0]?.text).toBe('incendie');
    // The keyphrase takes the article the body gives it.
    expect(ranked[0]?.withDeterminer).toBe('l’incendie');
    expect(ranked.map((k) => k.text)).toContain('CHU de Lille');
  });

  it('takes the rubric’s noun phrase as the body writes it, up to what says where ("Grippe aviaire : …")', () => {
    const ranked = rankPhrases(
      body(
        'Un foyer de grippe aviaire a été confirmé dans un élevage des Landes.',
        'Le foie gras de la région est touché. Le foie gras représente la moitié des ventes.',
        'Les producteurs de foie gras demandent des aides.',
      ),
      'Grippe aviaire : un nouveau foyer dans les Landes',
    );
    expect(ranked[0]?.text).toBe('grippe aviaire');
  });

  it('leaves a phrase of the headline first: it says the news better than its class ("Cryptomonnaies : le bitcoin…")', () => {
    const sentences = body(
      'Le bitcoin a perdu 18 % en 24 heures, selon les plateformes de cryptomonnaies.',
      'Le bitcoin valait encore 90 000 dollars lundi.',
      'Les autres cryptomonnaies ont suivi le bitcoin dans sa chute.',
    );
    expect(rankPhrases(sentences, 'Cryptomonnaies : le bitcoin s’effondre de 18 % en 24 heures')[0]?.text).toBe('bitcoin');
  });

  it('leaves a person first whom the headline names by a role ("l’ancien maire")', () => {
    const sentences = body(
      'Le tribunal a condamné l’ancien maire, Gérard Malvoisin, pour corruption.',
      'Gérard Malvoisin a fait appel. La corruption portait sur un marché public.',
      'L’avocat de Gérard Malvoisin conteste les faits de corruption.',
    );
    expect(rankPhrases(sentences, 'Corruption à la mairie : l’ancien maire condamné à 30 mois de prison')[0]?.text).toBe('Gérard Malvoisin');
  });

  it('takes no section of the paper, no kind of article, no place, no noun a name completes, and nothing the body does not say', () => {
    const headlines = [
      'Santé : le CHU de Lille ouvre un service',
      'Lille : un incendie dans un immeuble',
      'Sommet de Dakar : un accord sur l’eau',
      'Explosion dans un immeuble : quarante habitants évacués',
      // A kind of article, not its subject.
      'Enquête : un incendie dans un immeuble de Lille',
    ];
    const sentences = body(...fire.map((s) => s.text), 'La santé des habitants est surveillée. Un sommet de crise s’est tenu.', 'Une enquête a été ouverte : l’enquête dira comment le feu a pris.');
    for (const headline of headlines) expect(rankPhrases(sentences, headline)[0]?.text, headline).toBe('CHU de Lille');
  });
});
