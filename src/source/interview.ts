/**
 * An interview in questions and answers labelled "Q : … / R : …", or with its speakers' names ("Le Journal : …",
 * "Claire Moreau : …"): the labels are the layout of the page, not words of the article. Left in, "Q : Combien
 * de visiteurs… ?" became a subheading with its "Q :", and each answer a paragraph opening on "R :". Without them the text reads as an interview that sets its questions
 * on their own lines (lexicon/interview.json).
 */
import { loadJson } from '../data.js';

interface InterviewLexicon {
  readonly questions: readonly string[];
  readonly answers: readonly string[];
}

let labels: { readonly question: RegExp; readonly answer: RegExp } | undefined;

function labelPatterns(): NonNullable<typeof labels> {
  if (labels) return labels;
  const lexicon = loadJson<InterviewLexicon>('lexicon/interview.json');
  const label = (words: readonly string[]): RegExp => new RegExp(`^(?:${words.join('|')})\\s*[:.–—-]\\s+(?=\\S)`, 'u');
  return (labels = { question: label(lexicon.questions), answer: label(lexicon.answers) });
}

/**
 * "Le Journal : Quel bilan… ?", "Claire Moreau : Nous avons accueilli…": a speaker's name (capitalised words, a few
 * small words between them) and a colon, opening a line.
 */
const SPEAKER = /^(\p{Lu}[\p{L}’'.-]*(?:\s(?:\p{Lu}[\p{L}’'.-]*|de|du|des|la|le|les|d’))*)\s?:\s+(?=\S)/u;
/** Lines each speaker opens at least, for two speakers who take turns. */
const MIN_TURNS = 2;

/**
 * The labels of an interview whose turns open on their speakers' names: two names, each opening at least two lines,
 * one of them only questions (the interviewer's); no other line opens on a name and a colon. Undefined otherwise.
 */
function speakerLabels(lines: readonly string[]): RegExp | undefined {
  const turns = new Map<string, string[]>();
  for (const line of lines) {
    const speaker = SPEAKER.exec(line.trim())?.[1];
    if (speaker !== undefined) turns.set(speaker, [...(turns.get(speaker) ?? []), line.trim()]);
  }
  if (turns.size !== 2 || [...turns.values()].some((said) => said.length < MIN_TURNS)) return undefined;
  const asks = [...turns.values()].filter((said) => said.every((line) => /\?\s*$/u.test(line)));
  return asks.length === 1 ? SPEAKER : undefined;
}

/**
 * The lines without their "Q :" and "R :" labels, when at least two questions and two answers carry them; or
 * without their speakers' names, when two speakers take turns, the interviewer asking only questions. The names
 * opened every answer ("Claire Moreau : Nous avons accueilli…") and every question, set apart as a subheading.
 */
export function withoutInterviewLabels(lines: readonly string[]): readonly string[] {
  const { question, answer } = labelPatterns();
  const count = (pattern: RegExp): number => lines.filter((line) => pattern.test(line.trim())).length;
  // One "R :" alone is no interview's layout (a list, a grade): two of each are.
  const labelled = count(question) >= 2 && count(answer) >= 2;
  const speakers = labelled ? undefined : speakerLabels(lines);
  if (!labelled && speakers === undefined) return lines;
  return lines.map((line) => {
    const trimmed = line.trim();
    const label = speakers ? speakers.exec(trimmed) : (question.exec(trimmed) ?? answer.exec(trimmed));
    return label ? trimmed.slice(label[0].length) : line;
  });
}
