import { describe, expect, it } from 'vitest';
import { citedAs, findNumbers, listedAs } from '../../src/analysis/numbers.js';

describe('findNumbers', () => {
  it.each([
    ['Le décollage a eu lieu à 22 h 47, heure de Paris.', []],
    ['La réunion a commencé à 19h30 et le train part à 8 h.', []],
    ['Les urgences ferment entre 20 heures et 8 heures.', ['20 heures', '8 heures']],
    ['Les 48 magasins restent ouverts, à 300 m de la gare.', ['48 magasins', '300 m']],
    // "heures" after "à", "vers", "dès"… is the time; with "de" after it, a length.
    ['Les billets seront mis en vente mardi à 10 heures.', []],
    ['L’alerte a été donnée vers 21 heures par un grimpeur.', []],
    // After a weekday too.
    ['La circulation sera interdite de samedi 6 heures à dimanche 20 heures.', []],
    // The same time in another zone, in brackets after a time of day; not a length compared in brackets.
    ['Le départ a été donné à 14 heures heure locale (18 heures à Paris).', []],
    ['Le débat a duré 10 heures (contre 6 heures en 2020).', ['10 heures', '6 heures', '2020']],
    ['Après 6 heures de débats, le texte a été adopté.', ['6 heures de débats']],
    ['Le débat a duré 10 heures.', ['10 heures']],
    // Hours and minutes without "min": a length after "en" or a noun of length and "de"; a time of day elsewhere.
    ['Lumen annonce une autonomie de 3 h 30, contre 2 heures auparavant.', ['3 h 30', '2 heures']],
    ['Elle a bouclé le parcours en 2 h 05.', ['2 h 05']],
    ['Le train de 8 h 30 est supprimé.', []],
    ['Le pic a eu lieu à 23 h 12, avec 5,1 millions de personnes devant leur écran.', ['5,1 millions de personnes']],
    // The singular unit of a figure below two is no part of a length in two parts ("1 heure et 52 minutes").
    ['Il a largué sa charge 1 heure et 52 minutes après le décollage.', ['1', '52 minutes']],
  ])('takes no time of day for a figure: %s', (text, figures) => {
    expect(findNumbers(text).map((n) => n.text)).toEqual(figures);
  });

  it.each([
    ['Menée 5-4, Léa Moreau a sauvé deux balles de match.', []],
    ['Elle s’impose 6-3, 4-6, 7-5 en finale, devant 3 000 spectateurs.', ['3 000 spectateurs']],
    ['Lyon mène 2–1 à la pause.', []],
    ['En 2019-2020, le club comptait 3 000 abonnés.', ['2020', '3 000 abonnés']],
  ])('takes no side of a score for a figure: %s', (text, figures) => {
    expect(findNumbers(text).map((n) => n.text)).toEqual(figures);
  });

  it.each([
    ['Le marché pèse 7 000 milliards de dollars.', '7 000 milliards de dollars', '7 000', 'amount'],
    ['Il coûte 3,5 milliards d’euros.', '3,5 milliards d’euros', '3,5', 'amount'],
    ['Le billet coûte 120 £ à Londres.', '120 £', '120', 'amount'],
    // A currency written with its magnitude is one unit: "450 M€" is no length in metres.
    ['Le déficit atteint 13,8 Md€ cette année.', '13,8 Md€', '13,8', 'amount'],
    ['Il ferait économiser 450 M€ par an.', '450 M€', '450', 'amount'],
    // The nationality of a currency is part of it: a Jamaican dollar is no US dollar.
    ['Il débloque 5 milliards de dollars jamaïcains pour les sinistrés.', '5 milliards de dollars jamaïcains', '5', 'amount'],
    ['Le forfait coûte 30 dollars canadiens par mois.', '30 dollars canadiens', '30', 'amount'],
    // A length "sur" a bare number is the two sides of one surface.
    ['L’huile sur toile, de 73 centimètres sur 92, représente la Seine.', '73 centimètres sur 92', '73', 'count'],
    ['Le seuil est fixé à 180 µg/m³ en moyenne horaire.', '180 µg/m³', '180', 'count'],
    // "point" is a unit in the singular too ("+0,8 point", "1,5 point de pourcentage").
    ['Le taux progresse de 0,8 point sur un an.', '0,8 point', '0,8', 'count'],
    ['Le taux atteint 6,81 % en mai.', '6,81 %', '6,81', 'percent'],
    ['En 2015, rien ne bouge.', '2015', '2015', 'year'],
    ['Le 18 octobre 2012, il est parti.', '18 octobre 2012', '18 octobre 2012', 'date'],
    ['En avril 2013, il revient.', 'avril 2013', 'avril 2013', 'date'],
    ['L’usine crée 8 000 emplois.', '8 000 emplois', '8 000', 'count'],
    ['Le relais 4 x 100 m est gagné.', '4 x 100 m', '4 x 100', 'count'],
    ['Ubuntu 12.10 sort jeudi.', '12.10', '12.10', 'count'],
    // A hyphenated noun and a noun's fixed complement belong to the figure.
    ['Il nomme 7 vices-ministres.', '7 vices-ministres', '7', 'count'],
    ['Il nomme 14 secrétaires d’État.', '14 secrétaires d’État', '14', 'count'],
    ['La finale atteint 34,8 % de part d’audience.', '34,8 % de part d’audience', '34,8', 'percent'],
    ['Les films français ont 43 % de part de marché.', '43 % de part de marché', '43', 'percent'],
    ['La flotte compte 12 porte-avions.', '12 porte-avions', '12', 'count'],
    // So does a bare noun after "de": without it the figure says nothing ("49 vagues").
    ['La France a connu 49 vagues de chaleur.', '49 vagues de chaleur', '49', 'count'],
    ['Le refuge est à 3 000 mètres d’altitude.', '3 000 mètres d’altitude', '3 000', 'count'],
    ['Il réclame 400 000 euros de dommages et intérêts.', '400 000 euros de dommages et intérêts', '400 000', 'amount'],
    // Not one that says how much more, nor a name, nor one shared with another noun.
    ['Elle touche 500 euros de plus.', '500 euros', '500', 'amount'],
    ['Il reste 300 salariés de Vénissieux.', '300 salariés', '300', 'count'],
    ['Le feu a ravagé 2 800 hectares de garrigue et de pinède.', '2 800 hectares', '2 800', 'count'],
    // A unit keeps its square, cube or rate; "de" before a determiner or after a year leads to no unit.
    ['La glace couvre 35 kilomètres carrés.', '35 kilomètres carrés', '35', 'count'],
    ['Les rafales ont atteint 172 km/h au cap Ferret.', '172 km/h', '172', 'count'],
    // Units written with capitals are units too.
    ['La particule a une masse de 125 GeV.', '125 GeV', '125', 'count'],
    ['Les températures ont dépassé 40 °C dans la plaine.', '40 °C', '40', 'count'],
    ['La centrale produit 900 MW.', '900 MW', '900', 'count'],
    // An elided article after a figure is no unit of one letter ("l’an dernier").
    ['Il a accueilli 118 000 l’an dernier.', '118 000', '118 000', 'count'],
    ['La hausse représente 3 % de la taxe foncière.', '3 %', '3', 'percent'],
    ['Le dispositif concerne 37 % des élèves.', '37 %', '37', 'percent'],
    // A share's noun keeps the adjective that says which ones; a present participle opens a clause.
    ['Il tombe à 29 % d’opinions favorables, selon le baromètre.', '29 % d’opinions favorables', '29', 'percent'],
    ['Les résultats montrent 58 % d’élèves atteignant le niveau attendu.', '58 % d’élèves', '58', 'percent'],
    // A word right after a share is no unit: "recommandés" is also a noun ("un recommandé") in the Lefff.
    ['Le taux reste loin des 95 % recommandés par l’OMS.', '95 %', '95', 'percent'],
    ['Les 2 % restants ne se prononcent pas.', '2 %', '2', 'percent'],
    ['Les ventes de voitures 100 % électriques progressent.', '100 % électriques', '100', 'percent'],
    ['En 2024 de nouvelles règles entrent en vigueur.', '2024', '2024', 'year'],
    // After a year, a word that is no noun is the sentence's ("seuls"); a noun makes the figure a count.
    ['Avant 1970 seuls les pays tropicaux connaissaient la dengue.', '1970', '1970', 'year'],
    ['Depuis 2013 certains pays la connaissent.', '2013', '2013', 'year'],
    ['Le village compte 2024 habitants.', '2024 habitants', '2024', 'count'],
    // A sign against the figure is part of it; a hyphen between two figures is a span.
    ['Lyon (−6,1 %) connaît la plus forte baisse.', '−6,1 %', '6,1', 'percent'],
    ['Le titre gagne +2,3 % à l’ouverture.', '+2,3 %', '2,3', 'percent'],
    // An adjective that stands before its noun leads to the noun; alone, it is no unit.
    ['La ville a installé 60 nouvelles caméras dans le centre.', '60 nouvelles caméras', '60', 'count'],
    ['Les prix baissent dans 3 grandes villes.', '3 grandes villes', '3', 'count'],
    ['Il en reste 12 petits.', '12', '12', 'count'],
    // A plural adjective after the noun says which ones.
    ['Elle compte 22 films inédits.', '22 films inédits', '22', 'count'],
    // A participle that is no noun measures nothing ("phase 3 publiés mardi"); one that is a noun does.
    ['Les résultats d’un essai de phase 3 publiés mardi sont bons.', '3', '3', 'count'],
    ['Les règles de la saison 2 publiées hier changent tout.', '2', '2', 'count'],
    ['L’usine compte 300 salariés.', '300 salariés', '300', 'count'],
    ['On dénombre 40 blessés.', '40 blessés', '40', 'count'],
    // Below two, the unit is written in the singular; not the first part of a length of time.
    ['La neige atteint 1,40 mètre au sommet.', '1,40 mètre', '1,40', 'count'],
    ['Les enquêteurs ont saisi 1,2 tonne hier.', '1,2 tonne', '1,2', 'count'],
    ['Il a couru 3 kilomètre hier.', '3', '3', 'count'],
  ])('%s', (sentence, text, value, kind) => {
    // What the figure is; what it is to its sentence (a reference, what a share is of) is tested in references.test.ts.
    expect(findNumbers(sentence).map(({ text, value, kind }) => ({ text, value, kind }))).toEqual([{ text, value, kind }]);
  });

  it.each([
    ['Le musée expose vingt-et-une toiles.', 'vingt-et-une toiles'],
    ['Il a attiré plus d’un million de visiteurs.', 'plus d’un million de visiteurs'],
    ['Il a attendu six mois.', 'six mois'],
    // As with digits, an adjective before its noun leads to the noun, or stays out.
    ['La compagnie a ouvert quatorze nouvelles lignes.', 'quatorze nouvelles lignes'],
    ['Il en reste douze petits.', 'douze'],
    // After "une dizaine de" too; an adjective with no noun after it stays.
    ['Une dizaine de petites stations ont fermé.', 'Une dizaine de petites stations'],
    ['Il en a vendu une centaine de nouveaux.', 'une centaine de nouveaux'],
    // Two numerals that "et" joins after "entre" are a range, cited with it; "vingt et un" is one numeral.
    ['Le processus pourrait prendre entre trois et cinq ans.', 'entre trois et cinq ans'],
    ['Il a vingt et un ans.', 'vingt et un ans'],
    // Two numerals that "à" or "ou" joins are a range too, cited whole ("huit heures" says neither end)…
    ['Les adultes qui dorment sept à huit heures vont mieux.', 'sept à huit heures'],
    ['Il reste chez lui deux ou trois jours.', 'deux ou trois jours'],
    ['La fatigue dure un à deux jours.', 'un à deux jours'],
    // …but not after "de", where they may say a change from one to the other.
    ['Le texte étend la garantie de deux à trois ans.', 'trois ans'],
    ['Il passe à deux jours.', 'deux jours'],
  ])('finds the spelled figure of "%s"', (sentence, text) => {
    expect(findNumbers(sentence)).toEqual([{ text, value: text, kind: 'count', spelled: true }]);
  });

  it.each(['Les deux hommes se sont rencontrés.', 'Le marché a progressé.'])('finds no figure in "%s"', (sentence) => {
    expect(findNumbers(sentence)).toEqual([]);
  });

  it.each([
    ['Elle a gagné en 2 h 09 min 41 s, devant 48 000 coureurs.', ['2 h 09 min 41 s', '48 000 coureurs']],
    ['Elle est passée au semi-marathon en 1 h 04 min 30 s.', ['1 h 04 min 30 s']],
    ['Il a couru à 3 min 04 s au kilomètre, à 1 min 22 s du record.', ['3 min 04 s', '1 min 22 s']],
    ['Il court le 100 m en 9 s 58.', ['100 m', '9 s 58']],
    ['Le vainqueur a mis 4 h 12 min.', ['4 h 12 min']],
    ['Départ à 8 h 30, arrivée en 2 h 09 min 41 s.', ['2 h 09 min 41 s']],
    ['Une autonomie de 3 h 30 et une recharge en 1 h 04 min pour 12 euros.', ['3 h 30', '1 h 04 min', '12 euros']],
  ])('takes a length of time in parts for one figure: %s', (text, figures) => {
    expect(findNumbers(text).map((n) => n.text)).toEqual(figures);
  });

  it.each([
    ['Le parquet avait requis six ans de prison.', ['six ans de prison']],
    // The half is the figure's: "**quatre ans** et demi" bolded a part of it.
    ['Le joueur a signé un contrat de quatre ans et demi.', ['quatre ans et demi']],
    ['Il a été condamné à deux ans et demi de prison.', ['deux ans et demi de prison']],
    ['Le colis pèse 2 kilos et demi.', ['2 kilos et demi']],
    ['Elle a écopé de dix-huit mois de prison avec sursis.', ['dix-huit mois de prison']],
    ['Il reste six ans de plus.', ['six ans']],
    ['Ils ont planté trois hectares de garrigue et de pinède.', ['trois hectares']],
  ])('keeps the bare complement of a figure in words, as of one in digits: %s', (text, figures) => {
    expect(findNumbers(text).map((n) => n.text)).toEqual(figures);
  });

  it.each([
    ['L’Allemagne et la Suisse ont fini dans les dix derniers.', []],
    ['Les trois premières se qualifient pour la finale, avec onze points.', ['onze points']],
  ])('takes a rank in words for no figure: %s', (text, figures) => {
    expect(findNumbers(text).map((n) => n.text)).toEqual(figures);
  });

  it.each([
    // Each end of a range stays a figure of its own (the span joins them: below); so do the years of a
    // period, two figures that each have their unit, a change from more to less and two ages.
    ['Les assureurs estiment le coût entre 450 et 600 millions d’euros.', ['450', '600 millions d’euros'], 'entre 450 et 600 millions d’euros'],
    ['Les prix sont inférieurs de 8 à 10 centimes.', ['8', '10 centimes'], undefined],
    // Two years that a range's words join are a period, cited whole (below: spans of years).
    ['Les travaux dureront de 2024 à 2026.', ['2024', '2026'], 'de 2024 à 2026'],
    ['Il a gagné 5 points et 3 rebonds.', ['5 points', '3 rebonds'], undefined],
    ['La durée passera de 18 à 15 mois.', ['18', '15 mois'], undefined],
    ['Deux suspects, âgés de 24 et 31 ans, ont été interpellés.', ['24', '31 ans'], undefined],
  ])('keeps the ends of a range apart, a range only where a word opens it: %s', (text, figures, range) => {
    const found = findNumbers(text);
    expect(found.map((n) => n.text)).toEqual(figures);
    expect(found[0]?.range).toBe(range);
  });

  it('finds every number, in order', () => {
    expect(findNumbers('En 2015 et 2016, il a gagné 12 points.').map((n) => n.text)).toEqual(['2015', '2016', '12 points']);
  });
});

describe('findNumbers: spans and ranges', () => {
  it.each([
    ['Les prix sont inférieurs de 8 à 10 centimes à ceux des autoroutes.', '8 à 10 centimes', undefined],
    ['Une séance remportée 4 à 3 par les Lyonnaises.', '4 à 3', undefined],
    ['Le tarif passera de 25 à 50 euros.', '25 à 50 euros', undefined],
    ['Le coût est estimé entre 450 et 600 millions d’euros.', '450 et 600 millions d’euros', 'entre 450 et 600 millions d’euros'],
    ['Entre 20 heures et 8 heures, il faut appeler le 15.', '20 heures et 8 heures', 'entre 20 heures et 8 heures'],
    // A day before a later date of its month: a span of dates, cited whole.
    ['Les contrôleurs feront grève du 18 au 21 avril.', '18 au 21 avril', 'du 18 au 21 avril'],
    ['Le festival aura lieu du 8 au 11 juillet 2027.', '8 au 11 juillet 2027', 'du 8 au 11 juillet 2027'],
    ['Les fromages vendus entre le 2 et le 20 octobre sont rappelés.', '2 et le 20 octobre', 'entre le 2 et le 20 octobre'],
    // Two years that a range's words join: a span of years, cited whole.
    ['Les stations ont mesuré l’ozone de 2005 à 2025.', '2005 à 2025', 'de 2005 à 2025'],
    ['On comptait 13 jours en moyenne entre 2005 et 2009.', '2005 et 2009', 'entre 2005 et 2009'],
  ])('gives both ends their span: %s', (text, span, range) => {
    const joined = findNumbers(text).filter((n) => n.span !== undefined);
    expect(joined.map((n) => [n.span, n.range])).toEqual([[span, range], [span, range]]);
  });

  it.each([
    // Two figures that no range word joins, a time of day after "à", a fall or two units are no span.
    'Rennes et Grenoble ont respectivement 93,7 % et 93,1 % de reçus.',
    'L’action gagnait 3,8 % à 10h15.',
    'Le litre coûte 1,589 euro, et 2 000 stations ferment.',
    'Le sans-plomb 95 s’affichait à 1,671 euro, et le sans-plomb 98 à 1,742 euro.',
    'La durée passe de 18 à 15 mois et le taux de 2 % à 1,75 %.',
    'Le groupe versera 4,2 millions d’euros à 312 anciens salariés.',
    'Du 3 mai à 2027, rien ne change.',
    'Du 25 au 21 avril, rien ne change.',
  ])('joins no other figures: %s', (text) => {
    expect(findNumbers(text).filter((n) => n.span !== undefined)).toEqual([]);
  });
});

describe('findNumbers: a season', () => {
  it('cites two years that a hyphen joins whole ("la saison 2025-2026", not "2026")', () => {
    const years = findNumbers('Chambéry a validé son maintien lors de la 24e journée de la saison 2025-2026.').filter((n) => n.kind === 'year');
    expect(years.map(citedAs)).toEqual(['2025-2026']);
    // A hyphen between two figures is a span: the second year is the figure, the first no figure of its own.
    expect(findNumbers('La loi couvre la période 2024-2030.')).toEqual([{ text: '2030', value: '2030', kind: 'year', span: '2024-2030', range: '2024-2030' }]);
  });
});

describe('findNumbers: a mark out of a scale', () => {
  it.each([
    ['La moyenne atteignait 16,42/20 cette année.', '16,42/20'],
    ['La moyenne atteignait 16,42 sur 20.', '16,42 sur 20'],
  ])('reads a mark and its scale as one figure: %s', (text, figure) => {
    expect(findNumbers(text)).toEqual([{ text: figure, value: '16,42', kind: 'count', scale: '20' }]);
  });

  it('keeps two figures when the second measures something ("12 sur 20 000 habitants")', () => {
    expect(findNumbers('On en compte 12 sur 20 000 habitants.').map((n) => n.text)).toEqual(['12', '20 000 habitants']);
  });
});

describe('citedAs', () => {
  it.each([
    ['Le coût est estimé entre 450 et 600 millions d’euros.', ['entre 450 et 600 millions d’euros', 'entre 450 et 600 millions d’euros']],
    // One end of "de 25 à 50 euros" may say a change: a list does not cite it alone.
    ['Le tarif passera de 25 à 50 euros.', [undefined, undefined]],
    ['Le club compte 48 salariés.', ['48 salariés']],
    // A span of dates, whole from either end: never "le 21 avril" alone.
    ['La grève aura lieu du 18 au 21 avril.', ['du 18 au 21 avril', 'du 18 au 21 avril']],
  ])('cites a range whole, the end of a span not at all: %s', (text, cited) => {
    expect(findNumbers(text).map(citedAs)).toEqual(cited);
  });
});

describe('findNumbers: a figure that opens a name', () => {
  it('leaves out a figure right after a noun that names by it ("l’association 40 millions d’automobilistes")', () => {
    const found = findNumbers('Pierre Martin, délégué de l’association 40 millions d’automobilistes, dénonce une hausse de 2,4 %.');
    expect(found.map((n) => n.text)).toEqual(['2,4 %']);
  });
  it('keeps a figure after the noun used with another sense ("une association de 300 membres")', () => {
    expect(findNumbers('Une association de 300 membres a porté plainte.').map((n) => n.text)).toContain('300 membres');
  });
});

describe('findNumbers: a figure that ends a name', () => {
  it.each([
    ['Le RC Lens s’est imposé 2-1 lors de la 14e journée de Ligue 1.', []],
    ['Le Stade toulousain mène le Top 14 avec 52 points.', ['52 points']],
    ['Le CAC 40 a gagné 1,2 % mardi.', ['1,2 %']],
    ['Le pilote de Formule 1 a signé pour deux saisons.', []],
  ])('leaves out the figure of a name in "%s"', (text, figures) => {
    expect(findNumbers(text).map((n) => n.text)).toEqual(figures);
  });

  it.each([
    ['La commune compte 3 écoles et Lyon 12 collèges.', ['3 écoles', '12 collèges']],
    ['Environ 300 personnes ont manifesté.', ['300 personnes']],
    ['Le Mondial 2026 se jouera en Amérique du Nord.', ['2026']],
  ])('keeps the figures of "%s"', (text, figures) => {
    expect(findNumbers(text).map((n) => n.text)).toEqual(figures);
  });
});

describe('listedAs: what a share is of', () => {
  it.each([
    ['Près de 20 % des chèques n’ont pas été utilisés l’an dernier.', '20 % des chèques'],
    ['Environ 37 % des élèves ne partent pas en vacances.', '37 % des élèves'],
  ])('ends the phrase before the verb\'s group: %s', (text, listed) => {
    expect(findNumbers(text).map(listedAs)).toEqual([listed]);
  });
});

describe('findNumbers: a complement whose adjective stands before its noun', () => {
  it('keeps the plural adjective after a counted noun ("650 poids lourds", "47 fautes directes"), not a participle or an adverb', () => {
    const texts = (sentence: string): string[] => findNumbers(sentence).map((n) => n.text);
    expect(texts('L’ouvrage voit passer 9 400 véhicules, dont 650 poids lourds.')).toEqual(['9 400 véhicules', '650 poids lourds']);
    expect(texts('Il a commis 47 fautes directes.')).toEqual(['47 fautes directes']);
    expect(texts('Au total, 42 000 canards abattus ont été indemnisés.')).toEqual(['42 000 canards']);
    expect(texts('Le chantier a duré 10 ans seulement.')).toEqual(['10 ans']);
  });

  it('reads "120 kilomètres de nouvelles pistes cyclables" to the noun ("120 kilomètres de nouvelles" was listed)', () => {
    expect(findNumbers('La création de 120 kilomètres de nouvelles pistes cyclables est prévue.').map((n) => n.text)).toEqual(['120 kilomètres de nouvelles pistes']);
  });
});

describe('findNumbers: a year before a word ending in s that is no plural', () => {
  it('reads "en 2025 auprès de fonds européens" as the year 2025 alone', () => {
    expect(findNumbers('Une levée de fonds réalisée en 2025 auprès de fonds européens.').map((n) => n.text)).toEqual(['2025']);
  });
});

describe('findNumbers: races', () => {
  it('reads a race time to its hundredths as one figure ("1 min 52 s 31")', () => {
    expect(findNumbers('Elle a gagné en 1 min 52 s 31, nouveau record.').map((n) => n.text)).toEqual(['1 min 52 s 31']);
    expect(findNumbers('Il a couru en 3 min 04 s 12 coureurs derrière lui.').map((n) => n.text)).toContain('3 min 04 s');
  });
  it.each([
    ['le 200 m nage libre', '200 m'],
    ['le 100 m papillon', '100 m'],
    ['le 110 m haies', '110 m'],
    ['le 4 x 100 m quatre nages', '100 m'],
  ])('leaves out the distance that names a race (%s)', (race, distance) => {
    const found = findNumbers(`Il a remporté ${race} en 50 s 87.`).map((n) => n.text);
    expect(found).toContain('50 s 87');
    expect(found).not.toContain(distance);
  });
  it('keeps a distance that measures ("une course de 100 m", "à 60 kilomètres au nord")', () => {
    expect(findNumbers('Il est passé à 60 kilomètres au nord.').map((n) => n.text)).toEqual(['60 kilomètres']);
  });
});

describe('findNumbers: age groups', () => {
  it.each([
    ['Nous avons maintenu la gratuité pour les moins de 12 ans et l’entrée à 1 euro.', ['1 euro']],
    ['Les plus de 65 ans représentent 21 % de la population.', ['21 %']],
    // An age that measures someone is a figure.
    ['Un enfant de 12 ans a été blessé.', ['12 ans']],
    ['Il a moins de 12 ans.', ['12 ans']],
  ])('leaves out the age that names a group ("%s")', (text, figures) => {
    expect(findNumbers(text).map((n) => n.text)).toEqual(figures);
  });
});
