import { describe, expect, it } from 'vitest';
import { isTableRow, tableRowsAsText } from '../../src/source/tables.js';

describe('tableRowsAsText', () => {
  it('writes each row of a Markdown table after the names its header gives the cells', () => {
    expect(
      tableRowsAsText([
        'Les résultats du premier tour :',
        '| Liste | Tête de liste | Score |',
        '|---|:---:|---:|',
        '| Union de la gauche | Nathalie Appéré | 41,2 % |',
        '| Divers droite | | 16,5 % |',
        'Le second tour aura lieu le 22 mars.',
      ]),
    ).toEqual([
      'Les résultats du premier tour :',
      'Liste : Union de la gauche ; tête de liste : Nathalie Appéré ; score : 41,2 %.',
      // An empty cell says nothing.
      'Liste : Divers droite ; score : 16,5 %.',
      'Le second tour aura lieu le 22 mars.',
    ]);
  });

  it('keeps a header that is an acronym or a name as written, and joins the cells of a table without header with commas', () => {
    expect(tableRowsAsText(['| Pays | PIB |', '| --- | --- |', '| France | 2,9 % |'])).toEqual(['Pays : France ; PIB : 2,9 %.']);
    expect(tableRowsAsText(['| Lyon | 12 %. |', '| Nantes | 9 % |'])).toEqual(['Lyon, 12 %.', 'Nantes, 9 %.']);
  });

  it('opens each of three rows or more on its first cell, so that they do not all open on the same header', () => {
    expect(
      tableRowsAsText(['| Nationalité | Demandes en 2025 | Évolution sur un an |', '| --- | --- | --- |', '| Afghanistan | 13 900 | -11 % |', '| Côte d’Ivoire | 9 800 | +6 % |', '| Guinée | | -9 % |']),
    ).toEqual(['Afghanistan : demandes en 2025, 13 900 ; évolution sur un an, -11 %.', 'Côte d’Ivoire : demandes en 2025, 9 800 ; évolution sur un an, +6 %.', 'Guinée : évolution sur un an, -9 %.']);
  });

  it('knows a row by its pipes at both ends', () => {
    expect(isTableRow('| a | b |')).toBe(true);
    expect(isTableRow('Le tarif passe de 10 | 12 euros.')).toBe(false);
  });
});
