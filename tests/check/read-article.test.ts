/** Reading articles written by anyone: HTML pages and Markdown with front matter. */
import { describe, expect, it } from 'vitest';
import { detectFormat, readArticle, slugFromUrl } from '../../src/check/read-article.js';
import { InputError } from '../../src/errors.js';

const PAGE = `<!doctype html>
<html lang="fr"><head>
<title>Pénurie de puces : les usines à l&#39;arrêt</title>
<meta name="description" content="Les usines &amp; les salariés attendent.">
<meta name="keywords" content="pénurie de puces, usines">
<link rel="canonical" href="https://exemple.fr/actu/penurie-de-puces.html">
<script>var x = "<p>pas du texte</p>";</script>
</head><body>
<nav><a href="/">Accueil</a></nav>
<article>
<h1>La pénurie de puces</h1>
<p>Les usines <strong>ferment</strong>.<br>Les prix montent.</p>
<ul><li>Un point.</li><li>Un autre point.</li></ul>
<blockquote><p>« Une citation. »</p></blockquote>
<div>Du texte libre.</div>
<h2>Suite</h2>
<table><tr><td>Une cellule</td></tr></table>
</article>
<footer>Mentions légales</footer>
</body></html>`;

describe('readArticle (HTML)', () => {
  const article = readArticle(PAGE, 'html');

  it('reads the title, the description, the keywords and the language', () => {
    expect(article).toMatchObject({
      format: 'html',
      title: 'Pénurie de puces : les usines à l\'arrêt',
      titleSource: '<title>',
      description: 'Les usines & les salariés attendent.',
      keywords: ['pénurie de puces', 'usines'],
      keyphrase: 'pénurie de puces',
      keyphraseSource: 'meta keywords',
      lang: 'fr',
    });
  });

  it('takes the slug from the canonical address when there is no slug meta', () => {
    expect(article).toMatchObject({ slug: 'penurie-de-puces', slugSource: 'canonical' });
  });

  it('reads the blocks of the first <article> in order, without navigation, scripts or footer', () => {
    expect(article.blocks).toEqual([
      { type: 'heading', level: 1, text: 'La pénurie de puces' },
      { type: 'paragraph', text: 'Les usines ferment. Les prix montent.' },
      { type: 'item', text: 'Un point.' },
      { type: 'item', text: 'Un autre point.' },
      { type: 'quote', text: '« Une citation. »' },
      { type: 'paragraph', text: 'Du texte libre.' },
      { type: 'heading', level: 2, text: 'Suite' },
      { type: 'item', text: 'Une cellule' },
    ]);
  });

  it('falls back on <main>, then <body>, and on og:title, the first H1, a slug meta and og:url', () => {
    const main = readArticle('<html><head><meta property="og:title" content="Titre OG"><meta property="og:url" content="https://x.fr/a/mon-article/"></head><body><p>Hors.</p><main><h1>Un</h1><p>Dedans.</p></main></body></html>', 'html');
    expect(main.blocks.map((b) => b.text)).toEqual(['Un', 'Dedans.']);
    expect(main).toMatchObject({ title: 'Titre OG', titleSource: 'og:title', slug: 'mon-article', slugSource: 'og:url' });
    const body = readArticle('<body><h1>Premier</h1><p>Texte.</p><meta name="slug" content="mon-slug"></body>', 'html');
    expect(body).toMatchObject({ title: 'Premier', titleSource: 'first H1', slug: 'mon-slug', slugSource: 'meta slug', keyphrase: '', keyphraseSource: 'none' });
  });

  it('prefers a keyphrase meta to the keywords', () => {
    expect(readArticle('<head><meta name="keyphrase" content="puces"><meta name="keywords" content="usines"></head><p>x</p>', 'html')).toMatchObject({ keyphrase: 'puces', keyphraseSource: 'meta keyphrase' });
  });
});

describe('readArticle (Markdown)', () => {
  const MARKDOWN = `---
title: "Pénurie de puces : les usines à l’arrêt"
description: Les usines attendent leurs composants.
permalink: /actu/penurie-de-puces/
keywords:
  - pénurie de puces
  - usines
---

# La pénurie de puces

Les usines **ferment**. Les [prix](https://x.fr) montent.

- Un point.
- Un autre point.

## Suite

> Une citation.
`;

  it('reads the front matter and the body', () => {
    const article = readArticle(MARKDOWN, 'md');
    expect(article).toMatchObject({
      format: 'md',
      title: 'Pénurie de puces : les usines à l’arrêt',
      titleSource: 'front matter title',
      description: 'Les usines attendent leurs composants.',
      slug: 'penurie-de-puces',
      keyphrase: 'pénurie de puces',
      keyphraseSource: 'front matter keywords',
    });
    expect(article.blocks).toEqual([
      { type: 'heading', level: 1, text: 'La pénurie de puces' },
      { type: 'paragraph', text: 'Les usines ferment. Les prix montent.' },
      { type: 'item', text: 'Un point.' },
      { type: 'item', text: 'Un autre point.' },
      { type: 'heading', level: 2, text: 'Suite' },
      { type: 'quote', text: 'Une citation.' },
    ]);
  });

  it('takes the keyphrase from the front matter and works without front matter', () => {
    expect(readArticle('---\nkeyphrase: puces\nkeywords: usines, prix\n---\nTexte.', 'md')).toMatchObject({ keyphrase: 'puces', keywords: ['usines', 'prix'] });
    expect(readArticle('# Titre\n\nTexte.', 'md')).toMatchObject({ title: 'Titre', titleSource: 'first H1', description: '', slug: '' });
  });

  it('rejects front matter that is not YAML', () => {
    expect(() => readArticle('---\ntitle: [non fermé\n---\nTexte.', 'md')).toThrow(InputError);
  });
});

describe('detectFormat and slugFromUrl', () => {
  it.each([
    ['a.html', '', 'html'],
    ['a.htm', '', 'html'],
    ['a.md', '<html>', 'md'],
    ['a.txt', '<!DOCTYPE html><html>', 'html'],
    ['a', '---\ntitle: x\n---', 'md'],
  ])('%s', (path, text, format) => {
    expect(detectFormat(path, text)).toBe(format);
  });

  it.each([
    ['https://x.fr/actu/mon-article.html', 'mon-article'],
    ['https://x.fr/actu/mon-article/', 'mon-article'],
    ['/relatif/%C3%A9t%C3%A9', 'été'],
    [undefined, ''],
  ])('%s', (url, slug) => {
    expect(slugFromUrl(url)).toBe(slug);
  });
});
