/** Key figures (src/writing/blocks/figures.ts), as generateArticle lists them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../../src/index.js';
import { calendarOrder } from '../../../src/writing/blocks/figures.js';
import type { Article, ListItem } from '../../../src/types.js';
import { listItemsOf } from '../../support/article.js';

const figuresOf = (article: Article): ListItem[] => listItemsOf(article, (id) => id.startsWith('rule.figure'));

const source = [
  '# Football : Lyon recrute un attaquant',
  '',
  'Le club lyonnais a recruté lundi un attaquant de 23 ans pour 25 millions d’euros. Lyon a marqué trois buts lors de ses quatre premiers matchs de Ligue 1.',
  '',
  'Le club avait été menacé de rétrogradation en Ligue 2 au printemps. Le président assure que la vente de plusieurs joueurs rapportera 40 millions d’euros cette année.',
].join('\n');

describe('writeKeyFigures', () => {
  it('takes no number of a name for a figure ("Ligue 1", "Ligue 2")', () => {
    const items = figuresOf(generateArticle(source, { minWords: 1, allowShort: true }));
    const shown = items.map((i) => `${i.label ?? ''} ${i.highlight ?? ''}`);
    expect(shown.some((s) => /\b25 millions d’euros\b|\b23 ans\b|\b40 millions d’euros\b/u.test(s))).toBe(true);
    expect(items.map((i) => i.highlight ?? i.label)).not.toContain('1');
    expect(items.map((i) => i.highlight ?? i.label)).not.toContain('2');
  });

  it('takes no number after a noun that numbers things for a figure ("l’article 9", "la ligne 14")', () => {
    const law = [
      '# Le Conseil constitutionnel censure une partie de la loi',
      '',
      'Le Conseil constitutionnel a censuré jeudi sept articles de la loi sur les transports. Les sages ont validé le reste du texte, qui comptait 41 articles.',
      '',
      'Saisi par des députés, le Conseil a notamment jugé contraire à la Constitution l’article 9, qui autorisait les agents à procéder à des palpations.',
      '',
      'Les travaux de la ligne 14 du métro, qui sera prolongée jusqu’à l’aéroport, coûteront 300 millions d’euros.',
    ].join('\n');
    const shown = figuresOf(generateArticle(law, { minWords: 1, allowShort: true })).map((i) => i.highlight ?? i.label);
    expect(shown).toContain('41 articles');
    expect(shown).not.toContain('9');
    expect(shown).not.toContain('14');
  });
});

describe('writeKeyFigures: a figure that measures the news', () => {
  it('bolds no age, no hour of the day, no length that says when from another fact, no number after "le" ("appeler le 15")', () => {
    const text = [
      '# Urgences : de nouvelles règles à Dax',
      '',
      'Le joueur de 23 ans s’est engagé pour cinq saisons avec le club. Nadia Berrada, 44 ans, a remporté dimanche le second tour avec 52,4 % des suffrages exprimés.',
      '',
      'Entre 20 heures et 8 heures, les patients devront appeler le 15 avant de se déplacer. Trente ans plus tard, les deux sœurs se retrouvent dans un village du nord.',
      '',
      'Madeleine Sorel entre à 17 ans à l’École des beaux-arts de Lille. Le service a accueilli 14 920 patients en 2024.',
    ].join('\n');
    const shown = figuresOf(generateArticle(text, { minWords: 1, allowShort: true })).map((i) => (i.highlight ?? i.label ?? '').replace(/[\u00A0\u202F]/gu, ' '));
    expect(shown).toContain('14 920 patients');
    expect(shown.filter((s) => /^(?:23 ans|44 ans|15|Trente ans|17 ans)$|20 heures/iu.test(s))).toEqual([]);
  });
});

describe('writeKeyFigures: labels', () => {
  it('gives no label that the sentence opens on ("Deux personnes : deux personnes ont trouvé la mort")', () => {
    const storm = [
      '# Tempête : deux morts dans les Landes',
      '',
      'Deux personnes ont trouvé la mort. La tempête a traversé les Landes dans la nuit de samedi à dimanche.',
      '',
      'Les pompiers sont intervenus plus de 900 fois dans le département pendant le week-end, selon la préfecture.',
    ].join('\n');
    const items = figuresOf(generateArticle(storm, { minWords: 1, allowShort: true }));
    const repeated = items.filter((i) => i.label !== undefined && i.sentence.text.toLowerCase().startsWith(i.label.toLowerCase()));
    expect(repeated).toEqual([]);
  });

  it('gives no label that the phrase the sentence opens on holds ("19 ans : à 19 ans, l’ailier…")', () => {
    const draft = [
      '# Basket : un Français choisi en troisième position de la draft',
      '',
      'Les Charlotte Hornets ont choisi jeudi l’ailier fort de l’ASVEL. À 19 ans, Mathis Kanté devient le quatrième joueur français choisi parmi les trois premiers de la draft.',
      '',
      'En 2025, le club de Villeurbanne avait déjà vu partir deux jeunes joueurs vers la ligue nord-américaine. Le contrat de Mathis Kanté devrait rapporter 41 millions de dollars sur quatre ans.',
    ].join('\n');
    const items = figuresOf(generateArticle(draft, { minWords: 700, allowShort: true }));
    const opening = (text: string): string => /^([^,]*), /u.exec(text.toLowerCase())?.[1] ?? '';
    expect(items.map((i) => i.highlight ?? i.label)).toContain('41 millions de dollars');
    expect(items.filter((i) => i.label !== undefined && opening(i.sentence.text).includes(i.label.toLowerCase()))).toEqual([]);
  });

  it('lists no item that places its fact at a time only its paragraph says ("Les vents soufflaient alors à 230 km/h"), unless it says its date', () => {
    const storm = [
      '# L’ouragan Nadia frappe la Jamaïque',
      '',
      'L’ouragan Nadia a frappé mardi la Jamaïque, selon le gouvernement de l’île. Il a touché terre sur la côte sud vers 14 heures. Les vents soufflaient alors à 230 km/h, selon le Centre national des ouragans.',
      '',
      'En novembre 2013, le gouvernement de l’île a reçu une aide internationale, estimée alors à 120 millions de dollars. Plus de 18 000 personnes ont passé la nuit dans l’un des 640 abris ouverts par les autorités.',
    ].join('\n');
    const items = figuresOf(generateArticle(storm, { minWords: 700, allowShort: true }));
    const texts = items.map((i) => i.sentence.text);
    expect(texts.filter((t) => /\balors à 230\b/u.test(t))).toEqual([]);
    expect(texts.length).toBeGreaterThan(0);
  });

  it('keeps an item that says the date its "alors" points at ("En novembre 2013, Facebook tente de racheter Snapchat, valorisé alors à 800 millions de dollars")', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'corpus', '10-tech-facebook-snapchat.txt'), 'utf8');
    const texts = figuresOf(generateArticle(text)).map((i) => i.sentence.text);
    expect(texts.some((t) => /^En novembre 2013, .*\balors à 800\smillions de dollars/u.test(t))).toBe(true);
  });

  it('lists no sentence whose "y" or "en" stands for what the sentence before said ("1 500 prêtres y participeront")', () => {
    const visit = [
      '# Le pape attendu à Lourdes',
      '',
      'Le pape effectuera samedi une visite de deux jours à Lourdes, la première depuis 2008. Les organisateurs attendent 60 000 pèlerins.',
      '',
      'La messe de dimanche sera célébrée à 10 heures sur la prairie. Une centaine d’évêques et quelque 1 500 prêtres y participeront.',
      '',
      'Le nouveau tarif réduit concerne les abonnés. Environ 310 000 conducteurs en profitent.',
    ].join('\n');
    const items = figuresOf(generateArticle(visit, { minWords: 1, allowShort: true }));
    expect(items.map((i) => i.sentence.text).filter((t) => /\b(?:y|en) (?:participeront|profitent)\b/u.test(t))).toEqual([]);
    expect(items.map((i) => i.highlight ?? i.label)).toContain('60\u202f000 pèlerins');
  });

  it('gives no label that is a number without its unit ("23 : la liste obtient 23 des 33 sièges")', () => {
    const vote = [
      '# Municipale partielle : la liste de Nadia Berrada l’emporte',
      '',
      'La liste de Nadia Berrada a remporté dimanche le second tour avec 54,2 % des voix. La nouvelle liste majoritaire obtient 23 des 33 sièges du conseil municipal.',
      '',
      'La participation a atteint 48 %, contre 39 % au premier tour, selon la préfecture.',
    ].join('\n');
    const items = figuresOf(generateArticle(vote, { minWords: 1, allowShort: true }));
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((i) => i.label !== undefined && /^[\d\s\u00A0\u202F.,]+$/u.test(i.label))).toEqual([]);
  });
});

describe('writeKeyFigures: items read alone', () => {
  it('drops a connector set off after a fronted phrase ("Aux États-Unis, en revanche, …")', () => {
    const earnings = [
      '# Luxe : les ventes reculent en Chine',
      '',
      'Les ventes du groupe ont baissé de 15 % en Chine au premier semestre. Aux États-Unis, en revanche, l’activité progresse de 5 %, portée par la clientèle la plus aisée.',
      '',
      'Le groupe a ouvert 23 boutiques pendant la période, selon son communiqué.',
    ].join('\n');
    const items = figuresOf(generateArticle(earnings, { minWords: 1, allowShort: true }));
    expect(items.map((i) => i.sentence.text).filter((t) => /en revanche/u.test(t))).toEqual([]);
    expect(items.some((i) => /^Aux États-Unis, l’activité progresse de 5/u.test(i.sentence.text))).toBe(true);
  });

  it('drops a contrast adverb inside the clause and says a demonstrative with the article ("a en revanche reculé", "cette baisse")', () => {
    const sales = [
      '# Black Friday : les ventes en ligne progressent',
      '',
      'Les Français ont dépensé 1,5 milliard d’euros en ligne pendant le week-end. Dans les magasins, la fréquentation a en revanche reculé d’environ 3 %.',
      '',
      'Les ventes de la marque ont baissé au premier semestre. Le groupe explique cette baisse par l’ouverture tardive de 23 boutiques.',
    ].join('\n');
    const texts = figuresOf(generateArticle(sales, { minWords: 1, allowShort: true })).map((i) => i.sentence.text);
    expect(texts.filter((t) => /en revanche|cette baisse/u.test(t))).toEqual([]);
    // Under its label, the figure is said once (figure-label.ts): "Environ 3 % : … a reculé."
    const items = figuresOf(generateArticle(sales, { minWords: 1, allowShort: true })).map((i) => `${i.label ?? ''} : ${i.sentence.text}`);
    expect(items.some((t) => /^Environ 3\s%\s: dans les magasins, la fréquentation a reculé\.$/u.test(t))).toBe(true);
  });
});

describe('writeKeyFigures: a labelled item says its figure once', () => {
  const shown = (article: Article): string[] => figuresOf(article).map((i) => (i.label ? `${i.label} : ${i.sentence.text}` : i.sentence.text).replace(/[\u00A0\u202F]/gu, ' '));
  const repeating = (article: Article): ListItem[] =>
    figuresOf(article).filter((i) => i.label !== undefined && i.sentence.text.toLowerCase().includes(i.label.toLowerCase()));

  it('cuts an apposition that restates the label ("7,7 % : la progression, de 7,7 %, est…" → "la progression est…")', () => {
    const wolves = [
      '# Loups : la population progresse moins vite',
      '',
      'L’Office français de la biodiversité a publié mardi son estimation annuelle de la population de loups en France. La progression, de 7,7 %, est plus faible que celle des années précédentes.',
      '',
      'L’OFB recense 134 meutes, principalement dans les Alpes. L’État a versé 41 millions d’euros d’indemnisation aux éleveurs.',
    ].join('\n');
    const article = generateArticle(wolves, { minWords: 1, allowShort: true });
    expect(shown(article)).toContain('7,7 % : la progression est plus faible que celle des années précédentes.');
    expect(repeating(article)).toEqual([]);
  });

  it('cuts a measure’s complement and a date, the qualifier going to the label ("Près de vingt-quatre heures", "6 juin")', () => {
    const rescue = [
      '# Montagne : deux alpinistes secourus dans le massif du Mont-Blanc',
      '',
      'Deux alpinistes ont été secourus dimanche dans le massif du Mont-Blanc. Les conditions ont empêché toute intervention par hélicoptère pendant près de vingt-quatre heures.',
      '',
      'Les secouristes ont progressé à pied dans la neige. Une cérémonie en leur honneur aura lieu le 6 juin.',
    ].join('\n');
    const article = generateArticle(rescue, { minWords: 1, allowShort: true });
    const items = shown(article);
    expect(items).toContain('Près de vingt-quatre heures : les conditions ont empêché toute intervention par hélicoptère.');
    expect(items).toContain('6 juin : une cérémonie en leur honneur aura lieu.');
    expect(repeating(article)).toEqual([]);
  });

  it('lists no item when its sentence cannot lose the figure ("64 vols : l’aéroport a annulé 64 vols"); the body still says it', () => {
    const storm = [
      '# Tempête : le trafic aérien perturbé à Bordeaux',
      '',
      'La tempête a traversé la Gironde dans la nuit de samedi à dimanche. L’aéroport de Bordeaux-Mérignac a annulé 64 vols.',
      '',
      'Les rafales ont atteint 140 km/h sur le littoral, selon Météo-France. Les pompiers sont intervenus plus de 900 fois.',
    ].join('\n');
    const article = generateArticle(storm, { minWords: 1, allowShort: true });
    expect(shown(article).filter((t) => t.includes('64 vols'))).toEqual([]);
    expect(repeating(article)).toEqual([]);
    const body = article.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.text) : []));
    expect(body.some((t) => t.includes('64 vols'))).toBe(true);
  });

  it('keeps such an item when it is all the list would hold, as it was ("64 vols : l’aéroport a annulé 64 vols")', () => {
    const storm = [
      '# Tempête : le trafic aérien perturbé à Bordeaux',
      '',
      'La tempête a traversé la Gironde dans la nuit de samedi à dimanche. L’aéroport de Bordeaux-Mérignac a annulé 64 vols.',
      '',
      'La circulation ferroviaire a été interrompue entre Bordeaux et Hendaye. La SNCF prévoit une reprise progressive lundi matin.',
    ].join('\n');
    expect(shown(generateArticle(storm, { minWords: 1, allowShort: true }))).toEqual(['64 vols : l’aéroport de Bordeaux-Mérignac a annulé 64 vols.']);
  });
});

describe('writeKeyFigures: an item states its figure', () => {
  it('never lists a quotation whose figure was in its attribution ("…, a confié la gardienne, âgée de 34 ans")', () => {
    const match = [
      '# Football : Lyon en finale',
      '',
      'Les Lyonnaises ont battu Barcelone dimanche devant 51 740 spectateurs. La gardienne a arrêté deux tirs au but.',
      '',
      '« Je connais bien leurs tireuses. J’avais étudié les vidéos toute la semaine », a confié la gardienne, âgée de 34 ans.',
    ].join('\n');
    const items = figuresOf(generateArticle(match, { minWords: 1, allowShort: true }));
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((i) => i.sentence.text.includes('«'))).toEqual([]);
    for (const item of items) expect(`${item.label ?? ''} ${item.sentence.text}`).toContain((item.label ?? item.highlight)!);
  });
});

describe('writeKeyFigures: a figure as a whole number', () => {
  it('finds "4" in "catégorie 4", not in "14 heures", and bolds the whole figure', () => {
    const storm = [
      '# Ouragan : la Jamaïque touchée',
      '',
      'L’ouragan a touché terre sur la côte sud de l’île vers 14 heures, heure locale, en catégorie 4 sur l’échelle de Saffir-Simpson, qui en compte cinq. Les vents soufflaient alors à 230 km/h.',
      '',
      'Plus de 18 000 personnes ont passé la nuit dans l’un des 640 abris ouverts par les autorités.',
    ].join('\n');
    const items = figuresOf(generateArticle(storm, { minWords: 1, allowShort: true }));
    for (const item of items.filter((i) => i.highlight !== undefined)) {
      const at = item.sentence.text.indexOf(item.highlight!);
      expect(/\d$/u.test(item.sentence.text.slice(0, at))).toBe(false);
    }
    expect(items.some((i) => i.highlight === '4' && i.sentence.text.includes('14 heures') && !i.sentence.text.includes('catégorie 4'))).toBe(false);
  });
});

describe('writeKeyFigures: a range whole', () => {
  it('bolds "8 à 10 centimes", not its "8" alone', () => {
    const fuel = [
      '# Carburants : les prix reculent encore',
      '',
      'Les prix des carburants ont reculé la semaine dernière en France, pour la quatrième semaine consécutive.',
      '',
      'Les écarts restent importants d’une station à l’autre. Les grandes surfaces affichent des prix inférieurs de 8 à 10 centimes à ceux des stations d’autoroute, où le litre de gazole dépasse encore 1,80 euro. Les associations de consommateurs conseillent de comparer les prix avant de faire le plein.',
    ].join('\n');
    const items = figuresOf(generateArticle(fuel, { minWords: 1, allowShort: true }));
    const highlights = items.map((i) => i.highlight?.replace(/[\u00A0\u202F]/gu, ' '));
    expect(highlights).toContain('8 à 10 centimes');
    expect(highlights).not.toContain('8');
  });
});

describe('writeKeyFigures: an item read out of its paragraph', () => {
  it('says "des pièces" for "ces pièces" that the sentence before names ("Quinze jours : le délai de livraison des pièces…")', () => {
    const text = [
      '# Consommation : dix ans de pièces détachées',
      '',
      'La loi oblige les fabricants à rendre disponibles les pièces détachées de leurs lave-linge pendant au moins dix ans. Le délai de livraison de ces pièces ne pourra pas dépasser quinze jours.',
      '',
      'Les associations saluent une avancée. Les fabricants demandent un délai de 18 mois pour s’adapter.',
    ].join('\n');
    const sentences = figuresOf(generateArticle(text, { minWords: 1, allowShort: true })).map((i) => i.sentence.text);
    expect(sentences.some((s) => s.includes('livraison des pièces'))).toBe(true);
    expect(sentences.join(' ')).not.toContain('ces pièces');
  });
});

describe('calendarOrder: a timeline’s dates in the order of the calendar', () => {
  it.each([
    [['2026', '12 mars 2025', 'avril 2025', '2024'], [3, 1, 2, 0]],
    // A date without its year has no place among dates with theirs.
    [['2026', '3 avril', '2025'], [2, 0]],
    [['le 28 mars', '2020'], [1]],
    // Dates that all lack their year keep the source's order.
    [['3 avril', '5 mars'], [0, 1]],
  ])('%j → %j', (dates, order) => {
    expect(calendarOrder(dates)).toEqual(order);
  });
});
