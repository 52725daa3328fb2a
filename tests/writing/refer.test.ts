import { describe, expect, it } from 'vitest';
import { createMentions, mention, mentioned } from '../../src/writing/refer.js';

const ALTMAN = { name: 'Sam Altman', role: 'le chef d’OpenAI' };
const SOURCE = ['Le chef d’OpenAI, Sam Altman, veut lever des fonds.', 'Altman a rencontré des investisseurs.', 'Altman a aussi parlé au FT.'];

describe('mention', () => {
  it('gives the full name and the role first, then varies between the role, the surname and the name', () => {
    const mentions = createMentions();
    expect([1, 2, 3, 4].map(() => mention(mentions, ALTMAN, SOURCE))).toEqual([
      'Sam Altman, le chef d’OpenAI,',
      'le chef d’OpenAI',
      'Altman',
      'Sam Altman',
    ]);
  });

  it('uses the surname alone only when the source does', () => {
    const mentions = createMentions();
    mentioned(mentions, ALTMAN.name);
    expect([1, 2, 3].map(() => mention(mentions, ALTMAN, ['Le chef d’OpenAI, Sam Altman, veut lever des fonds.']))).toEqual(['le chef d’OpenAI', 'Sam Altman', 'le chef d’OpenAI']);
  });

  it('never stands a role without a definite article for the person, nor a role the source does not give', () => {
    const mentions = createMentions();
    const person = { name: 'Jean Dupont', role: 'un porte-parole du ministère' };
    expect([1, 2, 3].map(() => mention(mentions, person, ['Jean Dupont, un porte-parole du ministère, a parlé.']))).toEqual([
      'Jean Dupont, un porte-parole du ministère,',
      'Jean Dupont',
      'Jean Dupont',
    ]);
    expect(mention(createMentions(), { name: 'Marie Curie' }, [])).toBe('Marie Curie');
  });
});

describe('referring expressions in the article', () => {
  const SOURCE_TEXT = [
    '# Énergie : la ministre annonce un plan pour les éoliennes en mer',
    '',
    'La ministre de la Transition écologique, Claire Martin, a présenté mardi un plan de développement des éoliennes en mer. Le plan prévoit la construction de 12 parcs d’ici 2035 sur les côtes atlantiques. « Nous voulons produire une électricité propre et bon marché pour tous », a déclaré Claire Martin devant la presse. Martin a précisé que le budget atteindra 4 milliards d’euros. Les pêcheurs s’inquiètent des effets sur la ressource. Le comité national des pêches demande une étude d’impact indépendante avant tout chantier. Les industriels saluent au contraire une visibilité nouvelle pour la filière. Selon le syndicat des énergies renouvelables, la filière emploie déjà 8 000 personnes en France. Le premier appel d’offres sera lancé en septembre. Les régions concernées devront donner leur avis avant la fin de l’année.',
  ].join('\n');

  it('names the minister in full with her role first, then by her role', async () => {
    const { generateArticle } = await import('../../src/index.js');
    const article = generateArticle(SOURCE_TEXT, { minWords: 300 });
    const faq = article.blocks.find((b) => b.type === 'faq');
    const texts = faq?.type === 'faq' ? faq.items.flatMap((i) => [i.question.text, ...i.answer.map((a) => a.text)]).map((t) => t.replace(/[\u00A0\u202F]/gu, ' ')) : [];
    expect(texts).toContain('Qui est Claire Martin ?');
    expect(texts[texts.indexOf('Qui est Claire Martin ?') + 1]).toMatch(/Claire Martin (?:est|comme) la ministre de la Transition écologique\./u);
    expect(texts).toContain('Qu’a déclaré Claire Martin ?');
    expect(texts.find((t) => t.includes('Nous voulons'))).toMatch(/^La ministre de la Transition écologique a déclaré/u);
    // The sources are named without the setting of their words ("devant la presse").
    expect(texts.find((t) => t.startsWith('Les propos rapportés'))).toMatch(/ceux de Claire Martin\.$/u);
  });
});

describe('names in Plume’s own lists', () => {
  it('leaves out a place the source names only after "en" (its article is unknown: "la Californie")', async () => {
    const { generateArticle } = await import('../../src/index.js');
    const text = [
      '# Samsung perd son procès contre Apple',
      '',
      'Samsung a perdu son procès contre Apple en Californie, a annoncé vendredi Song Myung-Sup, analyste chez HI Investment. Le groupe Samsung devra verser plus d’un milliard de dollars à Apple. Song Myung-Sup estime que Samsung fera appel du jugement devant la cour de Californie. La Bourse de Séoul a reculé de 6 % lundi matin. Apple a salué une décision juste pour l’innovation. Samsung prépare déjà de nouveaux téléphones pour la fin de l’année en Corée et en Californie.',
    ].join('\n');
    const article = generateArticle(text, { minWords: 200, allowShort: true });
    const own = article.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : b.type === 'faq' ? b.items.flatMap((i) => i.answer) : [])).filter((s) => s.provenance.sources.length === 0);
    expect(own.map((s) => s.text).join(' ')).not.toMatch(/(?:,| et) Californie\b/u);
  });
});
