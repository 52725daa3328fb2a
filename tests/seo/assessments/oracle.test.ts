/**
 * Plume's verdicts against Yoast SEO's own (yoastseo 3.6.0, fr_FR) on the same pages: the articles
 * Plume generates from the corpus, the corpus sources as someone else would publish them, and
 * hand-made bad articles. With exact matching, every rating must be Yoast's. With inflected
 * matching (Plume's default), a rating may differ only for a keyphrase assessment, and only where
 * the exact variant agrees with Yoast: that is the documented, deliberate difference (plural,
 * feminine and elided forms are found; with word forms, Yoast allows a keyphrase density up to 3.5 %).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { marked } from 'marked';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticle, renderArticle } from '../../../src/index.js';
import { readArticle } from '../../../src/check/read-article.js';
import { paperOf } from '../../../src/check/audit.js';
import { assessPaper, KEYPHRASE_ASSESSMENTS, type Paper, type Rating } from '../../../src/seo/assessments/index.js';
import { articleBody, yoastVerdicts } from './yoast-oracle.js';
import { minimalHtml } from '../../check/minimal-html.js';
import { h, li, p, paper, prose } from './helpers.js';

const root = join(import.meta.dirname, '..', '..', '..');
const corpusDir = join(root, 'tests', 'fixtures', 'corpus');
const inputs = [...readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpusDir, f)), join(root, 'examples', 'seed.txt')];

const generated = new Map<string, ReturnType<typeof generateArticle>>();
function generate(file: string): ReturnType<typeof generateArticle> {
  if (!generated.has(file)) generated.set(file, generateArticle(readFileSync(file, 'utf8')));
  return generated.get(file)!;
}

interface Comparison {
  readonly id: string;
  readonly yoast: Rating;
  readonly exact: Rating;
  readonly inflected: Rating;
}

function compare(html: string): Comparison[] {
  return compareArticle(readArticle(html, 'html'), articleBody(html));
}

function compareArticle(article: ReturnType<typeof readArticle>, body: string): Comparison[] {
  const yoast = yoastVerdicts({ body, keyphrase: article.keyphrase, title: article.title, description: article.description, slug: article.slug });
  const paper = paperOf(article);
  const exact = assessPaper(paper, { matching: 'exact' });
  const inflected = assessPaper(paper, { matching: 'inflected' });
  const inflectedById = new Map([...inflected.seo, ...inflected.readability].map((r) => [r.id, r.rating]));
  return [...exact.seo, ...exact.readability].map((r) => {
    const theirs = yoast.get(r.id);
    if (!theirs) throw new Error(`Yoast gives no verdict for ${r.id}`);
    return { id: r.id, yoast: theirs.rating, exact: r.rating, inflected: inflectedById.get(r.id)! };
  });
}

/** The disagreements that are not allowed: exact ≠ Yoast, or inflected ≠ Yoast outside the documented difference. */
function disagreements(comparisons: readonly Comparison[]): string[] {
  return comparisons.flatMap((c) => {
    const problems: string[] = [];
    if (c.exact !== c.yoast) problems.push(`${c.id}: Plume (exact) ${c.exact}, Yoast ${c.yoast}`);
    if (c.inflected !== c.yoast && !KEYPHRASE_ASSESSMENTS.includes(c.id)) problems.push(`${c.id}: Plume (inflected) ${c.inflected}, Yoast ${c.yoast}`);
    return problems;
  });
}

describe('Plume’s assessments agree with Yoast’s on the articles Plume generates', () => {
  it.each(inputs.map((f) => [f.split('/').pop()!, f]))('%s', (_, file) => {
    const html = renderArticle(generate(file), 'html');
    expect(disagreements(compare(html))).toEqual([]);
  });
});

describe('… on the corpus sources published as they are, in minimal HTML', () => {
  it.each(inputs.map((f) => [f.split('/').pop()!, f]))('%s', (_, file) => {
    const text = readFileSync(file, 'utf8');
    const keyphrase = generate(file).meta.keyphrase;
    const firstParagraph = text.split('\n').find((l) => l.length > 160 && !l.startsWith('- ')) ?? '';
    const description = firstParagraph.slice(0, firstParagraph.lastIndexOf(' ', 150));
    const html = minimalHtml(text, { keywords: keyphrase, description, slug: keyphrase.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-') });
    expect(disagreements(compare(html))).toEqual([]);
  });
});

describe('… on a clean Markdown article', () => {
  it('tests/fixtures/check/good-article.md: all good for both', () => {
    const text = readFileSync(join(root, 'tests', 'fixtures', 'check', 'good-article.md'), 'utf8');
    const body = marked.parse(text.replace(/^---\n[\s\S]*?\n---\n/, ''), { gfm: true, async: false });
    const comparisons = compareArticle(readArticle(text, 'md'), body);
    expect(disagreements(comparisons)).toEqual([]);
    expect(comparisons.filter((c) => c.yoast !== 'good' || c.inflected !== 'good')).toEqual([]);
  });
});

// ---------------------------------------------------------------- hand-made bad articles

const ACTIVE = [
  'Les constructeurs automobiles réduisent leur production en Europe.',
  'Plusieurs usines allemandes tournent au ralenti depuis trois semaines.',
  'Le gouvernement réunit les industriels lundi à Paris.',
  'Des milliers de salariés attendent des nouvelles de leur direction.',
  'Chaque voiture neuve contient des dizaines de composants électroniques.',
  'Taïwan fabrique la majorité des semi-conducteurs les plus avancés.',
  'Un porte-parole du ministère annonce un plan de soutien.',
  'Les délais de livraison dépassent parfois six mois.',
  'Nos lecteurs racontent de longues attentes chez les concessionnaires.',
  'Trois fabricants asiatiques investissent dans de nouvelles lignes.',
  'La Commission européenne prépare une loi sur les composants.',
  'Son président promet une reprise avant la fin de l’année.',
  'Quelques sous-traitants licencient déjà une partie de leurs équipes.',
  'Une usine de Dresde double sa capacité de production.',
  'Ces retards coûtent des milliards aux entreprises du secteur.',
  'Certains clients renoncent à leur commande.',
  'Deux syndicats appellent à la grève jeudi prochain.',
  'Vendeurs et garagistes constatent une hausse des prix d’occasion.',
  'Aucune solution rapide ne se dessine à court terme.',
  'Tous les analystes prévoient une année difficile.',
];
const PASSIVE = [
  'Le plan a été présenté par le ministre.',
  'Les commandes sont retardées par les fournisseurs.',
  'Une usine sera fermée en mars.',
  'Les salariés ont été informés par courrier.',
  'Le projet est financé par l’État.',
  'Les livraisons ont été suspendues jusqu’en juin.',
];
const TRANSITION = [
  'En effet, les stocks de composants baissent partout.',
  'Cependant, la demande de voitures neuves reste forte.',
  'Par ailleurs, les prix de l’énergie augmentent.',
  'Ensuite, les fabricants devront former de nouveaux techniciens.',
  'Par conséquent, les marges des concessionnaires diminuent.',
  'En revanche, les ventes de vélos électriques progressent.',
];
const LONG = [
  'Les constructeurs automobiles réduisent leur production en Europe, où plusieurs usines tournent au ralenti depuis trois semaines faute de composants venus d’Asie.',
  'Le gouvernement réunit lundi à Paris les industriels du secteur, les syndicats et les représentants des régions les plus touchées par les fermetures temporaires.',
  'Des milliers de salariés attendent des nouvelles de leur direction, qui promet un plan de reprise progressif dès que les livraisons de composants reprendront normalement.',
];
const KEYPHRASE = [
  'La pénurie de puces freine toute la production.',
  'Cette pénurie de puces touche tous les constructeurs.',
  'Une pénurie de puces aussi longue surprend les experts.',
  'Face à la pénurie de puces, les usines s’adaptent.',
];

const pick = (pool: readonly string[], n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => pool[(from + i) % pool.length]!);
const para = (sentences: readonly string[]): string => `<p>${sentences.join(' ')}</p>`;

interface HandMade {
  readonly name: string;
  readonly keyphrase: string;
  readonly title: string;
  readonly description: string;
  readonly slug: string;
  readonly body: readonly string[];
}

const HAND_MADE: readonly HandMade[] = [
  {
    name: 'thin and unoptimised: two H1, a title too wide, no meta description, no slug, no subheading, no keyphrase in the text',
    keyphrase: 'pénurie de puces',
    title: 'Un très long titre qui parle de tout ce qui se passe dans la région sauf du sujet de cet article',
    description: '',
    slug: '',
    body: ['<h1>Les usines</h1>', '<h1>Les ventes</h1>', para(pick(ACTIVE, 12))],
  },
  {
    name: 'stuffed: the keyphrase everywhere, 400 words before the first heading, long paragraphs and sentences, passives, no transitions',
    keyphrase: 'pénurie de puces',
    title: 'Pénurie de puces : pénurie de puces, la pénurie',
    description: 'La pénurie de puces dure. Une pénurie de puces inquiète les usines. La pénurie de puces touche tous les constructeurs européens et asiatiques depuis des mois déjà.',
    slug: 'penurie-de-puces',
    body: [
      '<h1>La pénurie de puces</h1>',
      para([...pick(LONG, 3), ...pick(KEYPHRASE, 4), ...pick(LONG, 3), ...pick(PASSIVE, 4), ...pick(KEYPHRASE, 4), ...pick(LONG, 3)]),
      para([...pick(LONG, 3), ...pick(KEYPHRASE, 2), ...pick(PASSIVE, 4), ...pick(LONG, 3)]),
      '<h2>La pénurie de puces en Europe</h2>',
      para([...pick(KEYPHRASE, 4), ...pick(ACTIVE, 5)]),
      '<h2>La pénurie de puces en Asie</h2>',
      para([...pick(KEYPHRASE, 4), ...pick(ACTIVE, 5, 5)]),
    ],
  },
  {
    name: 'middling: the keyphrase late in the title, spread over the introduction, a short description, a long section, some passives',
    keyphrase: 'pénurie de puces',
    title: 'Automobile : la pénurie de puces s’installe',
    description: 'Les usines européennes tournent au ralenti : la pénurie de puces dure depuis des mois.',
    slug: 'automobile-penurie',
    body: [
      '<h1>Automobile : la pénurie de puces s’installe</h1>',
      para(['La pénurie frappe les usines.', 'Les puces manquent partout.', ...pick(ACTIVE, 4)]),
      '<h2>Les usines à l’arrêt</h2>',
      para([...pick(ACTIVE, 8), ...pick(TRANSITION, 3), ...pick(LONG, 2), ...pick(PASSIVE, 4), ...pick(KEYPHRASE, 1)]),
      para([...pick(ACTIVE, 8, 10), ...pick(TRANSITION, 3, 3), ...pick(LONG, 2, 1), ...pick(PASSIVE, 4, 2)]),
      '<h2>La pénurie de puces et les clients</h2>',
      para([...pick(ACTIVE, 6, 4), ...pick(KEYPHRASE, 2, 1), ...pick(TRANSITION, 2, 1)]),
      '<h3>Les vendeurs</h3>',
      para(pick(ACTIVE, 5, 7)),
    ],
  },
  {
    name: 'inflected forms only: "pénuries", "puce", "d’investisseurs"',
    keyphrase: 'pénurie de puces',
    title: 'Les pénuries de puce inquiètent l’industrie',
    description: 'Les pénuries de puce inquiètent l’industrie automobile européenne, qui manque de composants et d’investisseurs pour relancer ses usines cette année.',
    slug: 'penuries-puce-industrie',
    body: [
      '<h1>Les pénuries de puce inquiètent l’industrie</h1>',
      para(['Les pénuries de puce inquiètent l’industrie automobile.', ...pick(ACTIVE, 5), ...pick(TRANSITION, 3)]),
      '<h2>Des pénuries de puce en série</h2>',
      para([...pick(ACTIVE, 8, 5), ...pick(TRANSITION, 3, 3), 'Chaque puce compte.', 'Les pénuries se succèdent.']),
      '<h2>Les usines</h2>',
      para([...pick(ACTIVE, 8, 12), 'Une puce manque, la pénurie recommence.', ...pick(TRANSITION, 2, 1)]),
    ],
  },
  {
    name: 'a keyphrase of six content words and repeated sentence beginnings',
    keyphrase: 'pénurie mondiale puces électroniques usines automobiles',
    title: 'Pénurie mondiale de puces électroniques pour les usines automobiles',
    description: 'Pénurie mondiale de puces électroniques : les usines automobiles européennes réduisent leur production et attendent des livraisons venues d’Asie.',
    slug: 'penurie-mondiale-puces-electroniques-usines-automobiles',
    body: [
      '<h1>Pénurie mondiale de puces électroniques</h1>',
      para(['La pénurie mondiale de puces électroniques touche les usines automobiles.', 'Usines fermées en Allemagne.', 'Usines fermées en France.', 'Usines fermées en Italie.', ...pick(ACTIVE, 6)]),
      '<h2>Les usines automobiles et la pénurie mondiale de puces électroniques</h2>',
      para([...pick(ACTIVE, 10, 6), ...pick(TRANSITION, 4)]),
    ],
  },
  {
    name: 'a keyphrase of nine content words, a text of 220 words',
    keyphrase: 'pénurie mondiale puces électroniques usines automobiles européennes asiatiques américaines',
    title: 'Les usines',
    description: 'Les usines automobiles européennes, asiatiques et américaines manquent de puces électroniques.',
    slug: 'usines',
    body: ['<h1>Les usines</h1>', para([...pick(ACTIVE, 20), ...pick(TRANSITION, 6), ...pick(ACTIVE, 3, 4)])],
  },
  {
    name: 'a long paragraph without heading and many passives',
    keyphrase: 'usines',
    title: 'Usines : les commandes retardées',
    description: 'Les usines européennes attendent leurs composants : les commandes sont retardées, les livraisons suspendues et les salariés informés par courrier.',
    slug: 'usines-commandes-retardees',
    body: [para(['Les usines attendent leurs composants.', ...pick(PASSIVE, 6), ...pick(LONG, 9), ...pick(ACTIVE, 14), ...pick(PASSIVE, 6), ...pick(LONG, 9, 1), ...pick(ACTIVE, 6, 14)])],
  },
];

function handMadeHtml(page: HandMade): string {
  return [
    '<!doctype html><html lang="fr"><head>',
    `<title>${page.title}</title>`,
    page.description ? `<meta name="description" content="${page.description}">` : '',
    page.slug ? `<meta name="slug" content="${page.slug}">` : '',
    `<meta name="keywords" content="${page.keyphrase}">`,
    '</head><body><article>',
    ...page.body,
    '</article></body></html>',
  ].join('\n');
}

describe('… and on hand-made bad articles', () => {
  const results = new Map<string, Comparison[]>();
  const comparisons = (page: HandMade): Comparison[] => {
    if (!results.has(page.name)) results.set(page.name, compare(handMadeHtml(page)));
    return results.get(page.name)!;
  };

  it.each(HAND_MADE.map((page) => [page.name, page] as const))('%s', (_, page) => {
    expect(disagreements(comparisons(page))).toEqual([]);
  });

  it('between them, the pages get a bad verdict from Yoast on every assessment, and an ok one wherever Yoast has one', () => {
    const seen = new Map<string, Set<Rating>>();
    for (const page of HAND_MADE) for (const c of comparisons(page)) seen.set(c.id, (seen.get(c.id) ?? new Set()).add(c.yoast));
    const noOk = new Set(['keyphraseDensity', 'metaDescriptionKeyword', 'singleH1', 'sentenceBeginnings', 'subheadingsKeyword', 'titleWidth']);
    const missing = [...seen].flatMap(([id, ratings]) => [...(ratings.has('bad') ? [] : [`${id}: bad`]), ...(ratings.has('ok') || noOk.has(id) ? [] : [`${id}: ok`])]);
    expect(missing).toEqual([]);
  });

  it('differs from Yoast on the inflected-forms page only through keyphrase matching', () => {
    const page = HAND_MADE.find((p) => p.name.startsWith('inflected'))!;
    const differing = comparisons(page).filter((c) => c.inflected !== c.yoast);
    expect(differing.map((c) => c.id)).toEqual(expect.arrayContaining(['keyphraseInSEOTitle', 'introductionKeyword']));
    for (const c of differing) expect(c.exact).toBe(c.yoast);
  });
});

// ---------------------------------------------------------------- small edge cases, score for score

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const bodyOf = (input: Paper): string =>
  input.blocks.map((b) => (b.type === 'heading' ? `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>` : b.inList ? `<ul><li>${escapeHtml(b.text)}</li></ul>` : `<p>${escapeHtml(b.text)}</p>`)).join('\n');

const EDGE_CASES: [string, Paper][] = [
  ['title: keyphrase first', paper({ title: 'Pénurie de puces : les usines à l’arrêt' })],
  ['title: after an article', paper({ title: 'La pénurie de puces s’aggrave' })],
  ['title: further on', paper({ title: 'Automobile : la pénurie de puces s’aggrave' })],
  ['title: words only', paper({ title: 'Les puces, une pénurie qui dure' })],
  ['title: a word missing', paper({ title: 'Les puces manquent aux usines' })],
  ['title: inflected forms', paper({ title: 'Les pénuries de puce inquiètent' })],
  ['introduction: over two sentences', paper({ blocks: [h(1, 'Titre'), p('La pénurie frappe les usines. Les puces manquent.'), p('Rien ne change.')] })],
  ['introduction: a list item', paper({ blocks: [li('La pénurie de puces frappe les usines.'), p('Rien.')] })],
  ['introduction: after an elided article', paper({ keyphrase: 'investisseurs', blocks: [p('Le marché manque d’investisseurs.')] })],
  ['meta description: twice', paper({ description: 'La pénurie de puces dure. Une pénurie de puces inquiète.' })],
  ['meta description: three times', paper({ description: 'La pénurie de puces dure. Une pénurie de puces inquiète. Pénurie de puces !' })],
  ['density: words in any order', paper({ blocks: [p(`Les puces manquent : une pénurie. ${prose(300)}`), p('La pénurie de puces. Une pénurie de puces.')] })],
  ['subheading: half the keyphrase', paper({ blocks: [h(2, 'La pénurie'), p(prose(100))] })],
  ['subheading: none in a long text', paper({ blocks: [h(1, 'Titre'), p(prose(400))] })],
  ['slug: longer keyphrase', paper({ keyphrase: 'pénurie mondiale de puces', slug: 'penurie-mondiale-usines' })],
  ['slug: elided word', paper({ keyphrase: 'système d’exploitation', slug: 'systeme-d-exploitation-libre' })],
  ['text length: digit groups and guillemets', paper({ blocks: [p('Il a « vendu » 7 000 puces.')] })],
  ['title width: too wide', paper({ title: 'Pénurie de puces : les usines européennes et asiatiques à l’arrêt pour des mois' })],
  ['title width: good', paper({ title: 'Pénurie de puces : les usines européennes à l’arrêt' })],
  ['beginnings: article + noun', paper({ blocks: [p('Le projet avance. Le projet coûte cher. Le projet dure.')] })],
  ['beginnings: article + other nouns', paper({ blocks: [p('Les usines ferment. Les prix montent. Les ventes baissent.')] })],
  ['beginnings: same adverb', paper({ blocks: [p('Ensuite les usines ferment. Ensuite les prix montent. Ensuite les ventes baissent.')] })],
  ['beginnings: list items', paper({ blocks: [li('Usines fermées.'), li('Usines vendues.'), li('Usines rachetées.')] })],
  ['transition words: two-part and multi-word', paper({ blocks: [p('D’une part les usines ferment, d’autre part les prix montent. Par conséquent les ventes baissent. Rien ne bouge. Tout attend.')] })],
  ['paragraph length: hyphenated word', paper({ blocks: [li('Un porte-parole a parlé.')] })],
];

describe('… score for score on small edge cases (exact matching)', () => {
  it.each(EDGE_CASES)('%s', (_, input) => {
    const yoast = yoastVerdicts({ body: bodyOf(input), keyphrase: input.keyphrase, title: input.title, description: input.description, slug: input.slug });
    const { seo, readability } = assessPaper(input, { matching: 'exact' });
    const differing = [...seo, ...readability].filter((r) => yoast.get(r.id)?.score !== r.score).map((r) => `${r.id}: Plume ${r.score}, Yoast ${yoast.get(r.id)?.score}`);
    expect(differing).toEqual([]);
  });
});
