/** The SEO assessments, one test per score band, on small hand-made papers. */
import { describe, expect, it } from 'vitest';
import { assessPaper, scoreToRating, type Matching, type Paper } from '../../../src/seo/assessments/index.js';
import { h, li, p, paper, prose, sentence } from './helpers.js';

function verdict(input: Paper, id: string, matching: Matching = 'inflected') {
  const { seo, readability } = assessPaper(input, { matching });
  const found = [...seo, ...readability].find((r) => r.id === id);
  if (!found) throw new Error(`no assessment ${id}`);
  return found;
}

describe('scoreToRating (Yoast’s scale)', () => {
  it.each([
    [9, 'good'],
    [8, 'good'],
    [7, 'ok'],
    [5, 'ok'],
    [4, 'bad'],
    [1, 'bad'],
    [-50, 'bad'],
    [-999, 'bad'],
  ])('%d is %s', (score, rating) => {
    expect(scoreToRating(score)).toBe(rating);
  });
});

describe('keyphraseInSEOTitle', () => {
  it.each([
    ['the exact keyphrase at the beginning', 'Pénurie de puces : les usines à l’arrêt', 9],
    ['the exact keyphrase after function words only', 'La pénurie de puces s’aggrave', 9],
    ['the exact keyphrase further on', 'Automobile : la pénurie de puces s’aggrave', 6],
    ['all the words, not as the phrase', 'Les puces, une pénurie qui dure', 6],
    ['a missing word', 'Les puces manquent aux usines', 2],
    ['no title', '', 2],
  ])('%s', (_, title, score) => {
    expect(verdict(paper({ title }), 'keyphraseInSEOTitle').score).toBe(score);
  });

  it('is bad without a keyphrase', () => {
    expect(verdict(paper({ keyphrase: '', title: 'Pénurie de puces' }), 'keyphraseInSEOTitle').score).toBe(2);
  });

  it('finds the inflected phrase, where Yoast’s exact match does not', () => {
    const title = 'Les pénuries de puce inquiètent';
    expect(verdict(paper({ title }), 'keyphraseInSEOTitle').score).toBe(9);
    expect(verdict(paper({ title }), 'keyphraseInSEOTitle', 'exact').score).toBe(2);
  });
});

describe('introductionKeyword', () => {
  it.each([
    ['in one sentence of the first paragraph', ['La pénurie de puces frappe les usines.', 'Rien ne change.'], 9],
    ['spread over two sentences', ['La pénurie frappe les usines. Les puces manquent.', 'Rien ne change.'], 6],
    ['only in the second paragraph', ['Les usines ferment.', 'La pénurie de puces dure.'], 3],
  ])('%s', (_, texts, score) => {
    expect(verdict(paper({ blocks: [h(1, 'Titre'), ...texts.map(p)] }), 'introductionKeyword').score).toBe(score);
  });

  it('reads a list item as a paragraph, as Yoast does', () => {
    expect(verdict(paper({ blocks: [li('La pénurie de puces frappe les usines.'), p('Rien.')] }), 'introductionKeyword').score).toBe(9);
  });

  it('is bad without a keyphrase', () => {
    expect(verdict(paper({ keyphrase: '', blocks: [p('La pénurie de puces.')] }), 'introductionKeyword').score).toBe(3);
  });

  it('recognises plural, feminine and elided forms (inflected matching only)', () => {
    const blocks = [p('Les pénuries de puce inquiètent.')];
    expect(verdict(paper({ blocks }), 'introductionKeyword').score).toBe(9);
    expect(verdict(paper({ blocks }), 'introductionKeyword', 'exact').score).toBe(3);
    const elided = [p('Le marché manque d’investisseurs.')];
    expect(verdict(paper({ keyphrase: 'investisseur', blocks: elided }), 'introductionKeyword').score).toBe(9);
    expect(verdict(paper({ keyphrase: 'investisseurs', blocks: elided }), 'introductionKeyword', 'exact').score).toBe(9);
  });
});

describe('keyphraseLength', () => {
  it.each([
    ['2 content words (function words do not count)', 'pénurie de puces', 9],
    ['4 content words', 'pénurie mondiale puces électroniques', 9],
    ['5 content words', 'pénurie mondiale puces électroniques automobiles', 6],
    ['9 content words', 'pénurie mondiale puces électroniques automobiles usines européennes asiatiques américaines', 3],
    ['no keyphrase', '', -999],
  ])('%s', (_, keyphrase, score) => {
    expect(verdict(paper({ keyphrase }), 'keyphraseLength').score).toBe(score);
  });
});

describe('keyphraseDensity', () => {
  const withOccurrences = (occurrences: number, words: number) =>
    paper({ blocks: [p([...Array.from({ length: occurrences }, () => 'La pénurie de puces dure.'), prose(words - occurrences * 5)].join(' '))] });

  it.each([
    ['a long text without the keyphrase', 0, 300, 4],
    ['a long text with it once', 1, 300, 4],
    ['a long text with it 3 times in 300 words', 3, 300, 9],
    ['a long text with it 7 times in 300 words (weighted density over 3 %)', 7, 300, -10],
    ['a long text with it 10 times in 300 words (over 4 %)', 10, 300, -50],
    ['a short text without it', 0, 60, 4],
    ['a short text with it twice', 2, 60, 9],
    ['a short text with it 3 times', 3, 60, -10],
    ['a short text with it 4 times', 4, 60, -50],
  ])('%s', (_, occurrences, words, score) => {
    expect(verdict(withOccurrences(occurrences, words), 'keyphraseDensity', 'exact').score).toBe(score);
  });

  it('is bad without a keyphrase', () => {
    expect(verdict(paper({ keyphrase: '', blocks: [p(prose(300))] }), 'keyphraseDensity').score).toBe(-50);
  });

  it('counts the keyphrase once per sentence holding all its content words, in any order', () => {
    const input = paper({ blocks: [p(`Les puces manquent : une pénurie. ${prose(300)}`), p('La pénurie de puces. Une pénurie de puces.')] });
    expect(verdict(input, 'keyphraseDensity', 'exact').actual).toBe(3);
  });

  it('counts, as Yoast’s exact match does, a word without its accents, in capitals or after an elided article', () => {
    // Each sentence holds both words once: "Penurie", "PÉNURIE", "d’puces" is no French but a token that holds "puces".
    const input = paper({ blocks: [p(`La penurie de puces dure. LA PÉNURIE DE PUCES DURE. Une pénurie d’puces. La pénurie de puce. ${prose(300)}`)] });
    expect(verdict(input, 'keyphraseDensity', 'exact').actual).toBe(3);
  });

  it('allows up to 3.5 % when inflected forms are counted, as Yoast does with word forms', () => {
    const input = withOccurrences(7, 300);
    expect(verdict(input, 'keyphraseDensity').score).toBe(9);
    expect(verdict(input, 'keyphraseDensity', 'exact').score).toBe(-10);
  });
});

describe('metaDescriptionKeyword', () => {
  it.each([
    ['once', 'La pénurie de puces frappe les usines européennes.', 9],
    ['twice', 'La pénurie de puces dure. Une pénurie de puces inquiète.', 9],
    ['three times', 'La pénurie de puces dure. Une pénurie de puces inquiète. Pénurie de puces !', 3],
    ['never', 'Les usines européennes ferment.', 3],
    ['no description', '', 3],
  ])('%s', (_, description, score) => {
    expect(verdict(paper({ description }), 'metaDescriptionKeyword').score).toBe(score);
  });
});

describe('metaDescriptionLength', () => {
  it.each([
    ['130 characters', 130, 9],
    ['156 characters', 156, 9],
    ['120 characters (too short)', 120, 6],
    ['157 characters (too long)', 157, 6],
    ['none', 0, 1],
  ])('%s', (_, length, score) => {
    expect(verdict(paper({ description: 'a'.repeat(length) }), 'metaDescriptionLength').score).toBe(score);
  });
});

describe('subheadingsKeyword', () => {
  const withHeadings = (matching: number, others: number, words = 400) =>
    paper({
      blocks: [
        ...Array.from({ length: matching }, (_, i) => h(2, `La pénurie de puces ${i + 1}`)),
        ...Array.from({ length: others }, (_, i) => h(2, `Les usines ${i + 1}`)),
        p(prose(words)),
      ],
    });

  it.each([
    ['1 of 2 subheadings', 1, 1, 9],
    ['the only subheading', 1, 0, 9],
    ['1 of 5 (under 30 %)', 1, 4, 3],
    ['3 of 3 (over 75 %)', 3, 0, 3],
    ['0 of 3', 0, 3, 3],
  ])('%s', (_, matching, others, score) => {
    expect(verdict(withHeadings(matching, others), 'subheadingsKeyword').score).toBe(score);
  });

  it.each([
    ['a long text without H2/H3', 400, 2],
    ['a short text without H2/H3', 200, 9],
  ])('%s', (_, words, score) => {
    expect(verdict(paper({ blocks: [h(1, 'Titre'), p(prose(words))] }), 'subheadingsKeyword').score).toBe(score);
  });

  it('is bad without a keyphrase', () => {
    expect(verdict(paper({ keyphrase: '', blocks: [p(prose(100))] }), 'subheadingsKeyword').score).toBe(1);
  });

  it('needs more than half of the content words in a subheading', () => {
    expect(verdict(paper({ blocks: [h(2, 'La pénurie'), p(prose(100))] }), 'subheadingsKeyword').actual).toBe(0);
  });
});

describe('slugKeyword', () => {
  it.each([
    ['all the words, accents removed', 'penurie-de-puces-usines', 9],
    ['part of them', 'penurie-usines', 6],
    ['no slug', '', 3],
  ])('%s', (_, slug, score) => {
    expect(verdict(paper({ slug }), 'slugKeyword').score).toBe(score);
  });

  it('asks for more than half of a longer keyphrase', () => {
    const keyphrase = 'pénurie mondiale de puces';
    expect(verdict(paper({ keyphrase, slug: 'penurie-mondiale-usines' }), 'slugKeyword').score).toBe(9);
    expect(verdict(paper({ keyphrase, slug: 'penurie-usines' }), 'slugKeyword').score).toBe(6);
  });

  it('finds "d’exploitation" in "d-exploitation" only with inflected matching', () => {
    const input = paper({ keyphrase: 'système d’exploitation', slug: 'systeme-d-exploitation-libre' });
    expect(verdict(input, 'slugKeyword').score).toBe(9);
    expect(verdict(input, 'slugKeyword', 'exact').score).toBe(6);
  });
});

describe('textLength', () => {
  it.each([
    [300, 9],
    [250, 6],
    [200, 3],
    [100, -10],
    [99, -20],
  ])('%d words', (words, score) => {
    expect(verdict(paper({ blocks: [p(prose(words))] }), 'textLength').score).toBe(score);
  });

  it('counts "7 000" as two words and a lone « as none, as Yoast does', () => {
    expect(verdict(paper({ blocks: [p('Il a « vendu » 7 000 puces.')] }), 'textLength').actual).toBe(6);
  });
});

describe('titleWidth', () => {
  it.each([
    ['a title of about 450 px', 'Pénurie de puces : les usines européennes à l’arrêt', 9],
    ['a short title', 'Pénurie de puces', 9],
    ['a title wider than 600 px', 'Pénurie de puces : les usines européennes et asiatiques à l’arrêt pour des mois', 3],
    ['no title', '', 1],
  ])('%s', (_, title, score) => {
    expect(verdict(paper({ title }), 'titleWidth').score).toBe(score);
  });
});

describe('singleH1', () => {
  it.each([
    ['one H1', [h(1, 'Titre'), p('Texte.')], 8],
    ['no H1', [p('Texte.')], 8],
    ['two H1', [h(1, 'Titre'), h(1, 'Autre titre'), p('Texte.')], 1],
  ])('%s', (_, blocks, score) => {
    expect(verdict(paper({ blocks }), 'singleH1').score).toBe(score);
  });
});

describe('sentence helper', () => {
  it('makes sentences of the length asked', () => {
    expect(sentence(3)).toBe('Jardin maison rivière.');
  });
});
