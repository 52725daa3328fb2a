/**
 * Tables pasted into the source: Markdown rows ("| Union de la gauche | 41,2 % |"), or HTML rows, which
 * normalise.ts writes the same way. Each row becomes a paragraph a reader can follow, its cells after the
 * names the header gives them ("Liste : Union de la gauche ; score : 41,2 %."): no figure of a table is lost,
 * and no pipe reaches the article.
 */

const ROW = /^\|.*\|$/u;
/** "|---|:---:|": the line under a Markdown table's header. */
const SEPARATOR = /^\|[\s:|-]*-[\s:|-]*\|$/u;

/** A line of a table: it opens and closes on a pipe. */
export const isTableRow = (line: string): boolean => ROW.test(line);

const cellsOf = (row: string): string[] => row.slice(1, -1).split('|').map((cell) => cell.trim());

/** "Tête de liste" → "tête de liste"; "PIB", "Paris" keep their capital (a capital then a capital, or a name the caller cannot tell: only common headers are lowered). */
const headerInside = (header: string): string => (/^\p{Lu}\p{Ll}/u.test(header) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(header) ? header.charAt(0).toLowerCase() + header.slice(1) : header);

/**
 * Three rows or more that all open on the first column's name ("Nationalité : Afghanistan ; …", "Nationalité :
 * Côte d’Ivoire ; …") read as a litany, and Yoast counts them as consecutive sentences opening on the same
 * word: such a row opens on its own first cell, which names it, and gives its other cells after a comma
 * ("Afghanistan : demandes en 2025, 13 900 ; évolution sur un an, −11 %.").
 */
const NAMED_ROWS = 3;

function rowText(cells: readonly string[], header: readonly string[] | undefined, named: boolean): string | undefined {
  if (named && header && cells[0]) {
    const rest = cells.slice(1).flatMap((cell, i) => (cell === '' ? [] : [header[i + 1] ? `${headerInside(header[i + 1]!)}, ${cell}` : cell]));
    const text = rest.length ? `${cells[0]} : ${rest.join(' ; ')}` : cells[0];
    return /[.!?…]$/u.test(text) ? text : `${text}.`;
  }
  const parts = cells.flatMap((cell, i) => {
    if (cell === '') return [];
    const name = header?.[i];
    return [name ? `${i === 0 ? name : headerInside(name)} : ${cell}` : cell];
  });
  if (parts.length === 0) return undefined;
  const text = parts.join(header ? ' ; ' : ', ');
  return /[.!?…]$/u.test(text) ? text : `${text}.`;
}

/** `paragraphs` with each run of table rows written as one paragraph per row (the header and its separator go). */
export function tableRowsAsText(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    if (!isTableRow(paragraphs[i]!)) {
      out.push(paragraphs[i]!);
      i++;
      continue;
    }
    let end = i;
    while (end < paragraphs.length && isTableRow(paragraphs[end]!)) end++;
    const rows = paragraphs.slice(i, end);
    const header = rows.length > 1 && SEPARATOR.test(rows[1]!) ? cellsOf(rows[0]!) : undefined;
    const body = rows.slice(header ? 2 : 0).filter((row) => !SEPARATOR.test(row));
    for (const row of body) {
      const text = rowText(cellsOf(row), header, body.length >= NAMED_ROWS);
      if (text !== undefined) out.push(text);
    }
    i = end;
  }
  return out;
}
