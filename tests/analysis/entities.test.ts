import { describe, expect, it } from 'vitest';
import { acronymStart, capitalisedInside, endsOnDigit, findEntities, forEachMention, isOrdinal, isWordCode, namedAfterEn, onlyAsPlace, opensOnCapital, opensOnCode, opensOnLowerCase, opensOnSmallLetter, withArticle } from '../../src/analysis/entities.js';
import { seededIntegers } from '../support/random.js';

describe('findEntities', () => {
  it.each([
    ['Le chef d’OpenAI, Sam Altman, veut lever des fonds.', ['OpenAI', 'Sam Altman']],
    ['Il a rencontré le cheikh Tahnoun ben Zayed al Nahyan à Abou Dhabi.', ['Tahnoun ben Zayed al Nahyan', 'Abou Dhabi']],
    ['Canonical publie Ubuntu 12.10 jeudi.', ['Canonical', 'Ubuntu 12.10']],
    // A figure that measures is no version number.
    ['La rénovation des écoles en absorbe 38 millions, la piscine de Maurepas 22 millions.', ['Maurepas']],
    ['La Banque de France a publié ses chiffres.', ['Banque de France']],
    // A cardinal point after "de l’" ends the place's name, as after "du"; another name after "de l’" is one more.
    ['Onze pays d’Afrique de l’Ouest et l’Europe de l’Est ont signé.', ['Afrique de l’Ouest', 'Europe de l’Est']],
    ['Il vit en Afrique du Sud.', ['Afrique du Sud']],
    // A name after a disease or a scale it names is no one the text cites.
    ['Malgré une maladie de Parkinson, Marcel Obiang jouait encore à Vienne.', ['Marcel Obiang', 'Vienne']],
    ['L’ouragan a touché terre en catégorie 4 sur l’échelle de Saffir-Simpson, selon Desmond Clarke.', ['Desmond Clarke']],
    ['La sonde Lunaris de l’Agence spatiale européenne a atterri.', ['Lunaris', 'Agence']],
    // A unit's symbol after a figure is no name; a longer word that names a race is.
    ['Selon Bertrand Lemaire, le déficit atteint 13,8 Md€, et la version de 256 Go coûte 1 229 €.', ['Bertrand Lemaire']],
    ['Il a gagné les 24 Heures du Mans en 2019.', ['Heures du Mans']],
    ['En 2012, Apple a vendu plus.', ['Apple']],
    // A minister's portfolio is not a name.
    ['La ministre du Travail, Catherine Vautrin, défend le texte.', ['Catherine Vautrin']],
    ['Le ministre de l’Intérieur se rendra à Alès.', ['Alès']],
    ['Le ministère de la Culture finance le Louvre.', ['Louvre']],
    ['La ministre déléguée chargée de l’Espace, Hélène Garnier, était présente.', ['Hélène Garnier']],
    ['Le ministre de la Transition écologique, Paul Mercadier, soutient le texte.', ['Paul Mercadier']],
    // A foreign minister's too.
    ['Plus de 31 000 personnes sont arrivées, d’après les chiffres du ministère britannique de l’Intérieur.', []],
    ['La ministre allemande des Finances, Anna Weber, a répondu.', ['Anna Weber']],
    // A capitalised word whose "d’" or "du" leads to a common noun names a thing; one that leads to a verb is a name.
    ['Le film a reçu la Palme d’or à Cannes.', ['Cannes']],
    ['Il veut rester dans la Coupe du monde.', []],
    ['Son film avait été présenté à la Quinzaine des cinéastes.', []],
    ['La Bretagne des années 1980 revit au musée.', ['Bretagne']],
    ['Le prêt au Royaume-Uni d’ici cinq ans surprend.', ['Royaume-Uni']],
    ['La volonté de la Grèce d’honorer ses engagements rassure.', ['Grèce']],
    // After a singular article a noun of nationality speaks of a person: the name is the one after it, if any.
    ['« C’est un rêve », a déclaré le Brésilien lors de sa présentation.', []],
    ['Le prix de la mise en scène est revenu au Coréen Park Min-ho.', ['Park Min-ho']],
    // "Kényan" is written with its accent as often as without.
    ['La Kényane Esther Kiprono a battu le record, devant le Kényan Daniel Kibet.', ['Esther Kiprono', 'Daniel Kibet']],
    ['Le record de l’Américain Carl Lewis tient toujours.', ['Carl Lewis']],
    // The plural may name a team; a word that only ends like a nationality is a name.
    ['Les Jamaïcains ont battu le record du monde.', ['Jamaïcains']],
    ['Il visite le Palais Bourbon.', ['Palais Bourbon']],
    // An acronym in parentheses spells the whole name, lower-case words included.
    ['La Direction nationale du contrôle de gestion (DNCG) avait menacé le club.', ['Direction nationale du contrôle de gestion', 'DNCG']],
    ['L’Organisation mondiale de la santé (OMS) recommande une heure de marche.', ['Organisation mondiale de la santé', 'OMS']],
    ['Les Jeux olympiques (JO) de Paris.', ['Jeux olympiques', 'JO', 'Paris']],
    // Letters that do not spell the words before leave the name as its capitals give it.
    ['Il a rejoint la DNCG (Direction nationale) hier.', ['DNCG', 'Direction']],
    // The word of a street or a square belongs to its name, after an article.
    ['Ils ont braqué une bijouterie de la rue Crébillon, à Nantes.', ['rue Crébillon', 'Nantes']],
    // In an address, the way follows its number or a comma: the name is the whole, not "Gambetta" alone.
    ['Le feu a pris au 27, rue Gambetta, à Lille, après celui du boulevard de Belfort.', ['rue Gambetta', 'Lille', 'boulevard de Belfort']],
    ['Un gymnase a ouvert, rue d’Esquermes, pour les habitants.', ['rue d’Esquermes']],
    ['La manifestation partira de la place de la Concorde.', ['place de la Concorde']],
    ['Il habite boulevard Haussmann.', ['Haussmann']],
    ['Il a pris la route de Lyon.', ['Lyon']],
    // After a dateline's dash a sentence starts: its first word is no name.
    ['Carcassonne, 6 août 2026 (AFP) – Un violent incendie a ravagé les Corbières.', ['Carcassonne', 'AFP', 'Corbières']],
    // The capitalised word of a title (lexicon/roles.json) is no name; the name that follows it is.
    ['Selon le procureur de la République de Nantes, Renaud Gaudeul, le butin est estimé.', ['Nantes', 'Renaud Gaudeul']],
    ['Le Premier ministre sortant, Luís Montenegro, a parlé.', ['Luís Montenegro']],
    ['Le président de la République, Marcelo Rebelo de Sousa, a parlé.', ['Marcelo Rebelo de Sousa']],
    ['La Banque de France a publié ses chiffres.', ['Banque de France']],
    // A cardinal point after "de l’" ends the place's name, as after "du"; another name after "de l’" is one more.
    ['Onze pays d’Afrique de l’Ouest et l’Europe de l’Est ont signé.', ['Afrique de l’Ouest', 'Europe de l’Est']],
    ['Il vit en Afrique du Sud.', ['Afrique du Sud']],
    ['La sonde Lunaris de l’Agence spatiale européenne a atterri.', ['Lunaris', 'Agence']],
    // A short quotation that opens on a capital is a title; a long one may hold names.
    ['Le festival a primé « Les Heures claires », de Marie Vandamme, et « La Rivière noire ».', ['Marie Vandamme']],
    ['« Nous suivrons les recommandations de la Commission européenne sur ce point », a dit Jean Dupont.', ['Commission', 'Jean Dupont']],
    // An English name keeps its "of", "the", "for": "Medicine" alone is half a name.
    ['Les résultats sont publiés dans le New England Journal of Medicine.', ['New England Journal of Medicine']],
    ['Il a rejoint la Bank of America puis le Center for Strategic Studies.', ['Bank of America', 'Center for Strategic Studies']],
    // A chemical formula is no name.
    ['Les émissions de CO2 et de CH4 baissent, selon Météo-France.', ['Météo-France']],
    ['La chaîne TF1 diffuse la COP28.', ['TF1', 'COP28']],
    // A figure after a name is no version of it: a percentage, a decimal, thousands.
    ['La liste écologiste de Paul Dersain a obtenu 7,4 %, celle de Jean Roy 12 %.', ['Paul Dersain', 'Jean Roy']],
    ['La Métropole a apporté 600 000 euros, le Fonds du patrimoine de l’État 500 000 euros.', ['Métropole', 'État']],
    // Nor is the first figure of a score, a range or a ratio ("Ubuntu 12.10" still is a version).
    ['Toulouse a battu l’ASM Clermont Auvergne 34 à 17 samedi.', ['Toulouse', 'ASM Clermont Auvergne']],
    ['L’ouvreur Théo Vidal 7 sur 8 face aux perches.', ['Théo Vidal']],
    ['Le Stade français 28 contre 12 à Paris.', ['Stade', 'Paris']],
    // A place of the land or the sea is named with its generic word, as a street is.
    ['Des rafales ont soufflé à 152 km/h à la pointe du Raz.', ['pointe du Raz']],
    ['Le coureur a gagné au sommet du col de la Loze.', ['col de la Loze']],
    ['Elle a franchi la ligne devant la porte de Brandebourg.', ['porte de Brandebourg']],
    // A nationality after an article, or after an article and an adjective, speaks of a person the text names.
    ['Elle a pris le service de la Française.', []],
    ['Elle devient la première Française à s’imposer à Lyon.', ['Lyon']],
    ['Léa Marchetti est la cinquième Française à voler dans l’espace.', ['Léa Marchetti']],
    // A civility is no part of the name, with its full stop ("M.") or without ("Mme"); "Me" says a profession.
    ['La présidente du tribunal, Mme Hélène Garnier, a lu le jugement devant M. Yannick Ferraud.', ['Hélène Garnier', 'Yannick Ferraud']],
    ['Son avocat, Me Antoine Lebrun, fera appel.', ['Me Antoine Lebrun']],
    // "des" joins two capitalised words of one name, as "de" and "du" do.
    ['La pièce se joue au Théâtre des Quais, à Paris.', ['Théâtre des Quais', 'Paris']],
    ['Il a consulté les Architectes des Bâtiments de France.', ['Architectes des Bâtiments de France']],
    ['Les départements des Vosges et du Jura sont en vigilance.', ['Vosges', 'Jura']],
    // An English possessive "’s" belongs to the name; a French "s’" elides the next word.
    ['Une marine s’était vendue 14,2 millions de livres chez Sotheby’s en 2019.', ['Sotheby’s']],
    ['Christie’s a vendu le tableau à Londres.', ['Christie’s', 'Londres']],
    // A nickname in quotation marks between a first name and a surname is part of the name; a title or a word
    // quoted after a name is not.
    ['Le capitaine, Théo « Saken » Martin, a soulevé la coupe.', ['Théo « Saken » Martin']],
    ['Le cartel de Joaquín « El Chapo » Guzmán a été démantelé.', ['Joaquín « El Chapo » Guzmán']],
    ['Marie Curie « Prix Nobel » a été saluée.', ['Marie Curie']],
    ['Il a lu Victor Hugo « Les Misérables » à Paris.', ['Victor Hugo', 'Paris']],
  ])('%s', (sentence, expected) => {
    expect(findEntities(sentence)).toEqual(expected);
  });

  it('takes the complement of a name in sentence case, as it does after an adjective', () => {
    expect(findEntities('Selon l’Observatoire local des loyers, 22 % des annonces dépassent le plafond.', undefined, { adjectives: true })).toEqual(['Observatoire local des loyers']);
    expect(findEntities('Selon l’Observatoire national des loyers, 22 % des annonces dépassent le plafond.', undefined, { adjectives: true })).toEqual(['Observatoire national des loyers']);
  });

  it('keeps a nickname with its name among the names a reader is given, after a nationality', () => {
    expect(findEntities('L’équipe a gagné grâce au Coréen Lee « Caliste » Min-jun.', undefined, { adjectives: true })).toEqual(['Lee « Caliste » Min-jun']);
  });

  it.each([
    ['Il est soutenu par le Parti socialiste et la Gauche démocratique.', ['Parti socialiste', 'Gauche démocratique']],
    ['La Banque centrale européenne relève ses taux.', ['Banque centrale européenne']],
    ['Samsung Electronics américain recule.', ['Samsung Electronics']],
    ['Le PS socialiste hésite.', ['PS']],
    ['Facebook mais 10 milliards de vidéos.', ['Facebook']],
    // A verb that ends like an adjective is no part of the name.
    ['Lovendo revendique 6,5 millions d’utilisateurs.', ['Lovendo']],
    ['Enedis indique que 180 000 foyers restent privés de courant.', ['Enedis']],
    // Names written in sentence case: a capitalised word, its adjectives and their complements.
    ['La Fédération hospitalière de France estime qu’il manque 1 500 urgentistes.', ['Fédération hospitalière de France']],
    ['Selon Thierry Delesalle, président du Conseil supérieur du notariat.', ['Thierry Delesalle', 'Conseil supérieur du notariat']],
    ['L’Agence nationale de la sécurité des systèmes d’information a dépêché une équipe.', ['Agence nationale de la sécurité des systèmes d’information']],
    ['Selon les chiffres de la Sécurité civile, 9 000 hectares ont brûlé.', ['Sécurité civile']],
    ['Aux Hospices civils de Lyon, les passages ont augmenté.', ['Hospices civils de Lyon']],
    ['Lyon, 28 janvier (AFP) – L’Olympique lyonnais a officialisé l’arrivée.', ['Lyon', 'AFP', 'Olympique lyonnais']],
    ['Selon l’Institut national de la statistique et des études économiques, les prix montent.', ['Institut national de la statistique et des études économiques']],
    ['Le Tribunal fédéral a tranché.', ['Tribunal fédéral']],
    // A capitalised common noun heads a name that its complement ends.
    ['La Haute Autorité de santé devra se prononcer.', ['Haute Autorité de santé']],
    ['Elle entre à l’École des beaux-arts de Lille.', ['École des beaux-arts', 'Lille']],
    ['La Cour des comptes publie son rapport.', ['Cour des comptes']],
    ['La Grèce des colonels a vécu.', ['Grèce']],
    ['Le chantier a été financé par la Fondation du patrimoine.', ['Fondation du patrimoine']],
    ['Il cite l’Agence de la transition écologique (Ademe).', ['Agence de la transition écologique', 'Ademe']],
    // Not at the start of a sentence, where the capital is the sentence's, nor after a noun it completes.
    // (Without the text's names to confirm it, a first word alone is kept: facts.ts gives them.)
    ['Faute de fourrage, les éleveurs vendent leurs vaches.', ['Faute']],
    ['L’opération Sentinelle de l’armée se poursuit.', ['Sentinelle']],
    // A venue's or a prize's word belongs to its name, for the reader (not for the keyphrase, below).
    ['Le match s’est joué au stade Ernest-Wallon.', ['stade Ernest-Wallon']],
    ['Il a gagné en cinq sets sur le court Philippe-Chatrier.', ['court Philippe-Chatrier']],
    ['La façade de la cathédrale Notre-Dame d’Amiens a retrouvé ses couleurs.', ['cathédrale Notre-Dame d’Amiens']],
    // And the word of a sea or an ocean: "Indien" alone would be a man of India, "le Sud" a region.
    ['Il a pris la tête de la course dans l’océan Indien.', ['océan Indien']],
    ['Trois ont démâté dans les mers du Sud.', ['mers du Sud']],
    ['Le baril de brent de la mer du Nord recule.', ['mer du Nord']],
    ['Elle a reçu le prix Hélène-Cordier.', ['prix Hélène-Cordier']],
    ['L’hélicoptère Choucas a décollé à 23 h 40.', ['hélicoptère Choucas']],
    // "-ain" ends a name's adjective too.
    ['Le Stade toulousain a battu Clermont.', ['Stade toulousain', 'Clermont']],
    // A noun that ends like an adjective ("journal", "canal") is no part of the name.
    ['Le match de Benfica journal du soir.', ['Benfica']],
    // The complement ends before a verb, a weekday or a month, and at the end of the sentence.
    ['Le Conseil supérieur du notariat estime que le marché baisse.', ['Conseil supérieur du notariat']],
    ['La Banque centrale européenne de mardi relève ses taux.', ['Banque centrale européenne']],
    // An adjective in the plural after a name in the singular agrees with another noun.
    ['La DGA a commandé 42 avions de combat Rafale supplémentaires.', ['DGA', 'Rafale']],
    // A minister's portfolio keeps its adjectives, and is no name.
    ['Le ministre de la Transition écologique, Paul Mercadier, soutient le texte.', ['Paul Mercadier']],
    // An adjective after no name, after a run of three words, or after two adjectives stays out.
    ['Une politique européenne est attendue.', []],
    ['Le Grand Palais Éphémère national ouvre.', ['Grand Palais Éphémère']],
    ['La Banque centrale européenne nationale relève ses taux.', ['Banque centrale européenne']],
    // A common noun capitalised inside a sentence, after an article or the noun it names, heads a name in
    // sentence case: its lower-case nouns follow it, two at most, "et" between them.
    ['Le vaccin est pris en charge par l’Assurance maladie pour les personnes à risque.', ['Assurance maladie']],
    ['La baisse représente 90 euros, a calculé l’association Mobilité citoyenne.', ['Mobilité citoyenne']],
    ['Le texte est déposé par le groupe Écologie et solidarités, qui prévoit un retour à 63 ans.', ['Écologie et solidarités']],
    // Not at the start of a sentence, nor a class written with a capital ("ses États membres"), nor before a
    // noun that is also a verb, a participle or a weekday.
    ['Mobilité réduite pour les seniors, dit Paul.', ['Mobilité', 'Paul']],
    ['L’Union européenne et ses États membres financent le plan.', ['Union européenne', 'États']],
    ['Selon lui, la Commission porte plainte.', ['Commission']],
    ['Le texte arrive au Sénat mardi.', ['Sénat']],
    // A letter alone after a name, no French word ("a", "à", "y"), is a planet's designation.
    ['Le télescope a observé l’atmosphère de K2-291 c, une exoplanète tempérée.', ['K2-291 c']],
    ['Proxima b tourne autour de Proxima Centauri.', ['Proxima b', 'Proxima Centauri']],
    ['Louis XIV y est né, et Paris a voté.', ['Louis XIV', 'Paris']],
    // An acronym its initials do not spell still ends the name whose head an article opens, lower-case words between.
    ['Les enquêteurs de l’Office anti-stupéfiants (Ofast) ont perquisitionné dix logements.', ['Office anti-stupéfiants', 'Ofast']],
    ['Selon l’Institut philippin de volcanologie et de sismologie (Phivolcs), le magma monte.', ['Institut philippin de volcanologie et de sismologie', 'Phivolcs']],
    // Not after a verb, nor a team in brackets after a person, nor a surname after its first name.
    ['La Commission a sanctionné la société (Meta) hier.', ['Commission', 'Meta']],
    ['Le Français Lucas Ferrand (Alpine) a gagné.', ['Lucas Ferrand', 'Alpine']],
  ])('with adjectives, one capitalised word and its adjectives name a party or an institution: %s', (sentence, expected) => {
    expect(findEntities(sentence, undefined, { adjectives: true })).toEqual(expected);
  });

  it.each([
    ['Originaire de St-Étienne, M. Leroy a fait ses études à Lyon.', ['St-Étienne', 'Leroy', 'Lyon']],
    ['Issue de Sciences Po, Claire Martin a rejoint le ministère.', ['Sciences Po', 'Claire Martin']],
  ])('leaves out the adjective that opens the sentence with its "de": %s', (sentence, names) => {
    expect(findEntities(sentence)).toEqual(names);
  });

  it('keeps a name that opens on a noun and its "de" ("Banque de France")', () => {
    expect(findEntities('Banque de France, qui publie ses prévisions mardi, table sur 1 % de croissance.')).toContain('Banque de France');
  });

  it('keeps the plus sign glued to a name ("Canal+"), not one between two words', () => {
    expect(findEntities('Il l’a dit au micro de Canal+ et de Disney+.')).toEqual(['Canal+', 'Disney+']);
    expect(findEntities('Le score est Paris 3 + 2 Lyon.')).toEqual(['Paris 3', 'Lyon']);
  });

  it('ends a name on an acronym its initials do not spell only in the names a reader is given', () => {
    expect(findEntities('Les enquêteurs de l’Office anti-stupéfiants (Ofast) ont perquisitionné dix logements.')).toEqual(['Office', 'Ofast']);
  });

  it('takes no adjective nor venue unless asked', () => {
    expect(findEntities('La Gauche démocratique vote.')).toEqual(['Gauche']);
    expect(findEntities('Elle a reçu le prix Hélène-Cordier.')).toEqual(['Hélène-Cordier']);
  });

  it.each([
    ['Rappelons que le projet a échoué.', []],
    ['Lundi, le marché a chuté.', []],
    ['Marcher 7 000 pas par jour suffit.', []],
    ['Paris accueille les Jeux.', ['Jeux']],
  ])('drops an unconfirmed sentence-initial word: "%s"', (sentence, expected) => {
    expect(findEntities(sentence, new Set())).toEqual(expected);
  });

  it('keeps a sentence-initial word that names confirms', () => {
    expect(findEntities('Paris accueille les Jeux.', new Set(['Paris']))).toEqual(['Paris', 'Jeux']);
  });

  it('does not take a sentence-initial word for a name because adjectives follow it ("Côté rochelais, …")', () => {
    expect(findEntities('Côté rochelais, la déception dominait à La Rochelle.', new Set(['La Rochelle']), { adjectives: true })).toEqual(['La Rochelle']);
    expect(findEntities('Météo-France annonce des orages.', new Set(['Météo-France']), { adjectives: true })).toEqual(['Météo-France']);
  });

  // BUG: the stopword check only looks at token 0, so after « the pronoun "Nous" is taken for a name.
  it('does not take a pronoun after an opening quote for a name', () => {
    expect(findEntities('« Nous sommes prêts », a dit Jean Dupont.')).toEqual(['Jean Dupont']);
  });
});

describe('capitalisedInside', () => {
  it('collects capitals that do not open a sentence', () => {
    const names = capitalisedInside(['Le chef d’OpenAI, Sam Altman, parle.', 'Rappelons que Paris brille. Lundi, rien.']);
    expect([...names].sort()).toEqual(['Altman', 'OpenAI', 'Paris', 'Sam']);
  });
});

describe('withArticle', () => {
  it.each([
    ['Wall Street Journal', ['OpenAI veut des fonds, a rapporté le Wall Street Journal.', 'Selon le Wall Street Journal, rien.'], 'le Wall Street Journal'],
    // A country, a region or a département that the source writes without its article (in a table, in brackets) takes it (lexicon/gender.json).
    ['Côte d’Ivoire', ['| Côte d’Ivoire | 9 800 | +6 % |'], 'la Côte d’Ivoire'],
    ['Côtes-d’Armor', ['Des usines à Vitré (Ille-et-Vilaine) et à Lamballe (Côtes-d’Armor).'], 'les Côtes-d’Armor'],
    ['Centre-Val de Loire', ['Les urgences de la région Centre-Val de Loire ferment.'], 'le Centre-Val de Loire'],
    ['Occitanie', ['Le conseil régional d’Occitanie a voté.'], 'l’Occitanie'],
    // A country without an article, or a city, stays bare.
    ['Israël', ['Le ministre s’est rendu en Israël.'], 'Israël'],
    ['Vienne', ['Le festival Jazz à Vienne.'], 'Vienne'],
    // A name the lexicon lists as said without an article, though its head ("France", "Pôle") would give it one.
    ['France Travail', ['Selon France Travail, le chômage recule.', 'Les chiffres de France Travail.'], 'France Travail'],
    ['Pôle emploi', ['Il s’est inscrit à Pôle emploi en mars.'], 'Pôle emploi'],
    ['France', ['| France | 12 000 | +2 % |'], 'la France'],
    // A way named in an address, without its article, takes the article of its noun.
    ['rue Gambetta', ['Un immeuble situé au 27, rue Gambetta, à Lille.'], 'la rue Gambetta'],
    ['boulevard de Belfort', ['Après celui du 9 novembre, boulevard de Belfort.'], 'le boulevard de Belfort'],
    // "des" and "du" may be partitive and do not tell the article; "au" and "aux" do.
    ['Airbus A350', ['La compagnie a commandé des Airbus A350.'], 'Airbus A350'],
    // Before a name whose head is the plural of a common noun, "des" is "de les".
    ['Émirats arabes unis', ['Les fonds des Émirats arabes unis.', 'Des Émirats arabes unis, rien.'], 'les Émirats arabes unis'],
    ['Hospices de Beaune', ['Les vins seront présentés lors de la vente des Hospices de Beaune, en novembre.'], 'les Hospices de Beaune'],
    ['Jeunes Agriculteurs d’Ille-et-Vilaine', ['Selon les responsables de la FDSEA et des Jeunes Agriculteurs d’Ille-et-Vilaine, rien.'], 'les Jeunes Agriculteurs d’Ille-et-Vilaine'],
    ['Émirats arabes unis', ['Les fonds des Émirats arabes unis.', 'Aux Émirats arabes unis, rien.'], 'les Émirats arabes unis'],
    ['Financial Times', ['Il a déclaré au Financial Times que tout va bien.'], 'le Financial Times'],
    // For a name of one word, "du" says "le" ("du Portugal").
    ['Portugal', ['Il a joué dans le championnat du Portugal.'], 'le Portugal'],
    // For a longer name, "du" says "le" when the lexicon knows its head as masculine ("Science" is feminine).
    ['Tour de France', ['Il a gagné la 17e étape du Tour de France.', 'Les favoris du Tour de France attaquent.'], 'le Tour de France'],
    ['Science & Technology Facilities Council', ['Selon un rapport du Science & Technology Facilities Council.'], 'Science & Technology Facilities Council'],
    ['Émirats arabes unis', ['Les fonds des Émirats arabes unis.', 'Les Émirats arabes unis investissent.', 'Aux Émirats arabes unis, rien.'], 'les Émirats arabes unis'],
    ['OpenAI', ['Le chef d’OpenAI parle.', 'OpenAI veut lever des fonds.'], 'OpenAI'],
    // After the common noun it names, a name has that noun's article, which does not say its own.
    ['SNCTA', ['Le syndicat SNCTA réclame des recrutements.', 'Le Syndicat national des contrôleurs du trafic aérien (SNCTA) a lancé la grève.', 'Selon le secrétaire général du SNCTA, la grève durera.'], 'le SNCTA'],
    ['easyJet', ['La compagnie easyJet a supprimé 124 vols.', 'Les vols de easyJet partent de Marseille.'], 'easyJet'],
    ['Paris', ['Le Parisien rapporte la nouvelle.', 'Le Parisien insiste.'], 'Paris'],
    // "France" in "Météo-France" is no mention of the country.
    ['France', ['Selon Météo-France, il fera chaud.', 'Météo-France prévoit 40 degrés.', 'La France a chaud.'], 'la France'],
    // A country or a body of the gender dictionary takes its article when the source shows none.
    ['France', ['C’est la plus vaste cathédrale de France.'], 'la France'],
    // So does one of them before its adjectives; not a name that goes on with another capitalised word.
    ['France métropolitaine', ['Les routes de France métropolitaine ont fait 3 112 morts.'], 'la France métropolitaine'],
    ['Europe centrale', ['Les pluies touchent surtout les pays en Europe centrale.'], 'l’Europe centrale'],
    ['France Télévisions', ['Selon France Télévisions, rien.'], 'France Télévisions'],
    ['Italie', ['Le lanceur est financé par Rome, via l’agence spatiale d’Italie.'], 'l’Italie'],
    ['Lyon', ['Il fait 39 degrés à Lyon.'], 'Lyon'],
    // A model named after its class only takes the class with it; one the source writes with its article keeps that.
    ['A350', ['Le gros-porteur A350 a été livré à 57 exemplaires.'], 'le gros-porteur A350'],
    ['A320', ['La famille A320 représente 602 livraisons.', 'Une cadence de 75 appareils A320 par mois.'], 'la famille A320'],
    ['A321neo', ['La famille A320 comprend l’A321neo.'], 'l’A321neo'],
    ['Ligue 1', ['Il a joué en Ligue 1 pendant dix ans.'], 'Ligue 1'],
    // A capitalised common noun and its adjectives name a body: the noun's article, when the source shows none.
    ['Rassemblement national', ['Le groupe Rassemblement national n’a pas arrêté sa position.'], 'le Rassemblement national'],
    ['Banque centrale européenne', ['Selon Banque centrale européenne, rien.'], 'la Banque centrale européenne'],
    ['Médecins sans frontières', ['L’ONG Médecins sans frontières alerte.'], 'Médecins sans frontières'],
  ])('%s', (name, texts, expected) => {
    expect(withArticle(name, texts)).toBe(expected);
  });
});

describe('namedAfterEn', () => {
  it.each([
    ['Californie', ['Samsung a perdu son procès en Californie.'], true],
    ['Grèce', ['La crise frappe la Grèce.', 'Elle vit En Grèce depuis 2010.'], true],
    ['Paris', ['Il vit à Paris.'], false],
    ['Californie', ['La cour de Californie a tranché.'], false],
    ['Chine', ['Il en parle : Chine et Inde.', '(en Chine)'], false],
  ])('%s in %j → %s', (name, texts, expected) => {
    expect(namedAfterEn(name, texts)).toBe(expected);
  });
});

describe('onlyAsPlace', () => {
  it.each([
    ['France', ['Les pièces sont fabriquées en France.'], true],
    ['Lyon', ['Le procès s’ouvre à Lyon.', 'Il est jugé à Lyon.'], true],
    ['France', ['Les pièces sont fabriquées en France.', 'La France a protesté.'], false],
    ['Lyon', ['Aucune mention ici.'], false],
  ])('%s in %j → %s', (name, texts, expected) => {
    expect(onlyAsPlace(name, texts)).toBe(expected);
  });
});

describe('isOrdinal', () => {
  it.each([['XIᵉ', true], ['XIXe', true], ['Ier', true], ['XXIème', true], ['XI', false], ['Xavier', false], ['CERN', false]])('%s → %s', (word, expected) => {
    expect(isOrdinal(word)).toBe(expected);
  });
});

describe('findEntities: a minister\'s portfolio', () => {
  it('leaves the portfolio out of the name that follows it ("ministre de l’Économie Julien Fabre")', () => {
    expect(findEntities('Elle devance l’ancien ministre de l’Économie Julien Fabre (38 %).')).toEqual(['Julien Fabre']);
    // A portfolio with its complement stays whole: which part is the name is not known.
    expect(findEntities('Le ministre du Travail a parlé.')).toEqual([]);
  });

  it('leaves the portfolio out of the country whose minister it is ("ministre de l’Environnement des Palaos")', () => {
    expect(findEntities('« Nous partons », a lancé la ministre de l’Environnement des Palaos, Ilana Rechebei, en séance.', undefined, { adjectives: true })).toEqual(['Palaos', 'Ilana Rechebei']);
    expect(findEntities('Le ministre des Affaires étrangères du Japon est arrivé.', undefined, { adjectives: true })).toEqual(['Japon']);
    // A complement in lower case is the portfolio's own.
    expect(findEntities('Le ministre de la Réforme de l’administration est arrivé.', undefined, { adjectives: true })).toEqual([]);
  });
});

describe('findEntities: words that are no part of a name', () => {
  it('does not take a verb in the infinitive that opens a sentence for a name\'s first word ("Voir la Terre")', () => {
    expect(findEntities('« Voir la Terre par le hublot, c’est un choc », a-t-elle dit.', new Set(['Terre']))).toEqual(['Terre']);
    expect(findEntities('Lancer la Coupe Davis en Chine serait une erreur.', new Set(['Coupe Davis']))).toEqual(['Coupe Davis', 'Chine']);
    // A first name at the start of a sentence stays ("Xavier de Rocquigny"), and so does a noun that heads a name.
    expect(findEntities('Xavier de Rocquigny a démissionné.', new Set())).toEqual(['Xavier de Rocquigny']);
    expect(findEntities('Banque de France et Insee divergent.', new Set(['Insee']))).toEqual(['Banque de France', 'Insee']);
  });

  it('gives a name in sentence case the topic it ends the sentence on ("le Centre d’information sur l’eau.")', () => {
    expect(findEntities('Un Français consomme 148 litres d’eau par jour, selon le Centre d’information sur l’eau.', undefined, { adjectives: true })).toEqual(['Centre d’information sur l’eau']);
    // A list of topics may go on past the comma: where it ends is not known.
    expect(findEntities('Selon l’Institut national de recherche pour l’agriculture, l’alimentation et l’environnement, la baisse continue.', undefined, { adjectives: true })).not.toContain('Institut national de recherche pour l’agriculture');
  });

  it('keeps "à" or "en" inside the title of a festival or a show ("le festival Jazz à Vienne")', () => {
    expect(findEntities('Il a donné son dernier concert au festival Jazz à Vienne, devant 7 000 spectateurs.')).toEqual(['Jazz à Vienne']);
    expect(findEntities('Le festival Rock en Seine ouvre vendredi.')).toEqual(['Rock en Seine']);
    // A name that is no common noun is held in the place after it.
    expect(findEntities('Le festival Lollapalooza à Paris ouvre vendredi.')).toEqual(['Lollapalooza', 'Paris']);
    expect(findEntities('Le TGV relie Paris à Lyon.')).toEqual(['TGV', 'Paris', 'Lyon']);
  });

  it('does not take the unit of a price or of a magnitude for a name ("44,90 euros le MWh", "3,4 millions de MWh")', () => {
    expect(findEntities('L’électricité sera achetée 44,90 euros le MWh pendant vingt ans.')).toEqual([]);
    expect(findEntities('Le parc produira 3,4 millions de MWh par an.')).toEqual([]);
  });

  it('gives a name the adjective in the plural that agrees with its last word after "des" ("Programme des Nations unies")', () => {
    expect(findEntities('Selon le Programme des Nations unies pour l’environnement, la hausse continue.', undefined, { adjectives: true })).toEqual(['Programme des Nations unies']);
    // Not a noun in the plural, which is no adjective.
    expect(findEntities('La Fédération des Parents amis reste prudente.', undefined, { adjectives: true })).not.toContain('Fédération des Parents amis');
  });

  it('keeps whole a name the lexicon lists that goes on in lower case ("les Émirats arabes unis", "l’Arabie saoudite")', () => {
    expect(findEntities('Le chef d’OpenAI a rencontré le gouvernement des Émirats arabes unis la semaine dernière.')).toContain('Émirats arabes unis');
    expect(findEntities('Le pétrole de l’Arabie saoudite.')).toContain('Arabie saoudite');
    // Only the listed words: "les Émirats voisins" is no listed name.
    expect(findEntities('Les Émirats voisins ont protesté.')).not.toContain('Émirats voisins');
  });
});

describe('acronymStart', () => {
  it.each([
    ['La Commission de régulation de l’énergie', 'CRE', 1],
    // An initial counts without its accent: the É of "énergie" is the E of CRE.
    ['selon l’Agence de l’environnement et de la maîtrise de l’énergie', 'AEME', 1],
    ['la Direction nationale du contrôle de gestion', 'DNCG', 1],
    ['l’Organisation mondiale de la santé', 'OMS', 0],
    // The name must open on a capital, and every letter be spelt.
    ['la commission de régulation de l’énergie', 'CRE', undefined],
    ['La Commission de l’énergie', 'CRE', undefined],
  ])('%s (%s) → %s', (text, acronym, expected) => {
    expect(acronymStart(text.split(' '), acronym)).toBe(expected);
  });
});

describe('findEntities: where one name ends and the next begins', () => {
  const names = (sentence: string): string[] => findEntities(sentence, undefined, { adjectives: true });

  it.each([
    // A role, its "de", a place and a person's first name and surname without the comma: two names ("du Mans" names no "Mans").
    ['Il a retenu le meneur de Monaco Hugo Delattre en 24e position.', ['Monaco', 'Hugo Delattre']],
    ['Il a retenu l’intérieur du Mans Yanis Bokassa au second tour.', ['Yanis Bokassa']],
    // A thing everyone knows heads no person's name after its "de".
    ['Le retour sur Terre de Léa Marchetti est prévu en septembre.', ['Léa Marchetti']],
    // A lower-case "le" that no "de" leads to is the article of what follows ("Rio de la Plata", "Alexandre le Grand" stay).
    ['Lumen a présenté mardi à San Francisco le Vista Pro 2, son casque.', ['Lumen', 'San Francisco', 'Vista Pro 2']],
    ['Le fleuve se jette dans le Rio de la Plata.', ['Rio de la Plata']],
    ['La statue d’Alexandre le Grand a été restaurée.', ['Alexandre le Grand']],
    // An apostrophe inside a name elides nothing.
    ['Les résultats sont sur le site Alim’confiance du ministère.', ['Alim’confiance']],
    // A nationality that goes on in lower case heads a name; before a name it says who the person is.
    ['La Française des jeux (FDJ) a annoncé le gain.', ['Française des jeux', 'FDJ']],
    ['Il a battu le Coréen Park Min-ho en finale.', ['Park Min-ho']],
    // A noun of origin speaks of a person, as a nationality does; a paper's title keeps its capitalised article.
    ['À 24 ans, le Lyonnais, classé 14e mondial, devient le premier Français en demi-finale.', []],
    ['Selon Le Parisien, la décision est prise.', ['Le Parisien']],
    ['Le Palais de justice est fermé.', ['Palais de justice']],
    // A portfolio joined to another by "et" is one too.
    ['Le ministre de l’Économie et des Finances, Laurent Vasseur, a parlé jeudi.', ['Laurent Vasseur']],
    // An adjective in "-if" after a plural name agrees with it.
    ['L’exposition se tient au musée des Arts décoratifs jusqu’en mars.', ['musée des Arts décoratifs']],
  ])('%s → %j', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('opensOnCapital, opensOnLowerCase, opensOnSmallLetter, endsOnDigit, isWordCode: the char-code tests that replaced patterns', () => {
  const capital = /^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ]/u;
  const small = /^[a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž]/u;
  const lowerCase = /^\p{Ll}/u;
  const digitLast = /\d$/u;

  it('reads every first character of the Basic Multilingual Plane as the patterns do, and none', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const word = `${String.fromCharCode(code)}ab`;
      expect(opensOnCapital(word), word).toBe(capital.test(word));
      expect(opensOnSmallLetter(word), word).toBe(small.test(word));
      expect(opensOnLowerCase(word), word).toBe(lowerCase.test(word));
      expect(endsOnDigit(`a${String.fromCharCode(code)}`), word).toBe(digitLast.test(`a${String.fromCharCode(code)}`));
      expect(isWordCode(code), word).toBe(/[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d]/u.test(String.fromCharCode(code)));
    }
    expect([opensOnCapital(''), opensOnLowerCase(''), opensOnSmallLetter(''), endsOnDigit(''), endsOnDigit(undefined), isWordCode(NaN)]).toEqual([false, false, false, false, false, false]);
  });

  it('on words made of tricky pieces', () => {
    const pieces = ['𝑎', 'É', 'é', 'Œ', 'œ', 'ß', 'ÿ', 'Ÿ', '×', '÷', 'İ', 'ı', 'ſ', 'K', 'a', 'Z', '3', '’', '.', '😀', '𝒜', '\uD835', 'Σ', 'ﬁ', ' ', '-', 'ª', 'µ'];
    const next = seededIntegers(7);
    for (let run = 0; run < 5000; run++) {
      let word = '';
      for (let i = next(5); i > 0; i--) word += pieces[next(pieces.length)];
      expect(opensOnCapital(word), JSON.stringify(word)).toBe(capital.test(word));
      expect(opensOnSmallLetter(word), JSON.stringify(word)).toBe(small.test(word));
      expect(opensOnLowerCase(word), JSON.stringify(word)).toBe(lowerCase.test(word));
      expect(endsOnDigit(word), JSON.stringify(word)).toBe(digitLast.test(word));
    }
  });
});

describe('opensOnCode: the guard of the small words\' patterns in a portfolio', () => {
  const guarded: readonly [RegExp, number][] = [
    [/^(?:de|du|des|d’)$/iu, 100],
    [/^(?:la|l’)$/iu, 108],
  ];

  it('lets through every word that a pattern matches, whatever its first character in the Basic Multilingual Plane', () => {
    for (let code = 0; code <= 0xffff; code++) {
      for (const rest of ['e', 'u', 'es', '’', 'a', 'E', 'ES', 'A']) {
        const word = `${String.fromCharCode(code)}${rest}`;
        for (const [pattern, letter] of guarded) if (pattern.test(word)) expect(opensOnCode(word, letter), word).toBe(true);
      }
    }
  });

  it('tells "d" and "l" from any other opening, with its capital', () => {
    expect(['de', 'Du', 'DES', 'd’'].map((word) => opensOnCode(word, 100))).toEqual([true, true, true, true]);
    expect(['la', 'L’', 'le'].map((word) => opensOnCode(word, 108))).toEqual([true, true, true]);
    expect([opensOnCode('te', 100), opensOnCode('', 100), opensOnCode(undefined, 100), opensOnCode('ła', 108)]).toEqual([false, false, false, false]);
  });
});

describe('forEachMention', () => {
  it('gives each mention the start of its own text, as reading back to the break before it does', () => {
    const pieces = ['Paris', 'à Paris', ' ', '', 'la ', 'Parisien', 'Pa', 'ris', '\n', 'é', '’'];
    const next = seededIntegers(11);
    for (let run = 0; run < 2000; run++) {
      const texts = Array.from({ length: next(6) }, () => Array.from({ length: next(5) }, () => pieces[next(pieces.length)]).join(''));
      const name = ['Paris', 'Pa', 'a', ' '][next(4)]!;
      const joined = texts.join('\u0000');
      const expected: [number, number][] = [];
      for (let at = joined.indexOf(name); at >= 0; at = joined.indexOf(name, at + name.length)) expected.push([joined.lastIndexOf('\u0000', at) + 1, at]);
      const seen: [number, number][] = [];
      forEachMention(name, texts, (text, start, at) => {
        expect(text).toBe(joined);
        seen.push([start, at]);
        return false;
      });
      expect(seen, JSON.stringify([texts, name])).toEqual(expected);
    }
  });
});
