import { describe, expect, it } from 'vitest';
import { protect, realise, realiseSegments } from '../../../src/writing/french/index.js';

const NBSP = '\u00A0';

describe('realise', () => {
  it.each([
    ['de le marché', 'du marché'],
    ['De le marché', 'Du marché'],
    ['de les entreprises', 'des entreprises'],
    ['à le marché', 'au marché'],
    ['à les investisseurs', 'aux investisseurs'],
    ['de le investisseur', 'de l’investisseur'],
    ['à le hôpital', 'à l’hôpital'],
    ['que il', 'qu’il'],
    ['Il dit que elle viendra.', 'Il dit qu’elle viendra.'],
    ['si il', 's’il'],
    ['Si ils', 'S’ils'],
    ['le hôpital', 'l’hôpital'],
    ['le héros', 'le héros'],
    ['de OpenAI', 'd’OpenAI'],
    ['de Le Parisien', 'du Parisien'],
    ['de Les Échos', 'des Échos'],
    ['de la SNCF', 'de la SNCF'],
    ['de la ONU', 'de l’ONU'],
    ['de l’ONU', 'de l’ONU'],
    ['jusque à', 'jusqu’à'],
    ['de 2012', 'de 2012'],
  ])('%s → %s', (raw, expected) => {
    expect(realise(raw)).toBe(expected);
  });

  it.each([
    [`Selon ${protect('le investisseur de le marché')}, oui.`, 'Selon le investisseur de le marché, oui.'],
    [`à ${protect('le marché')}`, 'à le marché'],
    [`de ${protect('Le Parisien')}`, 'de Le Parisien'],
  ])('never changes protected text: %j', (marked, expected) => {
    expect(realise(marked)).toBe(expected);
  });

  it.each([
    [`de ${protect('OpenAI a dit que il')}`, 'd’OpenAI a dit que il'],
    [`le ${protect('hôpital')}`, 'l’hôpital'],
    [`que ${protect('il pleut')}`, 'qu’il pleut'],
  ])('elides the left neighbour of protected text: %j', (marked, expected) => {
    expect(realise(marked)).toBe(expected);
  });

  it('typesets the result', () => {
    expect(realise('Le chiffre de le jour : 7 000')).toBe(`Le chiffre du jour${NBSP}: 7\u202F000`);
  });
});

describe('realiseSegments', () => {
  it('realises own words around a protected segment', () => {
    expect(realiseSegments([
      { text: 'que ', protected: false },
      { text: 'il a dit « si il pleut »', protected: true },
      { text: ' de le marché.', protected: false },
    ])).toBe(`qu’il a dit «${NBSP}si il pleut${NBSP}» du marché.`);
  });

  it('does not contract with a protected word', () => {
    expect(realiseSegments([{ text: 'de ', protected: false }, { text: 'le investisseur', protected: true }])).toBe('de le investisseur');
  });
});
