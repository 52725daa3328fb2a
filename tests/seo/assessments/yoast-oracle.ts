/**
 * Yoast SEO's own verdicts (yoastseo 3.6.0, a dev dependency, GPL: used here as an oracle only, never
 * from src/): Paper, SeoAssessor and ContentAssessor with the French Researcher, locale fr_FR, as the
 * reviewers' judge runs them (../shared/judge/judge.mjs). The title width is string-pixel-width's
 * Arial 20 px, as in the judge.
 */
import { createRequire } from 'node:module';
import type { Rating } from '../../../src/seo/assessments/index.js';

const require = createRequire(import.meta.url);

interface YoastResult {
  getIdentifier(): string;
  getScore(): number;
  getText(): string;
}
interface YoastAssessor {
  assess(paper: unknown): void;
  getValidResults(): YoastResult[];
}
interface YoastModule {
  Paper: new (text: string, attributes: Record<string, unknown>) => unknown;
  SeoAssessor: new (researcher: unknown) => YoastAssessor;
  ContentAssessor: new (researcher: unknown) => YoastAssessor;
}

const yoast = require('yoastseo') as YoastModule;
const FrenchResearcher = (require('yoastseo/build/languageProcessing/languages/fr/Researcher.js') as { default: new (paper: unknown) => unknown }).default;
const pixelWidth = require('string-pixel-width') as (text: string, options: { font: string; size: number }) => number;

export interface YoastPage {
  /** The HTML of the article's body (what Yoast analyses). */
  readonly body: string;
  readonly keyphrase: string;
  readonly title: string;
  readonly description: string;
  readonly slug: string;
}

export interface YoastVerdict {
  readonly score: number;
  readonly rating: Rating;
  readonly text: string;
}

/** Yoast's scale, as its scoreToRating reads it (negative scores are bad). */
const rating = (score: number): Rating => (score > 7 ? 'good' : score > 4 ? 'ok' : 'bad');

export function yoastVerdicts(page: YoastPage): Map<string, YoastVerdict> {
  const paper = new yoast.Paper(page.body, {
    keyword: page.keyphrase,
    title: page.title,
    titleWidth: page.title ? Math.round(pixelWidth(page.title, { font: 'arial', size: 20 })) : 0,
    description: page.description,
    slug: page.slug,
    locale: 'fr_FR',
  });
  const researcher = new FrenchResearcher(paper);
  const verdicts = new Map<string, YoastVerdict>();
  for (const Assessor of [yoast.SeoAssessor, yoast.ContentAssessor]) {
    const assessor = new Assessor(researcher);
    assessor.assess(paper);
    for (const r of assessor.getValidResults()) verdicts.set(r.getIdentifier(), { score: r.getScore(), rating: rating(r.getScore()), text: r.getText().replace(/<[^>]+>/g, '') });
  }
  return verdicts;
}

/** The body Yoast reads from a page: the inside of its first <article>. */
export function articleBody(html: string): string {
  const start = html.indexOf('<article>');
  const end = html.indexOf('</article>');
  return start >= 0 && end > start ? html.slice(start + '<article>'.length, end) : html;
}
