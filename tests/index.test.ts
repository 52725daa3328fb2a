/** generateArticle (src/index.ts): how the keyphrase and the lead agree. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../src/index.js';

const visit = [
  '# Le président chilien en visite officielle en Italie pour deux jours',
  '',
  'ROME (AFP) - Le président du Chili, Pablo Ferrer, entame lundi un séjour de deux jours en Italie, la première d’un chef d’État chilien depuis 2011. Il sera reçu au Quirinal par le président italien.',
  '',
  'Ce déplacement doit relancer un partenariat signé en 2009. Au programme figurent l’énergie, les mines de cuivre et la coopération universitaire.',
  '',
  'Une dizaine d’accords doivent être signés mardi à Rome. Le plus attendu porte sur la construction de deux centrales solaires, pour un montant estimé à 1,2 milliard d’euros.',
  '',
  '« L’Italie et le Chili partagent une longue histoire », a déclaré Pablo Ferrer dans un entretien publié dimanche.',
  '',
  'Le dossier commercial s’annonce plus délicat. Les agriculteurs italiens ont appelé à manifester mardi devant le Parlement.',
  '',
  'Un dîner officiel réunira 150 invités mardi soir. Mercredi, le président chilien se rendra à Milan, où vit une communauté chilienne de 8 000 personnes, avant de visiter le port de Gênes. Le président chilien y rencontrera des chefs d’entreprise, puis le président chilien regagnera Santiago.',
].join('\n');

describe('generateArticle: the keyphrase and the lead', () => {
  it('does not open the lead on a late sentence to hold a phrase of the headline when a phrase of the first sentences ranks near it', () => {
    const article = generateArticle(visit, { minWords: 100 });
    const lead = article.blocks.find((b) => b.type === 'paragraph');
    expect(article.meta.keyphrase).toBe('Pablo Ferrer');
    expect(JSON.stringify(lead)).toContain('Le président du Chili, Pablo Ferrer, entame lundi');
    expect(JSON.stringify(lead)).not.toContain('Mercredi, le président chilien se rendra');
  });
});

const results = [
  'Résultats : le chiffre d’affaires d’Alvéa progresse de 6,4 % au troisième trimestre',
  '',
  'Le groupe de services informatiques Alvéa a publié mercredi un chiffre d’affaires de 1,82 Md€ pour le troisième trimestre 2026, en hausse de 6,4 % sur un an, porté par la cybersécurité et le cloud.',
  '',
  'À périmètre constant, la croissance atteint 4,1 %, au-dessus du consensus des analystes. Sur neuf mois, les ventes s’élèvent à 5,37 Md€.',
  '',
  'L’activité cybersécurité a bondi de 14 %, à 419 M€. Le conseil recule de 2,3 %, pénalisé par le report de projets en Allemagne.',
  '',
  'Le groupe, qui emploie 61 000 personnes dans 28 pays, confirme son objectif de marge pour 2026.',
  '',
  'À la Bourse de Paris, l’action Alvéa gagnait 5,2 % en milieu de séance, après avoir perdu 12 % depuis janvier. Les analystes saluent un trimestre solide pour l’action Alvéa. Le groupe publiera ses résultats annuels le 18 février.',
].join('\n');

describe('generateArticle: a keyphrase that neither the headline nor the first sentences hold', () => {
  it('gives way to a name of the headline that the lede holds, and the lead opens where the source does', () => {
    const article = generateArticle(results, { minWords: 100 });
    const lead = article.blocks.find((b) => b.type === 'paragraph');
    expect(article.meta.keyphrase).toBe('Alvéa');
    expect(JSON.stringify(lead)).toContain('Le groupe de services informatiques Alvéa a publié mercredi');
    expect(JSON.stringify(lead)).not.toContain('À la Bourse de Paris');
  });
});

describe('generateArticle: a headline that opens on a common word with its capital', () => {
  it('takes no keyphrase of that word ("Mort de l’écrivain…": the headings read "Mort : …")', () => {
    const source = [
      'Mort de l’écrivain Paul Verdier, prix Goncourt 1998, à l’âge de 84 ans',
      '',
      'L’écrivain Paul Verdier, lauréat du prix Goncourt en 1998, est mort dimanche à Bordeaux, à l’âge de 84 ans, a annoncé lundi son éditeur.',
      '',
      'Né en 1941 à Périgueux, Paul Verdier avait d’abord été professeur de lettres pendant vingt ans. Il a écrit dix-sept romans, traduits dans une vingtaine de langues.',
      '',
      'Son roman le plus connu s’était vendu à plus de 800 000 exemplaires. Il avait été adapté au cinéma en 2004.',
      '',
      'Paul Verdier vivait depuis sa retraite dans une maison isolée près de Saint-Émilion. Ses obsèques auront lieu jeudi à Périgueux.',
    ].join('\n');
    const article = generateArticle(source, { minWords: 100 });
    expect(article.meta.keyphrase).toBe('Paul Verdier');
  });
});

describe('generateArticle: the title from the lead', () => {
  it('takes a lead form longer than a title that the title makes shorter, without the descriptor before the name', () => {
    const source = [
      'Le groupe de luxe français Maison Verlaine a publié mardi des résultats semestriels inférieurs aux attentes des analystes, pénalisés par le recul de la demande en Chine.',
      'Le groupe de luxe Maison Verlaine a vu son chiffre d’affaires reculer de 4 % au premier semestre, à 9,8 milliards d’euros.',
      'Maison Verlaine prévoit de fermer douze boutiques en Asie d’ici la fin de l’année, a indiqué sa présidente.',
    ].join('\n\n');
    const article = generateArticle(source, { minWords: 1, allowShort: true });
    expect(article.meta.keyphrase).toBe('Maison Verlaine');
    expect(article.meta.title).toMatch(/^Maison Verlaine a vu son chiffre d’affaires reculer de 4\s%$/u);
  });
});

describe('generateArticle: a keyphrase whose title says the news', () => {
  it('takes the subject of the news, ranked next, when the first phrase could only head a label (the place the earthquake struck)', () => {
    const text = readFileSync(new URL('./fixtures/unseen/e-07.txt', import.meta.url), 'utf8');
    const article = generateArticle(text);
    expect(article.meta.keyphrase).toBe('séisme de magnitude');
    expect(article.meta.title).toBe('Un séisme de magnitude 6,9 a frappé le sud du Pérou');
    // An editor's keyphrase is kept whatever its title.
    expect(generateArticle(text, { keyphrase: 'sud du Pérou' }).meta.keyphrase).toBe('sud du Pérou');
  });

  it.each([0, 1, 2])('takes the name the headline opens on as its subject, said once, when the ranked phrases could only head a label (f-02, seed %i)', (seed) => {
    // The lede's headline, "Le Stade toulousain a repris la tête du Top 14 samedi soir": the ranked phrase was the opponent.
    const text = readFileSync(new URL('./fixtures/unseen/f-02-sport-rugby-top14.txt', import.meta.url), 'utf8');
    const article = generateArticle(text, { seed });
    expect(article.meta.keyphrase).toBe('Stade toulousain');
    expect(article.meta.title).toBe('Le Stade toulousain a repris la tête du Top 14 samedi soir');
  });
});

describe('generateArticle: the meta keywords', () => {
  it('are noun phrases as the text says them, not pieces of longer ones ("Ligue des champions féminine", "projet de zone commerciale")', () => {
    const football = generateArticle(readFileSync(new URL('./fixtures/unseen/g-08-sport-football-feminin.txt', import.meta.url), 'utf8')).meta.keywords;
    expect(football).toContain('Ligue des champions féminine');
    expect(football).not.toContain('champions féminine');
    const election = generateArticle(readFileSync(new URL('./fixtures/unseen/e-04.txt', import.meta.url), 'utf8')).meta.keywords;
    expect(election).toContain('projet de zone commerciale');
    expect(election).not.toContain('projet de zone');
  });
});

describe('generateArticle: a label title', () => {
  const unseen = (name: string): string => readFileSync(new URL(`fixtures/unseen/${name}`, import.meta.url), 'utf8');
  it.each([0, 1, 2])('does not take the first heading when it is the subject of a sentence of its section (o-05: "le ministre de la Santé", seed %i)', (seed) => {
    const article = generateArticle(unseen('o-05-sante-greve-medecins-direct.txt'), { seed });
    const first = article.blocks.find((b) => b.type === 'heading' && b.level === 2);
    expect(first?.type === 'heading' && first.provenance.template.startsWith('rule.subject-heading:')).toBe(true);
    expect(article.meta.title.toLowerCase()).not.toContain(first!.text.replace(/^.*?\s:\s/u, '').toLowerCase());
  });
});

describe('generateArticle: a text whose UTF-8 was read as Windows-1252', () => {
  const text = readFileSync('tests/fixtures/unseen/p-03-sante-centre-pdf.txt', 'utf8');
  const misread = new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));

  it('writes the article of the text as it was written, and says it read it back', () => {
    const article = generateArticle(misread);
    const clean = generateArticle(text);
    expect(article.blocks).toEqual(clean.blocks);
    expect(article.warnings[0]).toMatch(/read back/u);
    expect(clean.warnings.some((w) => /read back/u.test(w))).toBe(false);
  });
});
