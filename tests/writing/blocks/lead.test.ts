/** The lead (src/writing/blocks/lead.ts), as generateArticle writes it. */
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../../src/index.js';

const source = [
  '# Soudan : une trêve de dix jours conclue à Djeddah',
  '',
  'La médiation conduite par l’Arabie saoudite et l’Union africaine avait échoué à plusieurs reprises depuis le début du conflit. « C’est une fenêtre fragile, mais c’est la première depuis des mois », a déclaré l’envoyé spécial des Nations unies, Kwame Asante.',
  '',
  'Les deux camps ont accepté samedi une trêve de dix jours, qui doit entrer en vigueur lundi. Quatre corridors doivent permettre d’acheminer l’aide vers le Darfour.',
].join('\n');

describe('writeLead', () => {
  it('keeps who said a quotation it tightens', () => {
    const article = generateArticle(source, { minWords: 1, allowShort: true, keyphrase: 'Union africaine' });
    const lead = article.blocks.find((b) => b.type === 'paragraph');
    const texts = lead?.type === 'paragraph' ? lead.sentences.map((s) => s.text) : [];
    expect(texts.some((t) => t.includes('fenêtre fragile'))).toBe(true);
    expect(texts.filter((t) => t.startsWith('«') && !t.includes('Kwame Asante'))).toEqual([]);
  });
});
