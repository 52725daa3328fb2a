/**
 * How many more times an article may say its keyphrase before Yoast finds it over-optimised: its keyphrase
 * density (src/seo/assessments/seo/keyphrase-density.ts) counted as Yoast's free analysis counts it, exact
 * words, all the content words in one sentence. A source that names its subject in nearly every sentence
 * ("Facebook" 19 times in 700 words) already says it almost as often as Yoast allows, and the subheadings
 * Plume gives the keyphrase must then stay within what is left.
 */
import type { Block, FaqItem } from '../types.js';
import type { HeadingLevel, PaperBlock } from '../seo/assessments/index.js';
import { assessmentConfig } from '../seo/assessments/index.js';
import { analysePaper } from '../seo/assessments/paper.js';
import { maximumCount, researchKeyphraseDensity } from '../seo/assessments/seo/keyphrase-density.js';
import { parseKeyphrase, plainForm } from '../seo/assessments/text/keyphrase.js';
import { countWords } from '../text.js';

export interface ArticleText {
  readonly heading: boolean;
  readonly level?: number;
  readonly text: string;
}

/** No limit: the article says its keyphrase far less often than the maximum. */
export const UNLIMITED = Number.POSITIVE_INFINITY;

/**
 * Below this share of the maximum (counted with Plume's words, a few more than Yoast's: 963 against 928 in one
 * article), a bound says there is room enough, and the article is not cut into sentences and tokens for Yoast's count,
 * which costs as much as a fifth of the article's writing: the count of the keyphrase's rarest word as a whole word.
 */
const SAFE_SHARE = 0.9;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** How many times `word` occurs in `text` between two characters that are not letters or digits: never fewer than Yoast finds. */
function wordsIn(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    // Letters outside the Basic Multilingual Plane are not French ones: one UTF-16 unit on each side is enough.
    if (!LETTER_OR_DIGIT.test(text.charAt(at - 1)) && !LETTER_OR_DIGIT.test(text.charAt(at + word.length))) count++;
  }
  return count;
}

/**
 * How many more mentions of `keyphrase` the article (its H1 and blocks, `texts`, of `words` words as Plume counts
 * them) may take, `wanted` of them being asked for: negative when it already says it too often; UNLIMITED when
 * well within bounds.
 */
export function keyphraseRoom(texts: readonly ArticleText[], keyphrase: string, words: number, wanted: number): number {
  const exact = parseKeyphrase(keyphrase, 'exact');
  if (exact === undefined) return UNLIMITED;
  const roughMaximum = maximumCount({ count: 0, words, keyphraseLength: exact.contentWords.length, wordForms: false });
  const joined = plainForm(texts.map((t) => t.text).join('\n'));
  const bound = Math.min(...exact.contentWords.map((w) => wordsIn(joined, plainForm(w))));
  if (bound + wanted <= roughMaximum * SAFE_SHARE) return UNLIMITED;
  const blocks = texts.map((t): PaperBlock => (t.heading ? { type: 'heading', level: (t.level ?? 2) as HeadingLevel, text: t.text } : { type: 'paragraph', text: t.text }));
  const research = researchKeyphraseDensity(analysePaper({ keyphrase, title: '', description: '', slug: '', blocks }, 'exact'));
  if (research === undefined || research.words < assessmentConfig.keyphraseDensity.shortTextWords) return UNLIMITED;
  return maximumCount(research) - research.count;
}

/** The FAQ keeps at least this many questions. */
const MIN_QUESTIONS = 2;

/**
 * The templates of the questions asked about the keyphrase itself ("Que sait-on de Facebook ?", "Que faut-il savoir
 * d’autre sur…"): the FAQ asks them to say it; a question about a person or a quotation says what it asks.
 */
const KEYPHRASE_QUESTIONS = ['faq.essential.', 'faq.more.q'];

const mentionsIn = (item: FaqItem, keyphrase: string): number => [item.question, ...item.answer].reduce((n, s) => n + wordsIn(plainForm(s.text), plainForm(keyphrase)), 0);

/**
 * The article less the questions about its keyphrase that take it over Yoast's density (`excess` mentions too
 * many), the last asked first, as long as `spareWords` (the words over the minimum) allow and two questions are
 * left; as it is when leaving them out would not bring it within the maximum. Those questions and their answers say
 * the keyphrase twice; nothing else that Plume writes can go without the subject, the headings or the words the
 * reader asked for.
 */
export function withoutKeyphraseQuestions(blocks: readonly Block[], keyphrase: string, excess: number, spareWords: number): Block[] {
  let left = excess;
  let spare = spareWords;
  const dropped = new Set<FaqItem>();
  for (const block of blocks) {
    if (block.type !== 'faq') continue;
    let kept = block.items.length;
    for (const item of [...block.items].reverse()) {
      const words = [item.question, ...item.answer].reduce((n, s) => n + countWords(s.text), 0);
      const asksIt = KEYPHRASE_QUESTIONS.some((id) => item.question.provenance.template.startsWith(id)) && wordsIn(plainForm(item.question.text), plainForm(keyphrase)) > 0;
      if (left <= 0 || !asksIt || words > spare || kept <= MIN_QUESTIONS) continue;
      dropped.add(item);
      kept--;
      left -= mentionsIn(item, keyphrase);
      spare -= words;
    }
  }
  if (left > 0 || dropped.size === 0) return [...blocks];
  return blocks.map((block): Block => (block.type === 'faq' ? { type: 'faq', items: block.items.filter((item) => !dropped.has(item)) } : block));
}
