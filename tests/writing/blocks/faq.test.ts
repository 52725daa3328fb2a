/** The FAQ (src/writing/blocks/faq.ts), as generateArticle writes it. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle } from '../../../src/index.js';
import type { Article } from '../../../src/types.js';
import { asksAbout, isDeclared } from '../../../src/writing/blocks/faq.js';
import { speaksInFirstPerson } from '../../../src/writing/reformulate.js';
import { isPassiveSentence } from '../../../src/seo/assessments/text/passive.js';
import { readsEasily } from '../../../src/writing/readability.js';
import { escapeRegExp } from '../../../src/text.js';

const answers = (article: Article): string[] => article.blocks.flatMap((b) => (b.type === 'faq' ? b.items.flatMap((i) => [i.question.text, ...i.answer.map((a) => a.text)]) : []));

const source = (quoting: string): string =>
  [
    '# Cinéma : la réalisatrice Leila Ahmadi reçoit la Palme d’or',
    '',
    'Le jury du festival a décerné samedi la Palme d’or à la réalisatrice iranienne Leila Ahmadi pour son film. Le film raconte l’histoire de deux sœurs séparées par la guerre.',
    '',
    `Le film sortira dans les salles françaises le 3 septembre. ${quoting} La réalisatrice vit en exil en Allemagne depuis 2019.`,
  ].join('\n');

describe('writeFaq: quotations', () => {
  it('does not report as a declaration words the speaker only dedicates or quotes in passing', () => {
    const text = answers(generateArticle(source('Très émue, Leila Ahmadi a dédié son prix « à toutes les femmes qui n’ont pas le droit de raconter leur histoire ».'), { minWords: 1, allowShort: true })).join('\n');
    expect(text).not.toMatch(/(?:déclaré|affirmé)\s*:\s*«\s*à toutes les femmes/u);
  });

  it('does not report as a declaration a clause quoted after "que", whose verb it would change', () => {
    const text = answers(generateArticle(source('Leila Ahmadi a reconnu que « la censure reste très forte dans son pays natal ».'), { minWords: 1, allowShort: true })).join('\n');
    expect(text).not.toMatch(/(?:déclaré|affirmé)\s*:\s*«\s*la censure/u);
  });

  it('asks what a speaker declared when the quotation is a sentence of its own', () => {
    const text = answers(generateArticle(source('« C’est un prix pour toutes les femmes qui n’ont pas le droit de parler », a déclaré Leila Ahmadi.'), { minWords: 1, allowShort: true })).join('\n');
    expect(text).toMatch(/«\s*C’est un prix pour toutes les femmes/u);
  });

  it.each([
    ['a name further on in the reporting clause', '« C’est un prix pour toutes les femmes qui n’ont pas le droit de parler », a déclaré la réalisatrice, très émue, en recevant le trophée des mains de l’acteur Paul Morel.', /(?:Qu’a déclaré|Que dit) Paul Morel/u],
    ['a name after a reporting clause the facts could not read', '« C’est un prix pour toutes les femmes qui n’ont pas le droit de parler », a-t-elle déclaré devant le président du jury, Paul Morel.', /(?:Qu’a déclaré|Que dit) Paul Morel/u],
  ])('does not make the speaker of a quotation %s', (_, quoting, wrong) => {
    const text = answers(generateArticle(source(quoting), { minWords: 1, allowShort: true })).join('\n');
    expect(text).not.toMatch(wrong);
  });

  it.each([
    ['in the subject of the reporting clause', '« C’est un prix pour toutes les femmes qui n’ont pas le droit de parler », a déclaré Leila Ahmadi devant la presse.'],
    ['in the apposition after the role', '« C’est un prix pour toutes les femmes qui n’ont pas le droit de parler », a déclaré la réalisatrice iranienne, Leila Ahmadi, devant la presse.'],
    ['before a quotation introduced by a colon', 'Leila Ahmadi a déclaré : « C’est un prix pour toutes les femmes qui n’ont pas le droit de parler ».'],
  ])('names the speaker %s', (_, quoting) => {
    const text = answers(generateArticle(source(quoting), { minWords: 1, allowShort: true })).join('\n');
    expect(text).toMatch(/(?:Qu’a déclaré|Que dit) Leila Ahmadi\s*\?/u);
  });

  it('does not report as a declaration a title in guillemets ("pour « Les Nuits de Téhéran »")', () => {
    const text = answers(generateArticle(source('Le jury a aussi récompensé le romancier Paul Morel pour « Les Nuits de Téhéran sans lune ».'), { minWords: 1, allowShort: true })).join('\n');
    expect(text).not.toMatch(/(?:Qu’a déclaré|Que dit) Paul Morel|«\s*Les Nuits de Téhéran sans lune\s*»\s*\./u);
  });

  it.each([
    ['« C’est un grand jour », a déclaré le directeur.', 'C’est un grand jour', true],
    ['Le directeur a déclaré : « C’est un grand jour ».', 'C’est un grand jour', true],
    ['Le prix va à Paul Morel pour « Les Nuits de Téhéran ».', 'Les Nuits de Téhéran', false],
    ['Son troisième roman, « La Maison des sables », est paru en août.', 'La Maison des sables', false],
    ['Elle a dédié son prix « à toutes les femmes ».', 'à toutes les femmes', false],
  ])('isDeclared: %s → %s', (sentence, quote, expected) => {
    expect(isDeclared(quote, sentence)).toBe(expected);
  });

  it('asks about no name whose article the source never shows ("en Allemagne": not "Que sait-on d’Allemagne ?")', () => {
    const text = answers(generateArticle(source('La cinéaste a présenté son film à la presse mardi.'), { minWords: 1, allowShort: true })).join('\n');
    expect(text).not.toMatch(/d’Allemagne\s*\?|de Allemagne/u);
  });
});

describe('writeFaq: the keyphrase', () => {
  it('answers what to remember of the keyphrase with the first sentence about it that can be told as reported', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'corpus', '04-science-boson-de-higgs.txt'), 'utf8');
    const article = generateArticle(text);
    const essential = article.blocks.flatMap((b) => (b.type === 'faq' ? b.items : [])).find((i) => i.question.provenance.template.startsWith('faq.essential'));
    expect(article.meta.keyphrase).toBe('boson de Higgs');
    expect(essential?.question.text).toMatch(/boson de Higgs/u);
    expect(essential?.answer[0]?.text).toMatch(/boson de Higgs/u);
    expect(essential?.answer[0]?.provenance.sources.length).toBeGreaterThan(0);
  });
});

/** An interview as users paste it: each question on its own line, the answers in the first person. */
const interview = [
  '# Le festival de Garonne referme ses portes',
  '',
  'Le festival de Garonne s’est achevé dimanche soir à Agen après quatre jours de concerts. Sa directrice, Sabrina Delmas, dresse le bilan de cette édition.',
  '',
  'Quel bilan tirez-vous de cette édition ?',
  '',
  'Un bilan très positif. Nous avons accueilli 142 000 spectateurs en quatre jours, contre 118 000 l’an dernier.',
  '',
  'Comment expliquez-vous ce succès ?',
  '',
  'Un pari réussi. La programmation a beaucoup compté, et les prix sont restés raisonnables, à 49 euros la journée.',
].join('\n');

describe('writeFaq: reported facts', () => {
  it.each([1, 700])('does not report a sentence without a verb ("On apprend ainsi qu’un bilan très positif"), minimum %i', (minWords) => {
    const written = answers(generateArticle(interview, { minWords, allowShort: true })).join('\n');
    expect(written).not.toMatch(/(?:qu’|, )un (?:bilan très positif|pari réussi)\./u);
  });

  it('restates no sentence in the first person out of its place (key figures, FAQ, conclusion of an interview)', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'unseen', 'f-09-culture-festival-entretien.txt'), 'utf8');
    const article = generateArticle(text);
    const sentences = article.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : b.type === 'faq' ? b.items.flatMap((i) => i.answer) : b.type === 'list' ? b.items.map((i) => i.sentence) : []));
    // "Notre budget est de 8,6 millions d’euros." stays in its answer, copied as the source says it.
    expect(sentences.filter((s) => s.provenance.template !== 'source' && speaksInFirstPerson(s.text)).map((s) => s.text)).toEqual([]);
  });
});

describe('asksAbout', () => {
  it.each([
    ['Le contexte sportif', false, true],
    ['Les précisions apportées', false, true],
    ['Cette affaire', false, true],
    // "ce" as the pronoun of a clause: "Que faut-il retenir à propos de ce que l’on sait ?" is no French.
    ['Ce que l’on sait', false, false],
    ['Ce qu’il faut retenir', false, false],
    ['Ce qui change', false, false],
    ['Vers une reprise', false, false],
    // Two headings made one: "à propos des réactions : le gouvernement ?" reads as two.
    ['Les réactions : le gouvernement', true, false],
  ])('%s (from the source: %s) → %s', (heading, fromSource, expected) => {
    expect(asksAbout(heading, fromSource)).toBe(expected);
  });
});

describe('writeFaq: what the source says of a name', () => {
  it('answers "Que sait-on de … ?" with a sentence that still names them, not a short form cut before the name', () => {
    // i-07: "Le gouvernement dispose de trois mois pour s’y opposer, mais le ministre de l’Économie, Laurent Chabert, a indiqué…"
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'unseen', 'i-07-energie-tarif-electricite.txt'), 'utf8');
    const items = generateArticle(text).blocks.flatMap((b) => (b.type === 'faq' ? b.items : []));
    const about = items.flatMap((item) => {
      const name = /^(?:Que sait-on (?:de |d’)|Que faut-il savoir à propos (?:de |d’))(.+?)\s?\?$/u.exec(item.question.text)?.[1];
      return name === undefined ? [] : [{ name, answer: item.answer.map((a) => a.text).join(' ') }];
    });
    // Before the rule: "Que sait-on de Laurent Chabert ? Les faits montrent ainsi que le gouvernement dispose de trois mois pour s’y opposer."
    for (const { name, answer } of about) expect(answer).toContain(name.replace(/^(?:la |le |les |l’)/u, ''));
  });
});

describe('writeFaq: a name inside another name', () => {
  it('does not answer "Que sait-on de la France ?" with a sentence on Île-de-France', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'unseen', 'c-04-immobilier-prix.txt'), 'utf8');
    const items = generateArticle(text).blocks.flatMap((b) => (b.type === 'faq' ? b.items : []));
    for (const item of items.filter((i) => /(?:de la |de |d’)France\s?\?$/u.test(i.question.text))) {
      expect(item.answer.map((a) => a.text).join(' ')).toMatch(/(?<![\p{L}-])France(?![\p{L}-])/u);
    }
  });
});

describe('writeFaq: a section headed by a label of its topic', () => {
  const unseen = join(import.meta.dirname, '..', '..', 'fixtures', 'unseen');
  const sectionAnswer = (file: string, seed: number): string | undefined =>
    generateArticle(readFileSync(join(unseen, file), 'utf8'), { seed })
      .blocks.flatMap((b) => (b.type === 'faq' ? b.items : []))
      .find((item) => item.question.provenance.template.startsWith('faq.section'))?.answer[0]?.text;

  // c-03's hospital section opens on "La décision a provoqué la colère des élus", which says nothing of health;
  // g-05's technology section on "À 16h05, le rétablissement progresse". A sentence that uses the topic's words comes first.
  it.each([0, 1, 2])('answers the question about a topic label ("Que sait-on concernant le volet sanitaire ?") with a sentence of that topic (c-03, g-05, seed %i)', (seed) => {
    expect(sectionAnswer('c-03-sante-hopital-urgences.txt', seed)).toMatch(/l’hôpital/u);
    expect(sectionAnswer('g-05-telecom-panne-direct.txt', seed)).toMatch(/clients mobiles/u);
  });
});

describe('writeFaq: the key figures', () => {
  const fixture = (file: string): string => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'unseen', file), 'utf8');

  it.each([0, 1, 2])('keeps "Quels sont les chiffres clés ?" when its first answer opens as a section opener did, or repeats the lead (i-05, seed %i)', (seed) => {
    const items = generateArticle(fixture('i-05-television-audiences.txt'), { seed }).blocks.flatMap((b) => (b.type === 'faq' ? b.items : []));
    const figures = items.find((i) => /chiffres/u.test(i.question.text));
    expect(figures?.answer[0]?.text).toMatch(/millions/u);
  });

  it('lists a figure of three digits or more once, whatever noun each sentence gives it ("1 180 loups", "1 180 animaux")', () => {
    const text = [
      '# Loups : la population progresse en France',
      '',
      'La France compte environ 1 180 loups, selon le dernier comptage. Les attaques sur les troupeaux ont baissé de 9 % en 2025.',
      '',
      'L’Office a publié mardi son estimation : environ 1 180 animaux à la sortie de l’hiver, contre 1 096 un an plus tôt. L’État a versé 41 millions d’euros d’indemnisation.',
    ].join('\n');
    const items = generateArticle(text, { minWords: 1, allowShort: true }).blocks.flatMap((b) => (b.type === 'faq' ? b.items : []));
    const answer = items.find((i) => /chiffres/u.test(i.question.text))!.answer.map((a) => a.text).join(' ').replace(/[\u00A0\u202F]/gu, ' ');
    expect(answer.match(/1 180/gu)).toHaveLength(1);
  });

  it.each([0, 1, 2])('lists the figures of the news, a rate whole, not its references nor a bare share (h-07, seed %i)', (seed) => {
    const article = generateArticle(fixture('h-07-sante-grippe-epidemie.txt'), { seed });
    const item = article.blocks.flatMap((b) => (b.type === 'faq' ? b.items : [])).find((i) => /chiffres/u.test(i.question.text));
    // Where a section's opener listed the same figures, the FAQ does not say them again: the opener is the list.
    const answer = (item?.answer ?? article.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])).filter((s) => s.provenance.template.startsWith('opener.number'))).map((a) => a.text).join(' ').replace(/[\u00A0\u202F]/gu, ' ');
    // "312 cas pour 100 000 habitants" (a rate, listed whole), "les enfants de moins de 15 ans", "en hausse de 46 % sur une semaine".
    expect(answer).not.toMatch(/(?<!cas pour )100 000 habitants|15 ans|46 %/u);
    expect(answer).toContain('312 cas pour 100 000 habitants');
    expect(answer).not.toMatch(/40 %(?! des personnes hospitalisées)/u);
  });

  it.each([0, 1, 2])('says the first three or two figures where four make the answer long, unless an opener said them (b-07: "37 % des collèges" says more than "37 %", seed %i)', (seed) => {
    const article = generateArticle(fixture('b-07-education-college.txt'), { seed });
    const items = article.blocks.flatMap((b) => (b.type === 'faq' ? b.items : []));
    const item = items.find((i) => /chiffres/u.test(i.question.text));
    if (item === undefined) {
      // The first section's opener listed the same three: the FAQ does not say them again.
      const paragraphs = article.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.text.replace(/[\u00A0\u202F]/gu, ' ')) : []));
      expect(paragraphs.some((p) => p.endsWith('37 % des collèges, 4 500 postes supplémentaires et 260 millions d’euros.'))).toBe(true);
      return;
    }
    const answer = item.answer[0]!.text;
    expect(answer.replace(/[\u00A0\u202F]/gu, ' ')).toContain('37 % des collèges');
    expect(readsEasily(answer)).toBe(true);
  });

  it('lists no figure of a quotation, which is the speaker’s (o-07: "« Je tiens ce tabac depuis 26 ans »")', () => {
    const text = [
      '# Euromillions : un gagnant à Lyon',
      '',
      'Un joueur lyonnais a remporté 167 millions d’euros mardi soir. Le ticket, validé dans un bureau de tabac, a coûté 2,50 euros.',
      '',
      '« Je tiens ce tabac depuis 26 ans et c’est la première fois qu’un gros gain tombe ici », a confié le buraliste. Le gagnant dispose de 60 jours pour se manifester.',
    ].join('\n');
    const items = generateArticle(text, { minWords: 1, allowShort: true }).blocks.flatMap((b) => (b.type === 'faq' ? b.items : []));
    const answer = items.find((i) => /chiffres/u.test(i.question.text))!.answer.map((a) => a.text).join(' ').replace(/[\u00A0\u202F]/gu, ' ');
    expect(answer).toContain('167 millions d’euros');
    expect(answer).not.toContain('26 ans');
  });

  it('says no "entre autres entre" before a range (i-10)', () => {
    for (const seed of [0, 1, 2]) {
      const text = generateArticle(fixture('i-10-art-enchere-record-londres.txt'), { seed }).blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.text) : b.type === 'faq' ? b.items.flatMap((i) => i.answer.map((a) => a.text)) : [])).join(' ');
      expect(text).not.toContain('entre autres entre');
    }
  });
});

describe('writeFaq: answers told as reported', () => {
  it('reports no sentence after "que" that names its source at its end ("…que les tarifs augmenteront, a annoncé le ministère")', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'unseen', 'k-07-transports-peages-autoroutes.txt'), 'utf8');
    for (const seed of [0, 1, 2]) {
      const answers = generateArticle(text, { seed }).blocks.flatMap((b) => (b.type === 'faq' ? b.items.flatMap((i) => i.answer.map((a) => a.text)) : []));
      expect(answers.filter((a) => /^[^«»]* (?:que|qu’) [^«»]*, a (?:annoncé|indiqué|déclaré|précisé|expliqué)\s/u.test(a))).toEqual([]);
    }
  });
});

describe('writeFaq: the dates to remember', () => {
  it('lists a span of dates whole, and no day that it holds ("du 18 au 21 avril", not "le 21 avril, le 18 avril")', () => {
    const text = [
      '# Grève : les contrôleurs de la SNCF appelés à cesser le travail du 18 au 21 avril',
      '',
      'Les contrôleurs de la SNCF sont appelés à la grève du 18 au 21 avril, pendant le week-end de Pâques. Le préavis a été déposé le 18 avril au matin par les syndicats.',
      '',
      'Un premier mouvement avait déjà perturbé le trafic en 2022. La direction promet un plan de transport pour le 15 avril.',
    ].join('\n');
    const items = generateArticle(text, { minWords: 1, allowShort: true }).blocks.flatMap((b) => (b.type === 'faq' ? b.items : []));
    const answer = items.find((i) => /dates?/u.test(i.question.text))!.answer.map((a) => a.text).join(' ').replace(/[\u00A0\u202F]/gu, ' ');
    expect(answer).toContain('du 18 au 21 avril');
    expect(answer).not.toMatch(/le 21 avril|le 18 avril/u);
  });

  const datesAnswer = (text: string): string => {
    const items = generateArticle(text, { minWords: 1, allowShort: true }).blocks.flatMap((b) => (b.type === 'faq' ? b.items : []));
    return items.find((i) => /dates?/u.test(i.question.text))!.answer.map((a) => a.text).join(' ').replace(/[\u00A0\u202F]/gu, ' ');
  };

  it('lists the dates in the order of time when each has its year, in the source\'s order when one has none', () => {
    const dated = [
      '# Le musée Carnot rouvre ses portes après cinq ans de travaux',
      '',
      'Le musée Carnot de Besançon rouvrira en juin 2027, après une fermeture décidée en 2022. Ses collections avaient été réunies en 1884 par un mécène.',
      '',
      'Le bâtiment avait déjà été agrandi en 1962. La ville a investi 18 millions d’euros dans le chantier.',
    ].join('\n');
    expect(datesAnswer(dated)).toMatch(/1884, 1962, 2022 et juin 2027/u);
    const yearless = dated.replace('Le bâtiment avait déjà été agrandi en 1962.', 'Une exposition ouvrira le 3 mars.');
    expect(datesAnswer(yearless)).toMatch(/juin 2027, 2022, 1884 et le 3 mars/u);
  });

  it.each(['i-01-justice-condamnation-maire.txt', 'b-06-tech-cnil-amende.txt'])('lists no year that a listed date holds already (%s)', (file) => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'unseen', file), 'utf8');
    const items = generateArticle(text).blocks.flatMap((b) => (b.type === 'faq' ? b.items : []));
    const dated = items.find((i) => /dates?/u.test(i.question.text));
    expect(dated).toBeDefined();
    const answer = dated!.answer.map((a) => a.text).join(' ').replace(/[\u00A0\u202F]/gu, ' ');
    // A year listed alone ("…, 2023, …") beside a date of that year ("mars 2023").
    const alone = [...answer.replace(/(?:entre|de) (?:19|20)\d\d (?:et|à) (?:19|20)\d\d/gu, 'span').matchAll(/(?:: |, | et )((?:19|20)\d\d)(?=,| et |\.)/gu)].map((m) => m[1]!);
    for (const year of alone) expect(answer).not.toMatch(new RegExp(`\\p{L} ${year}`, 'u'));
  });
});

describe('writeFaq: spans of years', () => {
  it('lists a span of years whole, and no year that ends one ("de 2005 à 2025", not "2005, 2025 et 2009")', () => {
    const text = [
      '# Pollution : les épisodes d’ozone ont triplé en vingt ans dans la vallée',
      '',
      'Les scientifiques ont analysé les mesures de 46 stations de 2005 à 2025. Ils ont compté 41 jours de dépassement au cours de l’été 2025, contre 13 jours en moyenne entre 2005 et 2009.',
      '',
      'La température maximale moyenne de l’été a augmenté de 1,9 °C dans la vallée depuis 2005.',
    ].join('\n');
    const items = generateArticle(text, { minWords: 1, allowShort: true }).blocks.flatMap((b) => (b.type === 'faq' ? b.items : []));
    const answer = items.find((i) => /dates?/u.test(i.question.text))!.answer.map((a) => a.text).join(' ');
    expect(answer).toContain('de 2005 à 2025');
    expect(answer).toContain('entre 2005 et 2009');
    expect(answer).not.toMatch(/(?:: |, )20(?:05|25)\b/u);
  });
});

describe('writeFaq: contrast adverbs', () => {
  it('answers with no contrast adverb, which read alone would contrast with nothing (j-09 "le marché reste toutefois étroit")', () => {
    const text = readFileSync(join(import.meta.dirname, '../../fixtures/unseen/j-09-tech-casque-realite-mixte.txt'), 'utf8');
    for (const seed of [0, 1, 2]) {
      const faq = generateArticle(text, { seed }).blocks.flatMap((b) => (b.type === 'faq' ? b.items.flatMap((i) => i.answer.map((a) => a.text)) : []));
      expect(faq.length).toBeGreaterThan(0);
      expect(faq.filter((a) => /\b(?:toutefois|cependant|pourtant|néanmoins)\b/u.test(a.replace(/«[^»]*»/gu, '')))).toEqual([]);
    }
  });
});

describe('extendFaq', () => {
  it.each(['a-c.txt', 'h-03-gastronomie-guide-michelin.txt', 'i-10-art-enchere-record-londres.txt'])('restates no sentence that the FAQ already gave as an answer (%s)', (file) => {
    const text = readFileSync(join(import.meta.dirname, '../../fixtures/unseen', file), 'utf8');
    for (const seed of [0, 1, 2]) {
      const article = generateArticle(text, { seed });
      const restating = article.blocks.flatMap((b) => (b.type === 'faq' ? b.items.flatMap((i) => i.answer) : [])).filter((a) => /^(?:faq\.reported|faq\.quote|rule\.move-attribution|connector:)/u.test(a.provenance.template));
      const sources = restating.flatMap((a) => a.provenance.sources);
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.filter((id, i) => sources.indexOf(id) !== i)).toEqual([]);
      expect(article.report.words).toBeGreaterThanOrEqual(article.report.minWords);
    }
  });
});

describe('writeFaq: questions about people', () => {
  it('asks about a person whose name Yoast reads as a participle otherwise than "Qui est … ?", which it counts as passive', () => {
    // j-05: "Qui est Patrick Quéré ?" put the article over Yoast's 10 % of passive sentences.
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'unseen', 'j-05-greve-transports-horaires.txt'), 'utf8');
    const questions = generateArticle(text).blocks.flatMap((b) => (b.type === 'faq' ? b.items.map((i) => i.question.text) : []));
    expect(questions.some((q) => /^Quel rôle joue Patrick Quéré\s\?$/u.test(q))).toBe(true);
    expect(questions.some((q) => q.startsWith('Qui est Patrick Quéré'))).toBe(false);
    expect(questions.filter((q) => isPassiveSentence(q))).toEqual([]);
  });
});

describe('writeFaq: sentences told as reported', () => {
  const fixture = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'unseen', 'c-02-sport-transfert.txt'), 'utf8');
  it.each([0, 1, 2])('never runs "que" into a participle detached from its subject ("que formé à Fluminense, Thiago Moreira…", seed %i)', (seed) => {
    const text = answers(generateArticle(fixture, { seed })).join('\n');
    expect(text).toMatch(/formé à Fluminense, Thiago Moreira/u);
    expect(text).not.toMatch(/qu(?:e\s|’)formé/iu);
  });
});

describe('writeFaq: answers that open on a phrase set off by a comma', () => {
  const fixtures = ['g-10-transport-accident-train.txt', 'g-04-energie-reacteur-nucleaire.txt', 'h-07-sante-grippe-epidemie.txt'].map((name) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'unseen', name), 'utf8'));
  it.each([0, 1, 2])('run "que" into it rather than set a second phrase before it ("Selon les informations rapportées, en 2024, les accidents…", seed %i)', (seed) => {
    const texts = fixtures.flatMap((fixture) => answers(generateArticle(fixture, { seed })));
    expect(texts.some((t) => /\bqu(?:e\s|’)(?:en 2024|au total|sur les 57|à l’hôpital),/u.test(t))).toBe(true);
    expect(texts.filter((t) => /^(?:Selon|D’après)[^,]*, (?:en|au|à|sur|dans|chez|depuis|pendant|après|pour|côté|chaque)\s[^,]{0,40}, /u.test(t))).toEqual([]);
  });
});

describe('writeFaq: answers that name their source at the end', () => {
  const fixtures = ['l-06-economie-black-friday-ventes.txt', 'a-c.txt'].map((name) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'unseen', name), 'utf8'));
  it.each([0, 1, 2])('are not reported a second time ("D’après la source, …, selon la presse portugaise", seed %i)', (seed) => {
    const texts = fixtures.flatMap((fixture) => answers(generateArticle(fixture, { seed })));
    const namedAtEnd = texts.filter((t) => /,\s(?:selon|d’après)\s[^,«»]+\.$/u.test(t));
    expect(namedAtEnd.length).toBeGreaterThan(0);
    expect(namedAtEnd.filter((t) => /^(?:Selon les|D’après (?:les|la source)|On apprend|Il ressort|Les faits montrent|Il apparaît|Les informations disponibles)/u.test(t))).toEqual([]);
  });
});

describe('writeFaq: dates', () => {
  const fixture = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'unseen', 'j-03-science-qualite-air-ozone.txt'), 'utf8');
  it.each([0, 1, 2])('lists spans of dates after a colon, never as the object of a verb ("mentionne de 2005 à 2025", seed %i)', (seed) => {
    const text = answers(generateArticle(fixture, { seed })).join('\n');
    expect(text).toMatch(/: de 2005 à 2025/u);
    expect(text).not.toMatch(/mentionne en particulier (?:de|du|entre)\s/u);
  });
});

describe('writeFaq: a section headed by a phrase of the source or the subject of one of its sentences', () => {
  const unseen = join(import.meta.dirname, '..', '..', 'fixtures', 'unseen');
  const files = readdirSync(unseen).filter((f) => f.endsWith('.txt'));
  it('asks about the phrase only with an answer that says it ("Qu’apprend-on sur la zone de surveillance ?")', () => {
    let asked = 0;
    for (const file of files) {
      const article = generateArticle(readFileSync(join(unseen, file), 'utf8'), { allowShort: true });
      const headed = article.blocks.flatMap((b) => (b.type === 'heading' && /^rule\.(?:phrase|subject)-heading/u.test(b.provenance.template) ? [b.text.replace(/^.*\s:\s/u, '')] : []));
      for (const heading of headed) {
        const phrase = heading.replace(/^(?:le|la|les)\s|^l’/iu, '');
        for (const item of article.blocks.flatMap((b) => (b.type === 'faq' ? b.items : []))) {
          // The question asks about the heading itself (faq.section.q), not "…concernant les enjeux de l’intelligence artificielle ?".
          const asks = new RegExp(`(?:(?:sur|concernant|propos de) (?:la |le |les |l’)|propos (?:du |des ))${escapeRegExp(phrase)}\\s?\\?$`, 'u');
          if (!item.question.provenance.template.startsWith('faq.section') || !asks.test(item.question.text)) continue;
          asked++;
          expect(item.answer.map((a) => a.text).join(' '), `${file}: ${item.question.text}`).toContain(phrase);
        }
      }
    }
    expect(asked).toBeGreaterThan(0);
  });
});

describe('writeFaq: the key figures', () => {
  const unseen = (name: string): string => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'unseen', name), 'utf8');
  it.each([
    ['b-01-justice-proces.txt', 1],
    ['b-07-education-college.txt', 0],
    ['c-04-immobilier-prix.txt', 0],
  ])('do not repeat word for word the list a section opener gave (%s, seed %i)', (name, seed) => {
    const article = generateArticle(unseen(name), { seed });
    const paragraphs = article.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.text) : []));
    const figures = article.blocks.flatMap((b) => (b.type === 'faq' ? b.items.filter((i) => /chiffres clés/u.test(i.question.text)) : []));
    for (const item of figures) {
      const list = /(?:entre autres|notamment|en particulier|:) (.+)\.$/u.exec(item.answer.map((a) => a.text).join(' '))?.[1];
      expect(list).toBeDefined();
      expect(paragraphs.filter((p) => p.endsWith(` ${list}.`))).toEqual([]);
    }
  });
});

describe('writeFaq: what more there is to know', () => {
  const unseen = (name: string): string => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'unseen', name), 'utf8');
  it.each([0, 1, 2])('asks about the keyphrase only with an answer that says it (seed %i, every unseen input)', (seed) => {
    const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'unseen');
    let asked = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const article = generateArticle(unseen(name), { seed, allowShort: true });
      const kp = article.meta.keyphrase.toLowerCase();
      for (const item of article.blocks.flatMap((b) => (b.type === 'faq' ? b.items : []))) {
        if (!item.question.provenance.template.startsWith('faq.more.q')) continue;
        if (!item.question.text.toLowerCase().includes(kp)) continue;
        asked++;
        expect(item.answer.map((a) => a.text).join(' ').toLowerCase()).toContain(kp);
      }
    }
    expect(asked).toBeGreaterThan(0);
  });
});
