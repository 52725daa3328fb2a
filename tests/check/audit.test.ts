/** The audit behind `plume check`: figures, fidelity, the keyphrase, exact-match verdicts beside Plume's. */
import { describe, expect, it } from 'vitest';
import { auditArticle, fidelity, paperOf } from '../../src/check/audit.js';
import { readArticle } from '../../src/check/read-article.js';
import { formatJson, formatTable } from '../../src/check/format.js';

const html = (body: string, head = ''): string => `<html lang="fr"><head>${head}</head><body><article>${body}</article></body></html>`;

describe('figures', () => {
  const article = readArticle(
    html('<h1>Titre</h1><p>L’usine vend 7 000 puces. Les prix montent.</p><h2>Suite</h2><p>Les prix montent. Le reste suit.</p><ul><li>Un point.</li></ul>'),
    'html',
  );
  const { figures } = auditArticle(article);

  it('counts words as Plume does: digit groups one word, elided articles two', () => {
    expect(figures.words).toBe(18);
  });

  it('counts headings, paragraphs and list items, and the longest run between headings', () => {
    expect(figures).toMatchObject({ headings: { h1: 1, h2: 1, h3: 0 }, paragraphs: 2, listItems: 1, maxWordsBetweenHeadings: 8 });
  });

  it('lists the sentences that come back', () => {
    expect(figures.duplicateSentences).toEqual(['Les prix montent.']);
  });

  it('guesses the language with franc', () => {
    const french = readArticle(html(`<p>${'Le gouvernement a présenté lundi un plan de soutien aux usines automobiles, qui manquent de composants électroniques depuis plusieurs mois. '.repeat(3)}</p>`), 'html');
    expect(auditArticle(french).figures.language).toBe('fra');
  });
});

describe('fidelity', () => {
  const source = '12 juillet 2012. - PSA va supprimer 8 000 emplois en France, a annoncé Philippe Varin. L’usine d’Aulnay fermera en 2014.';

  it('finds numbers and multi-word names that the source does not have, and source numbers left out', () => {
    const article = readArticle(
      html('<h1>Jean Dupont Consulting</h1><p>PSA va supprimer 8 000 emplois, selon Philippe Varin. Carlos Tavares prévoit 3 500 départs.</p>'),
      'html',
    );
    expect(fidelity(article, source)).toEqual({
      numbersNotInSource: ['3 500'],
      namesNotInSource: [
        { name: 'Jean Dupont Consulting', where: 'heading' },
        { name: 'Carlos Tavares', where: 'body' },
      ],
      sourceNumbersMissing: ['12 juillet 2012', '2014'],
    });
  });

  it('accepts a date written without its day and a figure with a no-break space', () => {
    const article = readArticle(html('<p>En juillet 2012, PSA annonce 8\u202F000 suppressions ; Aulnay fermera en 2014, a dit Philippe Varin.</p>'), 'html');
    expect(fidelity(article, source)).toMatchObject({ numbersNotInSource: [], namesNotInSource: [] });
  });

  it('drops the instruction line of a Plume input', () => {
    const article = readArticle(html('<p>PSA supprime 8 000 emplois.</p>'), 'html');
    const withInstruction = `Make this article seo compatible, create at least 700 words\n- PSA supprime 8 000 emplois.\n\nPSA supprime 8 000 emplois.`;
    expect(fidelity(article, withInstruction).sourceNumbersMissing).toEqual([]);
  });

  it('reads the source without a web page’s furniture, its publication date as the article says it', () => {
    const article = readArticle(html('<p>Les faits rapportés datent du 14 novembre 2026.</p><p>PSA supprime 8 000 emplois.</p>'), 'html');
    const copied = 'PSA supprime des emplois\nPar Claire Martin\nPublié le 14/11/2026 à 08h12 - Mis à jour le 14/11/2026 à 10h45\nPSA supprime 8 000 emplois.';
    expect(fidelity(article, copied)).toMatchObject({ numbersNotInSource: [], sourceNumbersMissing: [] });
  });
});

describe('auditArticle', () => {
  const page = html(
    '<h1>Les pénuries de puce</h1><p>Les pénuries de puce inquiètent l’industrie.</p>',
    '<title>Les pénuries de puce inquiètent</title><meta name="keywords" content="pénurie de puces">',
  );

  it('uses --keyphrase over the article’s own', () => {
    const report = auditArticle(readArticle(page, 'html'), { keyphrase: 'industrie' });
    expect(report).toMatchObject({ keyphrase: 'industrie', keyphraseSource: '--keyphrase' });
  });

  it('gives Yoast’s exact-match verdict beside Plume’s where they differ', () => {
    const report = auditArticle(readArticle(page, 'html'));
    const title = report.seo.find((r) => r.id === 'keyphraseInSEOTitle');
    expect(title).toMatchObject({ rating: 'good', exactMatch: { rating: 'bad' } });
    expect(report.seo.find((r) => r.id === 'keyphraseLength')).not.toHaveProperty('exactMatch');
  });

  it('counts the verdicts', () => {
    const report = auditArticle(readArticle(page, 'html'));
    const all = [...report.seo, ...report.readability];
    expect(report.summary.good + report.summary.ok + report.summary.bad).toBe(all.length);
    expect(report.summary.bad).toBe(all.filter((r) => r.rating === 'bad').length);
  });

  it('leaves quotations out of the paper the assessments read', () => {
    const article = readArticle(html('<p>Texte.</p><blockquote>Une citation.</blockquote>'), 'html');
    expect(paperOf(article).blocks).toEqual([{ type: 'paragraph', text: 'Texte.' }]);
  });

  it('prints a table with one line per assessment, and JSON', () => {
    const report = auditArticle(readArticle(page, 'html'), { source: 'Les pénuries de puce inquiètent l’industrie.' });
    const table = formatTable(report, 'page.html');
    expect(table).toMatch(/^page\.html \(HTML\)\n/);
    expect(table).toMatch(/\n {2}good {2}keyphraseInSEOTitle +Keyphrase in SEO title: .*\[Yoast, exact match: bad\]\n/);
    expect(table).toMatch(/\n {2}BAD {3}metaDescriptionLength +Meta description length: there is no meta description/);
    expect(table).toContain('Fidelity to the source');
    expect(table.split('\n').filter((l) => /^ {2}(good|ok {2}|BAD ) {2}\w/.test(l))).toHaveLength(17);
    const json = JSON.parse(formatJson(report, 'page.html')) as { file: string; seo: unknown[]; readability: unknown[]; fidelity: unknown };
    expect(json.file).toBe('page.html');
    expect(json.seo).toHaveLength(11);
    expect(json.readability).toHaveLength(6);
    expect(json.fidelity).toEqual({ numbersNotInSource: [], namesNotInSource: [], sourceNumbersMissing: [] });
  });
});
