import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticle, renderArticle } from '../../src/index.js';
import type { Block } from '../../src/types.js';
import { auditArticle } from '../../src/check/audit.js';
import { readArticle } from '../../src/check/read-article.js';

const seed = readFileSync('examples/seed.txt', 'utf8');
const thin = readFileSync('tests/fixtures/corpus/06-sport-relais-jamaicain-bolt.txt', 'utf8');

describe('writeArticle', () => {
  it('writes the same article whatever was written before it (what is kept for one article never leaks into the next)', () => {
    // A thin source asked for many words goes through every writing level (shared lead and sections, the last level's copy).
    const options = { minWords: 1500, seed: 2, date: '2026-01-01' };
    const first = renderArticle(generateArticle(thin, options), 'json');
    renderArticle(generateArticle(seed, { minWords: 700 }), 'json');
    renderArticle(generateArticle(seed, { minWords: 1 }), 'json');
    expect(renderArticle(generateArticle(thin, options), 'json')).toBe(first);
  });
});

describe('an article whose readable levels fall a few words short', () => {
  const readabilityOf = (source: string, seed: number): Record<string, string> => {
    const report = auditArticle(readArticle(renderArticle(generateArticle(source, { seed }), 'md'), 'md'));
    expect(report.figures.words).toBeGreaterThanOrEqual(700);
    return Object.fromEntries(report.readability.map((r) => [r.id, r.rating]));
  };

  // n-01's bounded levels ended 4 words short; the next level restated every sentence whatever its length (30.2 % long).
  it.each([0, 1, 2])('takes only the words it lacks from the fill, and stays within Yoast’s share of long sentences (n-01, seed %i)', (seed) => {
    const readability = readabilityOf(readFileSync('tests/fixtures/unseen/n-01-agriculture-prix-du-lait.txt', 'utf8'), seed);
    expect(readability.textSentenceLength).toBe('good');
    expect(readability.passiveVoice).toBe('good');
  });

  // 07's fill free of the bounds left 27.3 % of its sentences long; its body free of them, 25.0 %.
  it.each([0, 1, 2])('keeps a looser level that reads within the bounds over the first that reaches the minimum (07, seed %i)', (seed) => {
    expect(readabilityOf(readFileSync('tests/fixtures/corpus/07-culture-impressionnistes-montreal.txt', 'utf8'), seed).textSentenceLength).toBe('good');
  });
});

describe('the keyphrase in subheadings', () => {
  it('reaches Yoast’s 30 % of the H2 and H3 even when the source’s own headings come first', () => {
    // Three "## " headings of the source open the article; they keep their words.
    const article = generateArticle(readFileSync('tests/fixtures/unseen/d-05.txt', 'utf8'));
    const headings = article.blocks.filter((b) => b.type === 'heading' && (b.level === 2 || b.level === 3));
    const carrying = headings.filter((h) => h.type === 'heading' && h.text.toLowerCase().includes(article.meta.keyphrase.toLowerCase()));
    expect(carrying.length / headings.length).toBeGreaterThanOrEqual(0.3);
  });
});

describe('the keyphrase’s density', () => {
  it('stays within Yoast’s maximum when the source names its subject in nearly every sentence: fewer subheadings carry it, down to the 30 %', () => {
    // The source says "Facebook" 19 times: with the keyphrase in half of the subheadings, the article said it 28 times in 963 words (27 at most).
    // Past Yoast's 30 % of subheadings, a question about the keyphrase goes (seeds 1 and 2).
    const source = readFileSync('tests/fixtures/corpus/10-tech-facebook-snapchat.txt', 'utf8');
    for (const seed of [0, 1, 2]) {
      const report = auditArticle(readArticle(renderArticle(generateArticle(source, { keyphrase: 'Facebook', seed }), 'md'), 'md'));
      const density = report.seo.find((r) => r.id === 'keyphraseDensity')!;
      expect(density.exactMatch?.rating ?? density.rating, `seed ${seed}`).toBe('good');
      expect(report.seo.find((r) => r.id === 'subheadingsKeyword')!.rating, `seed ${seed}`).toBe('good');
      expect(report.figures.words, `seed ${seed}`).toBeGreaterThanOrEqual(700);
    }
  });
});

describe('a key figure that says its figure twice', () => {
  const source = readFileSync('tests/fixtures/corpus/07-culture-impressionnistes-montreal.txt', 'utf8');
  const labelled = (blocks: readonly Block[]): string[] =>
    blocks.flatMap((b) => (b.type === 'list' ? b.items.filter((i) => i.label && i.sentence.provenance.template === 'rule.figure-label').map((i) => i.label!) : []));

  it('is kept by an article short of words, before the fill asks questions that say body sentences again', () => {
    // Seed 1: without "Vingt-et-une toiles : … vingt-et-une toiles de Renoir…", the article fell short and the fill
    // added three questions ("Quelles autres précisions…"), while a stricter level left out its timeline.
    const article = generateArticle(source, { seed: 1 });
    expect(labelled(article.blocks)).toContain('Vingt-et-une toiles');
    expect(article.blocks.some((b) => b.type === 'heading' && b.provenance.template.startsWith('heading.timeline'))).toBe(true);
    const fill = article.blocks.flatMap((b) => (b.type === 'faq' ? b.items.filter((i) => /^faq\.more/u.test(i.question.provenance.template)) : []));
    expect(fill).toEqual([]);
  });

  it('is left out of an article long enough without it', () => {
    const article = generateArticle(source, { seed: 1, minWords: 300 });
    expect(labelled(article.blocks)).not.toContain('Vingt-et-une toiles');
  });
});

describe('the names the article lists', () => {
  it('leave out a term the glossary writes in capitals, even one the source uses only inside a longer term', () => {
    const source = [
      'Le groupe Nvidia, principal fabricant de puces, a présenté mardi ses résultats trimestriels, portés par la demande en IA générative.',
      'Selon Nvidia, les centres de données de Microsoft et de Google achètent la plupart de ses puces graphiques.',
      'Les besoins de l’IA augmentent encore, a déclaré le patron du groupe, Jensen Huang, devant les analystes de Wall Street.',
      'Nvidia, Microsoft et Google dominent désormais le marché de l’IA, selon le Financial Times.',
    ].join('\n\n');
    const article = generateArticle(source, { minWords: 1, allowShort: true });
    const said = article.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.text) : b.type === 'list' ? b.items.map((i) => i.sentence.text) : b.type === 'faq' ? b.items.flatMap((i) => i.answer.map((a) => a.text)) : []));
    const lists = said.filter((t) => /noms|cite (?:notamment|entre autres)|ressortent/u.test(t));
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) expect(list).not.toMatch(/\bIA\b/u);
    expect(lists.join(' ')).toMatch(/Microsoft|Google|Nvidia/u);
  });

  it('leave out a name said inside a longer one, after its elided article too', () => {
    const source = [
      'Environ 1 200 agriculteurs ont bloqué lundi les accès de Rennes à l’appel de la FDSEA et des Jeunes Agriculteurs d’Ille-et-Vilaine.',
      'Le préfet d’Ille-et-Vilaine a reçu une délégation de la FDSEA en fin de journée.',
      'Les Jeunes Agriculteurs d’Ille-et-Vilaine réclament des prix plus justes pour le lait et la viande.',
      'La FDSEA promet de nouvelles actions dans toute la Bretagne si rien ne change.',
    ].join('\n\n');
    const article = generateArticle(source, { minWords: 1, allowShort: true });
    const said = article.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.text) : b.type === 'faq' ? b.items.flatMap((i) => i.answer.map((a) => a.text)) : []));
    const lists = said.filter((t) => /noms|\b(?:cite|concerne|évoque) (?:notamment|entre autres|en particulier)|ressortent|dans cette partie/u.test(t));
    expect(lists.join(' ')).toMatch(/les Jeunes Agriculteurs d’Ille-et-Vilaine/u);
    for (const list of lists) expect(list).not.toMatch(/(?:,|et|notamment) Ille-et-Vilaine/u);
  });
});

describe('the names the article lists', () => {
  it('say a person once when the source gives a surname of two words alone ("le professeur Le Bras")', () => {
    const source = [
      'Le CHU de Nantes réalise une première greffe de foie par robot',
      'Le centre hospitalier universitaire de Nantes a réalisé mi-novembre une greffe de foie assistée par robot, a annoncé l’établissement mardi.',
      '« Le donneur est rentré chez lui au bout de cinq jours », a expliqué le chef du service, le professeur Yann Le Bras, qui a dirigé l’opération.',
      'En France, environ 1 400 greffes de foie sont réalisées chaque année, selon les autorités sanitaires.',
      'Le CHU de Nantes prévoit de réaliser une dizaine d’interventions de ce type en 2027, a précisé le professeur Le Bras.',
    ].join('\n\n');
    const texts = JSON.stringify(generateArticle(source, { allowShort: true }).blocks);
    expect(texts).toContain('Yann Le Bras');
    expect(texts).not.toMatch(/Yann Le Bras(?:,| et) Le Bras|\*\*Le Bras\*\*|"Le Bras"/u);
  });
});

describe('the timeline’s intro', () => {
  it('says a first of the month with its article, contracted: "au 1ᵉʳ septembre"', () => {
    const source = [
      'Les vendanges ont commencé le 20 août en Bourgogne, avec deux semaines d’avance sur le calendrier habituel.',
      'La grêle du 14 juin avait détruit une partie des vignes de la Côte de Beaune, selon les viticulteurs.',
      'Les derniers raisins ont été rentrés le 1er septembre, a indiqué le Bureau interprofessionnel des vins.',
      'La récolte devrait atteindre 1,62 million d’hectolitres, en hausse de 18 % sur un an, selon la filière.',
      'Le prix du vin en vrac pourrait baisser dès l’automne, estiment les négociants de la région.',
    ].join('\n\n');
    const article = generateArticle(source, { minWords: 1, allowShort: true });
    const said = article.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.text) : []));
    const intro = said.find((t) => /chronologie|repères de dates/u.test(t));
    expect(intro).toBeDefined();
    expect(intro).toMatch(/au 1ᵉʳ septembre/u);
    expect(intro).not.toMatch(/à 1ᵉʳ/u);
  });

  it('says the last year of a span "de … à …" that ends the timeline ("de 1966 à de 2015 à 2017" was written)', () => {
    const source = [
      'Le musée de la Marine de Toulon fête ses soixante ans',
      'Le musée de la Marine de Toulon a célébré samedi ses soixante ans d’existence, en présence de 2 000 visiteurs venus découvrir une exposition consacrée à l’histoire de l’arsenal.',
      'Le musée a ouvert ses portes au public en 1966, dans l’ancienne porte monumentale de l’arsenal, classée monument historique. Il présente aujourd’hui près de 1 500 objets, dont des maquettes de navires, des tableaux et des instruments de navigation.',
      'Le bâtiment a connu une première rénovation en 1982, qui a permis de doubler la surface d’exposition. Le musée a fermé ses portes de 2015 à 2017 pour des travaux de mise aux normes.',
      '« Ce musée raconte trois siècles de l’histoire de Toulon et de sa marine », a souligné le conservateur, Paul Lemaire, lors de la cérémonie. La fréquentation a atteint 95 000 visiteurs en 2025, un record.',
      'L’exposition anniversaire, intitulée « L’arsenal et la ville », restera ouverte jusqu’au 31 mars. Elle rassemble une centaine de pièces prêtées par des collectionneurs privés et par le Service historique de la Défense.',
      'Le musée prévoit d’ouvrir une nouvelle salle consacrée aux sous-marins en 2027.',
    ].join('\n\n');
    const said = generateArticle(source, { allowShort: true }).blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.text) : []));
    const intro = said.find((t) => /chronologie|repères de dates/u.test(t));
    expect(intro).toMatch(/de 1966 à 2017\./u);
  });

  it.each([0, 1, 2])('says the last date of a span that ends the timeline, not the span after "à" (c-10, seed %i)', (seed) => {
    const source = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'unseen', 'c-10-defense-rafale.txt'), 'utf8');
    const said = generateArticle(source, { seed }).blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.text) : []));
    const intro = said.find((t) => /chronologie|repères de dates/u.test(t));
    expect(intro).toMatch(/de 2015 à 2032\./u);
    expect(intro).not.toMatch(/à entre/u);
  });
});

describe('the names the article lists', () => {
  const listsOf = (text: string, seedOf: number): string =>
    generateArticle(text, { minWords: 1, allowShort: true, seed: seedOf })
      .blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : b.type === 'faq' ? b.items.flatMap((i) => i.answer) : []))
      .filter((s) => /^(?:opener\.entit|faq\.actors|conclusion)/u.test(s.provenance.template))
      .map((s) => s.text)
      .join(' ');

  const text = [
    '# Réparation : les fabricants devront fournir des pièces pendant dix ans',
    '',
    'Camille Roussel, rapporteure du texte, a défendu la mesure mardi. Paul Mercadier, président de la Société d’Exploitation de la tour Dumas, dénonce un coût trop élevé. Camille Roussel assure que la loi protège les consommateurs.',
    '',
    'Les fabricants s’exposent à une amende de 3 % du chiffre d’affaires réalisé en France. Paul Mercadier demande un délai. La Société d’Exploitation de la tour Dumas emploie 400 salariés.',
  ].join('\n');

  it.each([0, 1, 2])('never gives a place named once as a name that stands out, and gives a name whole (seed %i)', (seedOf) => {
    const lists = listsOf(text, seedOf);
    expect(lists).not.toContain('France');
    expect(lists.replace(/Société d’Exploitation de la tour Dumas/gu, '')).not.toContain('Société d’Exploitation');
  });

  // Four terms come first (cyberattaque, mairie, rançongiciel, cryptomonnaie; porte-parole, a newsroom word, after them): the glossary's cap leaves "Anssi" out.
  const cyber = [
    'Une cyberattaque a paralysé lundi les services de la mairie de Brest, a indiqué son porte-parole, Hélène Marec.',
    'Les pirates ont installé un rançongiciel et réclament une rançon en cryptomonnaie, selon la mairie.',
    'L’Anssi a dépêché une équipe sur place mardi matin pour aider les agents de la ville.',
    'L’Anssi rappelle que les PME et les collectivités sont de plus en plus visées par ces attaques.',
    'Les chauffeurs de VTC de la ville ne peuvent plus payer leurs redevances en ligne, selon Hélène Marec.',
  ].join('\n\n');

  it.each([0, 1, 2])('keep a body that is a glossary term the glossary leaves out for its cap ("l’Anssi", seed %i)', (seedOf) => {
    expect(listsOf(cyber, seedOf)).toContain('l’Anssi');
  });

  it.each([0, 1, 2])('leave out a term’s form that is a word, not a body, even where the glossary does not define it ("les PME", "de VTC", seed %i)', (seedOf) => {
    const lists = listsOf(cyber, seedOf);
    expect(lists).not.toMatch(/\bPME\b|\bVTC\b/u);
  });

  // The lexicon writes "covid-19" in lower case; the source, "Covid-19": the same word, not a name to list.
  it.each([0, 1, 2])('leave out a term the source writes with a capital but not as a body ("la pandémie de Covid-19", seed %i)', (seedOf) => {
    const source = [
      'Le sanctuaire de Lourdes a accueilli 2,5 millions de visiteurs en 2025, selon son recteur, Michel Daubanes.',
      'La fréquentation n’a pas retrouvé son niveau d’avant la pandémie de Covid-19, a précisé Michel Daubanes.',
      'Les hôteliers de Lourdes affichent complet pour la visite du pape, attendue en juin avec 3 000 policiers.',
      'La préfecture des Hautes-Pyrénées prévoit des navettes depuis Tarbes et Pau pendant trois jours.',
    ].join('\n\n');
    const lists = listsOf(source, seedOf);
    expect(lists).toContain('Pau');
    expect(lists).not.toMatch(/\bCovid-19\b/u);
  });

  it.each([0, 1, 2])('leave out a short mention of a term of several words ("cette Palme" of "la Palme d’or", seed %i)', (seedOf) => {
    const source = [
      'Le jury du Festival de Cannes a décerné samedi la Palme d’or à la réalisatrice Inès Morel pour son film « Les Rives ».',
      '« Je dédie cette Palme à toutes les femmes qui doutent », a déclaré Inès Morel en recevant le trophée des mains de Denzel Washington.',
      'Cette Palme est la quatrième remise à une réalisatrice, a rappelé le délégué général du festival, Thierry Frémaux.',
      'Denzel Washington présidait le jury de cette 79e édition, qui a réuni 40 000 accrédités.',
      'Inès Morel avait déjà reçu le Grand Prix en 2019.',
    ].join('\n\n');
    const lists = listsOf(source, seedOf);
    expect(lists).toContain('Denzel Washington');
    expect(lists).not.toMatch(/\bPalme\b/u);
  });
});
