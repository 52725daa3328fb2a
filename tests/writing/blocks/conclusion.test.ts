/** The conclusion's recap (src/writing/blocks/conclusion.ts) takes a sentence that reads alone as the last word. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endsAlone } from '../../../src/writing/blocks/conclusion.js';
import { generateArticle } from '../../../src/index.js';

describe('endsAlone', () => {
  it.each([
    ['Deux membres de l’équipage restent portés disparus.', true],
    ['Le conseil se réunira samedi 28 mars pour élire la maire.', true],
    // No verb: a fragment that only its neighbour made a sentence.
    ['Un démarrage inédit pour un studio français indépendant.', false],
    // A pronoun or an adverb that points at the sentence before.
    ['Le grand prix national de la sculpture lui est décerné en 1987.', false],
    ['La bactérie utilise ensuite les produits de cette dégradation.', false],
    ['Le groupe a toutefois reconnu des retards.', false],
    // A demonstrative pronoun that points at a sentence before; a demonstrative of the time of the news does not.
    ['Ce dernier a démissionné mardi.', false],
    ['Les ventes ont reculé cette année.', true],
    // Words that point at people or things of an earlier sentence: "les autres", "le reste".
    ['Des proches ont hébergé les autres.', false],
    ['Le reste sera versé en 2027.', false],
    // "donc" draws its consequence from the sentence before; "alors" is its time or its case.
    ['Des diplomates occidentaux restent donc prudents.', false],
    ['Les vents soufflaient alors à 230 km/h.', false],
    // A demonstrative noun, said with the definite article, no longer says what it points at.
    ['Ce poids était le principal reproche adressé au premier casque.', false],
    ['Les autorités ont versé une aide de 2 000 euros aux autres communes.', true],
  ])('%s → %s', (text, expected) => {
    expect(endsAlone(text)).toBe(expected);
  });
});

describe('writeConclusion', () => {
  it('recaps no sentence whose demonstrative pointed at the sentence before ("Ce poids était…" → "le poids était…")', () => {
    const text = readFileSync(new URL('../../fixtures/unseen/j-09-tech-casque-realite-mixte.txt', import.meta.url), 'utf8');
    for (const seed of [0, 1, 2]) {
      const article = generateArticle(text, { seed });
      const recaps = article.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])).filter((s) => s.provenance.template.startsWith('conclusion.'));
      expect(recaps.some((s) => /le poids était/u.test(s.text))).toBe(false);
    }
  });
  it('looks ahead with no sentence whose short form leaves its future out ("…, dont la moitié sera financée par les dons")', () => {
    const text = readFileSync(new URL('../../fixtures/unseen/l-07-religion-visite-pape.txt', import.meta.url), 'utf8');
    for (const seed of [0, 1, 2]) {
      const article = generateArticle(text, { seed });
      const ahead = article.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])).filter((s) => s.provenance.template.startsWith('conclusion.future'));
      expect(ahead.length).toBe(1);
      expect(ahead.some((s) => /coût de la visite/u.test(s.text))).toBe(false);
    }
  });
  it('opens no paragraph on an opener that closes a series ("Enfin, …" with nothing before it)', () => {
    const source = [
      '# Vendanges : des volumes en hausse cette année',
      '',
      'Les vendanges se sont achevées la semaine dernière dans la plupart des vignobles du pays. Les volumes récoltés sont en hausse de 12 % sur un an, selon les premières estimations.',
      '',
      'Les viticulteurs se disent satisfaits de la qualité des raisins, qui ont profité d’un été chaud et sec. Les coopératives ont embauché davantage de saisonniers que l’an dernier. Le prix du vrac pourrait baisser après trois années de hausse.',
    ].join('\n');
    let recaps = 0;
    for (const seed of [0, 1, 2, 3, 4, 5, 6, 7]) {
      const article = generateArticle(source, { minWords: 1, allowShort: true, seed });
      const conclusion = article.blocks.filter((b) => b.type === 'paragraph').flatMap((b) => (b.type === 'paragraph' ? [b.sentences] : []));
      for (const sentences of conclusion) {
        const opening = sentences[0]!;
        if (opening.provenance.template.startsWith('conclusion.recap')) recaps++;
        expect(opening.provenance.template.startsWith('conclusion.recap') && /^Enfin\b/u.test(opening.text)).toBe(false);
      }
    }
    expect(recaps).toBeGreaterThan(0);
  });

  const paragraphsOf = (article: ReturnType<typeof generateArticle>) => article.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.sentences] : []));

  it.each(['d-09', 'b-10-diplomatie-soudan-treve', 'd-02', 'n-04-immigration-demandes-asile'])(
    'recaps a lead fact, from the body\'s first three fifths, rather than a late detail ("Enfin, la recharge reste le principal point noir", %s)',
    (name) => {
      const text = readFileSync(new URL(`../../fixtures/unseen/${name}.txt`, import.meta.url), 'utf8');
      for (const seed of [0, 1, 2]) {
        const article = generateArticle(text, { seed });
        const body = article.sentences.filter((s) => s.origin === 'body').map((s) => s.id);
        const recaps = paragraphsOf(article).flat().filter((s) => s.provenance.template.startsWith('conclusion.recap'));
        for (const recap of recaps) expect(body.indexOf(recap.provenance.sources[0]!)).toBeLessThan(Math.ceil(body.length * 0.6));
      }
    },
  );

  it.each(['b-06-tech-cnil-amende', 'd-01', 'c-03-sante-hopital-urgences'])('recaps a lead fact in other words than the lead\'s rather than in its own (%s)', (name) => {
    const text = readFileSync(new URL(`../../fixtures/unseen/${name}.txt`, import.meta.url), 'utf8');
    const key = (t: string): string => t.normalize('NFKC').toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();
    for (const seed of [0, 1, 2]) {
      const article = generateArticle(text, { seed });
      const paragraphs = paragraphsOf(article);
      const lead = key(paragraphs[0]!.map((s) => s.text).join(' '));
      const recaps = paragraphs.flat().filter((s) => s.provenance.template.startsWith('conclusion.recap'));
      for (const recap of recaps) expect(lead.includes(key(recap.text.replace(/^[^,]+, /u, '')))).toBe(false);
    }
  });

  it.each(['b-07-education-college', 'l-05-tourisme-station-ski-saison'])('closes on a fact, in the lead\'s words or a late sentence, where no other recap can be said: the names alone would say none (%s)', (name) => {
    const text = readFileSync(new URL(`../../fixtures/unseen/${name}.txt`, import.meta.url), 'utf8');
    for (const seed of [0, 1, 2]) {
      const recaps = paragraphsOf(generateArticle(text, { seed })).flat().filter((s) => s.provenance.template.startsWith('conclusion.recap'));
      expect(recaps.length).toBe(1);
    }
  });

  it('still recaps where the article is short of words without it: a lead fact in the lead’s words, or a late sentence', () => {
    const text = readFileSync(new URL('../../fixtures/unseen/n-09-sport-basket-draft-nba.txt', import.meta.url), 'utf8');
    const recaps = paragraphsOf(generateArticle(text, { seed: 0 })).flat().filter((s) => s.provenance.template.startsWith('conclusion.recap'));
    expect(recaps.length).toBe(1);
  });
});
