/** `plume check`'s output: a readable table (one line per assessment), or JSON. */
import type { CheckReport, CheckedAssessment } from './audit.js';

const LABEL = { good: 'good', ok: 'ok  ', bad: 'BAD ' } as const;

function line(result: CheckedAssessment, idWidth: number): string {
  const exact = result.exactMatch ? ` [Yoast, exact match: ${result.exactMatch.rating}]` : '';
  return `  ${LABEL[result.rating]}  ${result.id.padEnd(idWidth)}  ${result.message}${exact}`;
}

const list = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(' · '));

export function formatTable(report: CheckReport, file: string): string {
  const all = [...report.seo, ...report.readability];
  const width = Math.max(...all.map((r) => r.id.length));
  const f = report.figures;
  const headings = Object.entries(f.headings)
    .filter(([, n]) => n > 0)
    .map(([h, n]) => `${h} ${n}`)
    .join(', ');
  const out = [
    `${file} (${report.format === 'md' ? 'Markdown' : 'HTML'})`,
    `  keyphrase: ${report.keyphrase ? `“${report.keyphrase}” (${report.keyphraseSource})` : 'none'}`,
    `  title: ${report.title ? `“${report.title}” (${f.titleLength} characters, ${report.titleSource})` : 'none'}`,
    `  slug: ${report.slug ? `${report.slug} (${report.slugSource})` : 'none'}`,
    '',
    'SEO',
    ...report.seo.map((r) => line(r, width)),
    '',
    'Readability',
    ...report.readability.map((r) => line(r, width)),
    '',
    'Figures',
    `  words ${f.words} · language ${f.language} · headings ${headings || 'none'} · paragraphs ${f.paragraphs} · list items ${f.listItems}`,
    `  at most ${f.maxWordsBetweenHeadings} words between headings · meta description ${f.descriptionLength} characters`,
    `  repeated sentences: ${list(f.duplicateSentences)}`,
  ];
  if (report.fidelity) {
    const names = report.fidelity.namesNotInSource.map((n) => (n.where === 'heading' ? `${n.name} (heading)` : n.name));
    out.push('', 'Fidelity to the source', `  numbers not in the source: ${list(report.fidelity.numbersNotInSource)}`, `  names not in the source: ${list(names)}`, `  source numbers missing: ${list(report.fidelity.sourceNumbersMissing)}`);
  }
  const { good, ok, bad } = report.summary;
  out.push('', `${good} good, ${ok} ok, ${bad} bad`);
  return `${out.join('\n')}\n`;
}

export function formatJson(report: CheckReport, file: string): string {
  return `${JSON.stringify({ file, ...report }, null, 2)}\n`;
}
