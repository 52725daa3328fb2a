/**
 * An interview in questions and answers labelled "Q : … / R : …": the labels are the layout of the page, not
 * words of the article. Left in, "Q : Combien de visiteurs… ?" became a subheading with its "Q :", and each
 * answer a paragraph opening on "R :". Without them the text reads as an interview that sets its questions
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

/** The lines without their "Q :" and "R :" labels, when at least two questions and two answers carry them. */
export function withoutInterviewLabels(lines: readonly string[]): readonly string[] {
  const { question, answer } = labelPatterns();
  const count = (pattern: RegExp): number => lines.filter((line) => pattern.test(line.trim())).length;
  // One "R :" alone is no interview's layout (a list, a grade): two of each are.
  if (count(question) < 2 || count(answer) < 2) return lines;
  return lines.map((line) => {
    const trimmed = line.trim();
    const label = question.exec(trimmed) ?? answer.exec(trimmed);
    return label ? trimmed.slice(label[0].length) : line;
  });
}
