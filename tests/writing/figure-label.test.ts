/** A labelled key figure says its figure once (src/writing/figure-label.ts). */
import { describe, expect, it } from 'vitest';
import { citedAs, findNumbers } from '../../src/analysis/numbers.js';
import { saidOnce } from '../../src/writing/figure-label.js';

/** The item's text under the label of the figure `wanted` (its value) of `text`, as figures.ts asks for it. */
function once(text: string, wanted: string): { text: string; label: string } | undefined {
  const number = findNumbers(text).find((n) => n.value === wanted);
  if (!number) throw new Error(`no figure ${wanted} in ${text}`);
  return saidOnce(text, number, citedAs(number)!);
}

describe('saidOnce: the text loses the phrase that only restates its label', () => {
  it.each([
    // k-04: an apposition that says the label again.
    ['la progression, de 7,7 %, est plus faible que celle des années précédentes.', '7,7', '7,7 %', 'la progression est plus faible que celle des années précédentes.'],
    ['le taux d’emploi des 15-64 ans reste proche de son record, à 68,9 %.', '68,9', '68,9 %', 'le taux d’emploi des 15-64 ans reste proche de son record.'],
    // A measure's complement, with the word that says how exact it is going to the label.
    ['lundi soir, les actions Samsung étaient en repli de 7,45 %.', '7,45', '7,45 %', 'lundi soir, les actions Samsung étaient en repli.'],
    ['dans les magasins, la fréquentation a reculé d’environ 3 %.', '3', 'Environ 3 %', 'dans les magasins, la fréquentation a reculé.'],
    ['le projet a reçu un financement de 2,3 millions d’euros de l’Agence nationale de la recherche.', '2,3', '2,3 millions d’euros', 'le projet a reçu un financement de l’Agence nationale de la recherche.'],
    ['les agriculteurs irrigants devront réduire de 50 % leurs prélèvements.', '50', '50 %', 'les agriculteurs irrigants devront réduire leurs prélèvements.'],
    // A length of time, a date, a range of dates.
    ['M. Vallon avait dirigé la commune pendant dix-neuf ans.', 'dix-neuf ans', 'Dix-neuf ans', 'M. Vallon avait dirigé la commune.'],
    ['la dernière journée du championnat aura lieu le 6 juin.', '6 juin', '6 juin', 'la dernière journée du championnat aura lieu.'],
    ['la 79ᵉ édition aura lieu du 3 au 12 septembre 2027.', '3', 'Du 3 au 12 septembre 2027', 'la 79ᵉ édition aura lieu.'],
    ['le musée a fermé ses portes de 2015 à 2017 pour des travaux.', '2015', 'De 2015 à 2017', 'le musée a fermé ses portes pour des travaux.'],
    // An apposition that names the measure goes with its figure (", d’un coût" was left).
    ['le musée a fermé pour des travaux de mise aux normes, d’un coût de 4,5 millions d’euros.', '4,5', '4,5 millions d’euros', 'le musée a fermé pour des travaux de mise aux normes.'],
  ])('%s', (text, value, label, expected) => {
    expect(once(text, value)).toEqual({ text: expected, label });
  });
});

describe('saidOnce: a sentence that needs its figure keeps it (the item is left out)', () => {
  it.each([
    // A count of things: "les écoles" alone would be all of them.
    ['les écoles de 25 communes resteront fermées mardi.', '25'],
    // An apposition whose figure has a complement of its own: it would be left to the noun before ("du classement du leader").
    ['les Maritimes glissent à la quatrième place du classement, à six points du leader.', 'six points'],
    // The figure is what the verb does or says.
    ['l’aéroport de Bordeaux-Mérignac a annulé 64 vols.', '64'],
    ['les investissements s’élèvent à 174 millions d’euros.', '174'],
    // Where a change starts, a share of what follows.
    ['le taux de réussite passe de 89,9 % à 88,1 %.', '89,9'],
    ['la grève entraîne l’annulation de 40 % des vols jeudi.', '40'],
    // Words that need their complement.
    ['le ministère dispose de deux mois pour se prononcer.', 'deux mois'],
    ['le lanceur, haut de 35 mètres, a largué sa charge.', '35'],
    ['la Banque de France prévoit un taux proche de 8 % à la fin de l’année.', '8'],
    ['la rentrée, prévue le 5 septembre, inquiète les familles.', '5 septembre'],
    ['la maladie est réapparue après avoir disparu pendant plus de 70 ans.', '70'],
    // A rate: "un pic le litre" would be left.
    ['le prix du gazole avait atteint un pic de 1,89 euro le litre en octobre 2025.', '1,89'],
    ['les salariés réclament une prime de 150 euros par mois.', '150'],
    // An apposition that names no measure would say nothing, or mislead, without its figure (j-09: ", pour une livraison").
    ['les précommandes ouvrent le 14 octobre, pour une livraison à partir du 7 novembre.', '7 novembre'],
    // "des vents et des creux de 8 mètres" would join what the sentence kept apart.
    ['les sauveteurs ont affronté des vents de 110 km/h et des creux de 8 mètres.', '110'],
  ])('%s', (text, value) => {
    expect(once(text, value)).toBeUndefined();
  });
});
