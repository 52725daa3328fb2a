import { describe, expect, it } from 'vitest';
import { typeset } from '../../../src/writing/french/03-typography.js';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('typeset', () => {
  it.each([
    ['Il dit : oui', `Il dit${NBSP}: oui`],
    ['Il dit: oui', `Il dit${NBSP}: oui`],
    ['Oui ; non', `Oui${NNBSP}; non`],
    ['Quoi ? Non !', `Quoi${NNBSP}? Non${NNBSP}!`],
    ['Quoi?', `Quoi${NNBSP}?`],
    ['«bonjour»', `«${NBSP}bonjour${NBSP}»`],
    ['Il dit « bonjour » hier', `Il dit «${NBSP}bonjour${NBSP}» hier`],
    ['Texte«cité»suite', `Texte «${NBSP}cité${NBSP}» suite`],
    // A quotation that ends the sentence on its own . ! ? or … takes no full stop after it; one that ends on none keeps it.
    ['Il a déclaré : « Nous avons de quoi faire ! ».', `Il a déclaré${NBSP}: «${NBSP}Nous avons de quoi faire${NNBSP}!${NBSP}»`],
    ['Il demande : « Pourquoi ? ».', `Il demande${NBSP}: «${NBSP}Pourquoi${NNBSP}?${NBSP}»`],
    ['Il ajoute : « L’accès restera gratuit. ».', `Il ajoute${NBSP}: «${NBSP}L’accès restera gratuit.${NBSP}»`],
    ['Il a déclaré : « Nous restons prudents ».', `Il a déclaré${NBSP}: «${NBSP}Nous restons prudents${NBSP}».`],
    // A dash before a number after a space is the minus sign; a range keeps its hyphen.
    ['Il fait –230 °C et -5 °C', `Il fait −230${NBSP}°C et −5${NBSP}°C`],
    ['Les 10-20 ans', `Les 10-20${NBSP}ans`],
    // After an elided word the quotation mark follows the apostrophe.
    ['Il assure qu’« aucune donnée » n’a été vendue', `Il assure qu’«${NBSP}aucune donnée${NBSP}» n’a été vendue`],
    // A quotation in brackets (a translation after the original) opens right after its bracket.
    ['Elle a lancé « We cannot » (« Nous ne pouvons pas »).', `Elle a lancé «${NBSP}We cannot${NBSP}» («${NBSP}Nous ne pouvons pas${NBSP}»).`],
    ['7 000 euros', `7${NNBSP}000${NBSP}euros`],
    ['Le billet coûte 120 £', `Le billet coûte 120${NBSP}£`],
    ['12 345 678', `12${NNBSP}345${NNBSP}678`],
    ['Il a 5 ans', `Il a 5${NBSP}ans`],
    ['Il a couru 5 km', `Il a couru 5${NBSP}km`],
    ['Le déficit atteint 13,8 Md€ et 450 M€', `Le déficit atteint 13,8${NBSP}Md€ et 450${NBSP}M€`],
    ['Un seuil de 180 µg/m³', `Un seuil de 180${NBSP}µg/m³`],
    ['Une batterie de 5100 mAh', `Une batterie de 5100${NBSP}mAh`],
    // The dash that opens a line of dialogue keeps its words on its line.
    ['— Vous avez eu peur ?', `—${NBSP}Vous avez eu peur${NNBSP}?`],
    // Ordinals in superscript, the plural too; not "Les" nor "Ces".
    ['Les Savoyards, 16es et avant-derniers, sont 7e. Ces 2èmes places', 'Les Savoyards, 16ᵉˢ et avant-derniers, sont 7ᵉ. Ces 2ᵉˢ places'],
    // Roman numerals, and the forms in "è" ("ème", "èmes"); "Lè" and "Cè" open no ordinal.
    ['Au XIXème siècle, les XVIIIes salons et le IIIe Reich', 'Au XIXᵉ siècle, les XVIIIᵉˢ salons et le IIIᵉ Reich'],
    ['Lè Cè', 'Lè Cè'],
    // A numeral that ends on L or C ("XLe", "CCe"), told apart from "Le" and "Ce" by the letter before.
    ['Le XLe anniversaire, la CCe séance, le Ve arrondissement', 'Le XLᵉ anniversaire, la CCᵉ séance, le Vᵉ arrondissement'],
    ["l'homme", 'l’homme'],
    ['2012 et 2013', '2012 et 2013'],
    ['Il est 12:30', 'Il est 12:30'],
    // Inside a quotation only the cut marks change: the words stay.
    ['« Elle vient (...) nous verrons »', `«${NBSP}Elle vient […] nous verrons${NBSP}»`],
    ['« [...] que cela servira »', `«${NBSP}[…] que cela servira${NBSP}»`],
    ['« Et puis... rien »', `«${NBSP}Et puis… rien${NBSP}»`],
    ['« Jusqu’en 2030 ! »', `«${NBSP}Jusqu’en 2030${NNBSP}!${NBSP}»`],
    ['« Le but : gagner »', `«${NBSP}Le but${NBSP}: gagner${NBSP}»`],
    // A unit stays on the line of its number inside a quotation too: its words do not change.
    ['rétabli pour « plus de 95 % » des abonnés', `rétabli pour «${NBSP}plus de 95${NNBSP}%${NBSP}» des abonnés`],
    ['« Nous travaillons 54 heures par semaine »', `«${NBSP}Nous travaillons 54${NBSP}heures par semaine${NBSP}»`],
  ])('%j', (input, expected) => {
    expect(typeset(input)).toBe(expected);
  });

  it.each(['Le taux est de 21 %', 'Le taux est de 21\u00A0%'])('keeps "21 %%" on one line: %j', (input) => {
    expect(typeset(input)).toMatch(/^Le taux est de 21[\u00A0\u202F]%$/u);
  });

  it('does not change the words inside « », only the spaces before their double signs', () => {
    expect(typeset("Il a dit « de le marché : l'homme ! » hier")).toBe(`Il a dit «${NBSP}de le marché${NBSP}: l'homme${NNBSP}!${NBSP}» hier`);
  });

  // BUG: a year followed by a number ("2012 150") is joined with a narrow NBSP as if it were one figure.
  it('does not group a four-digit number with the next figure', () => {
    expect(typeset('En 2012 150 personnes sont venues')).toBe('En 2012 150 personnes sont venues');
  });
});
