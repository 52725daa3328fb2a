/**
 * Plume's own sentences: every variant of templates/sentences.json holds to Yoast's readability, and the
 * templates as the build precompiled them are strict and run the helpers of template-helpers.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPassiveSentence } from '../../src/seo/assessments/text/passive.js';
import { sentenceWords } from '../../src/writing/readability.js';
import { fill, joinList, render, template } from '../../src/writing/templates.js';
import { CLOSE, OPEN } from '../../src/writing/french/segments.js';
import { createChooser } from '../../src/writing/variety.js';
import { templateSpec } from '../../src/data.js';

const file = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'templates', 'sentences.json'), 'utf8')) as Record<string, string | string[]>;
// Each slot filled with a one-word value: what the template itself adds.
const variants = Object.entries(file)
  .filter(([id]) => !id.startsWith('$'))
  .flatMap(([id, value]) => [value].flat().map((text, index) => ({ id: `${id}#${index}`, text: text.replace(/\{\{[^}]*\}\}/g, 'Dupont') })))
  .filter((v) => /\p{L}/u.test(v.text));

describe('template sentences', () => {
  it('are many (the table below is not empty)', () => {
    expect(variants.length).toBeGreaterThan(100);
  });

  it.each(variants.map((v) => [v.id, v.text]))('%s is not in the passive voice', (_, text) => {
    expect(isPassiveSentence(text)).toBe(false);
  });

  it.each(variants.map((v) => [v.id, v.text]))('%s leaves room for its slots within 20 words', (_, text) => {
    expect(sentenceWords(text)).toBeLessThanOrEqual(14);
  });

  // "Les noms cités sont notamment Santé publique France…": Grammalecte reads the first name as the plural
  // attribute of "sont" and asks for "Santés". A list of names is an object, never an attribute.
  it.each(Object.entries(file).filter(([id]) => id.endsWith('.actors.a') || id === 'conclusion.actors'))('%s does not put its names after "sont"', (_, value) => {
    for (const text of [value].flat()) expect(text).not.toMatch(/\bsont(?:\s+\p{L}+)?\s+\{\{list\}\}/u);
  });
});

describe('fill', () => {
  it('gives way to another variant when the chosen one is refused, and keeps it when all are', () => {
    const values = { list: 'bourse, contrefaçon, appel et séance boursière', listDef: 'la bourse, la contrefaçon, l’appel et la séance boursière', ofList: 'de la bourse', count: 'quatre' };
    const chosen = fill(createChooser(1, 0), 'intro.glossary', 'intro.glossary', values);
    const other = fill(createChooser(1, 0), 'intro.glossary', 'intro.glossary', values, (text) => text !== chosen.text);
    expect(other.text).not.toBe(chosen.text);
    expect(other.template).not.toBe(chosen.template);
    expect(fill(createChooser(1, 0), 'intro.glossary', 'intro.glossary', values, () => false)).toEqual(chosen);
  });
});

const templatesFile = 'templates/sentences.json';
const templates = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', templatesFile), 'utf8')) as Record<string, string | string[]>;
const ids = Object.keys(templates).filter((id) => !id.startsWith('$'));

describe('the precompiled sentence templates', () => {
  it('hold every variant of templates/sentences.json', () => {
    for (const id of ids) for (const variant of [templates[id]!].flat()) expect(() => templateSpec(templatesFile, variant)).not.toThrow();
  });

  it('refuse a template the build did not compile', () => {
    expect(() => templateSpec(templatesFile, '{{kp}} jamais vu')).toThrow(/run npm run build/);
  });

  it('stay strict: a missing slot is an error, not an empty string', () => {
    // Strict mode checks the slots a template prints ({{name}}), not a helper's arguments ({{cap name}}).
    const id = ids.find((i) => [templates[i]!].flat().every((v) => /\{\{\w+\}\}/.test(v)))!;
    expect(() => fill(createChooser(1, 0), id, 'slot', {})).toThrow(/not defined/);
  });

  it('run the helpers of template-helpers.ts', () => {
    const id = ids.find((i) => [templates[i]!].flat().every((v) => v.includes('{{cap kp}}')))!;
    expect(fill(createChooser(1, 0), id, 'slot', { kp: 'pénurie de puces' }).text).toMatch(/^Pénurie de puces/);
  });
});

describe('render', () => {
  it('renders every sentence template as Handlebars does, plain ones without it', () => {
    const sentences = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'templates', 'sentences.json'), 'utf8')) as Record<string, string | string[]>;
    const sources = Object.entries(sentences).filter(([id]) => !id.startsWith('$')).flatMap(([, entry]) => (typeof entry === 'string' ? [entry] : entry));
    const values = ['pénurie de puces', `${OPEN}le Wall Street Journal${CLOSE}`, 'l’ONU', '{{kp}} $& $1 \\ « » ', '', 'état'];
    for (const source of sources) {
      const names = [...source.matchAll(/\{\{(?:cap )?([A-Za-z_]\w*)\}\}/g)].map((m) => m[1]!);
      for (const value of values) {
        const slots = Object.fromEntries(names.map((name) => [name, value]));
        expect(render(source, slots), source).toBe(template(source)(slots));
      }
    }
  });
});

describe('joinList', () => {
  it('joins as French lists do, and closes an apposition before "et"', () => {
    expect(joinList(['Paris'])).toBe('Paris');
    expect(joinList(['Paris', 'Lyon', 'Lille'])).toBe('Paris, Lyon et Lille');
    expect(joinList(['du directeur financier, Antoine Ferrand', 'de la présidente du groupe, Isabelle Verlaine'])).toBe('du directeur financier, Antoine Ferrand, et de la présidente du groupe, Isabelle Verlaine');
    // A comma inside a quotation is no apposition.
    expect(joinList(['« Oui, enfin »', 'la suite'])).toBe('« Oui, enfin » et la suite');
  });

  it('joins the last item with "ainsi que" beside a range whose "et" joins two figures', () => {
    expect(joinList(['26 fontaines', 'entre 11 heures et 19 heures', '20 km/h'])).toBe('26 fontaines, entre 11 heures et 19 heures, ainsi que 20 km/h');
    expect(joinList(['88 000 mégawatts', 'entre 3 °C et 8 °C'])).toBe('88 000 mégawatts, ainsi qu’entre 3 °C et 8 °C');
    expect(joinList(['entre le 2 et le 20 octobre', 'le 15 novembre'])).toBe('entre le 2 et le 20 octobre, ainsi que le 15 novembre');
    // A range earlier in the list is closed by its commas; an "et" of words is no range.
    expect(joinList(['entre 38 et 41 degrés', '42 départements', '39,6 degrés'])).toBe('entre 38 et 41 degrés, 42 départements et 39,6 degrés');
    expect(joinList(['12 mois de prison', '400 000 euros de dommages et intérêts'])).toBe('12 mois de prison et 400 000 euros de dommages et intérêts');
  });
});

describe('fill: a template does not say an adverb that its value says too', () => {
  const sentence = 'on lui doit notamment la découverte de l’épave de la Madrague de Giens.';
  const texts = Array.from({ length: 40 }, (_, seed) => fill(createChooser(7, seed), 'faq.reported.a', 'reported:s3', { sentence }).text);

  it('has a variant that says "notamment" (the check below can fail)', () => {
    expect(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'templates', 'sentences.json'), 'utf8'))['faq.reported.a'].some((v: string) => /notamment/u.test(v))).toBe(true);
  });

  it.each(texts.map((text) => [text]))('"%s" says "notamment" once', (text) => {
    expect(text.match(/notamment/gu)).toHaveLength(1);
  });
});
