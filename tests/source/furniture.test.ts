import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/source/furniture.js';
import { parseSource } from '../../src/source/parse.js';

describe('withoutFurniture', () => {
  it.each([
    'Lire aussi : Pouvoir d’achat, ce qui change au 1er mars',
    'À lire également : Négociations commerciales : un accord trouvé',
    'Par Julie Marchand',
    'Par Julie Marchand et Paul Durand (avec AFP)',
    'Publié le 12/03/2026 à 08h15 - Mis à jour le 12/03/2026 à 11h02',
    'Mis à jour le 3 mars 2026 à 10h',
    '(Photo : AFP)',
    'Crédit photo : Jean Martin / Reuters',
    '© Le Courrier national',
    'Partager sur Facebook',
    'Temps de lecture : 3 min',
    'Article réservé aux abonnés',
    'Le Courrier national avec AFP',
    'Propos recueillis par Claire Moreau',
    'Entretien réalisé par Julie Marchand et Paul Durand',
    'Photo : Marcel Obiang au festival Jazz à Vienne, en 2025. © Pierre Lemaire / AFP',
    // A caption ending on its credit is one at any length.
    'Le pianiste Marcel Obiang lors de son dernier concert au festival Jazz à Vienne, devant 7 000 spectateurs, en juin 2025 (© Pierre Lemaire / AFP)',
  ])('leaves out "%s"', (line) => {
    expect(withoutFurniture([line, '', 'Le texte de l’article.'])).toMatchObject({ lines: ['', 'Le texte de l’article.'], furniture: [line] });
  });

  it.each([
    'Par ailleurs, le gouvernement a présenté son plan mardi.',
    'Par ailleurs le gouvernement présente son plan',
    'Par 289 voix contre 250, l’Assemblée a adopté le texte.',
    'Photo : le ministre a posé devant la préfecture avec les élus du département.',
    'Lecture publique : la bibliothèque rouvre ses portes samedi.',
    'Propos recueillis par la commission, les témoignages seront publiés en mai.',
    'Le logo © de la marque a été déposé en 2019 par la société nantaise.',
    // A sentence of the text that opens like furniture is too long to be one.
    'Publié le mois dernier, le rapport de la Cour des comptes pointait déjà les retards du chantier et le coût de la main-d’œuvre, selon plusieurs élus de la majorité.',
  ])('keeps the text’s sentence "%s"', (line) => {
    expect(withoutFurniture([line]).lines).toEqual([line]);
  });

  it('takes the publication date, in digits or in words', () => {
    expect(withoutFurniture(['Publié le 12/03/2026 à 08h15']).published).toBe('2026-03-12');
    expect(withoutFurniture(['Publié le 3 mars 2026']).published).toBe('2026-03-03');
    expect(withoutFurniture(['Mis à jour le 3 mars 2026']).published).toBeUndefined();
  });

  it('says the publication date in words, as a wire’s dateline is said', () => {
    expect(withoutFurniture(['Publié le 12/03/2026 à 08h15']).publishedText).toBe('12 mars 2026');
    expect(withoutFurniture(['Publié le 03 mars 2026']).publishedText).toBe('3 mars 2026');
    expect(withoutFurniture(['Publié le 01/03/2026 à 08h15']).publishedText).toBe('1er mars 2026');
    expect(withoutFurniture(['Publié le 1er mars 2026']).publishedText).toBe('1er mars 2026');
    expect(withoutFurniture(['Publié le 31/02/2026']).publishedText).toBeUndefined();
  });
});

describe('parseSource on a page copied from a news site', () => {
  const page = [
    'Inflation : les prix alimentaires reculent pour la première fois depuis 2021',
    'Par Julie Marchand',
    'Publié le 12/03/2026 à 08h15 - Mis à jour le 12/03/2026 à 11h02',
    '',
    'Les prix des produits alimentaires ont baissé de 0,4 % sur un an en février, selon l’Insee.',
    '',
    'Lire aussi : Pouvoir d’achat : ce qui change au 1er mars',
    '',
    'Cette baisse concerne surtout les produits frais, dont les prix chutent de 3,1 % sur un an.',
  ].join('\n');

  it('reads the headline, the text and the date, without the furniture', () => {
    const source = parseSource(page);
    expect(source.title).toBe('Inflation : les prix alimentaires reculent pour la première fois depuis 2021');
    expect(source.subheadings).toEqual([]);
    expect(source.paragraphs).toEqual([
      'Les prix des produits alimentaires ont baissé de 0,4 % sur un an en février, selon l’Insee.',
      'Cette baisse concerne surtout les produits frais, dont les prix chutent de 3,1 % sur un an.',
    ]);
    expect(source.dateline).toBe('2026-03-12');
    // The lead says it: "Ces informations datent du 12 mars 2026."
    expect(source.datelineText).toBe('12 mars 2026');
    expect(source.furniture).toHaveLength(3);
  });
});
