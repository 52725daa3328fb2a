/** Who's who (src/writing/blocks/people.ts), as generateArticle lists it. */
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../../src/index.js';
import type { Article, ListItem } from '../../../src/types.js';
import { listItemsOf } from '../../support/article.js';

const peopleOf = (article: Article): ListItem[] => listItemsOf(article, (id) => /^rule\.(?:apposition-role|first-mention|acronym-spelt)$/u.test(id));

const source = [
  '# Cinéma : le palmarès du festival',
  '',
  'Le jury, présidé par l’actrice française Juliette Binoche, a décerné samedi la Palme d’or à un film iranien. La cérémonie a eu lieu au palais des festivals.',
  '',
  'Le Grand Prix récompense chaque année un film de la compétition officielle. L’acteur belge Thomas Vermeulen a reçu le prix d’interprétation masculine. Thomas Vermeulen tourne déjà son prochain film à Bruxelles.',
  '',
  'Le Grand Prix est allé cette année au documentaire brésilien « Terra ». Le film sortira en salles le 3 septembre.',
].join('\n');

describe('writePeople', () => {
  it('lists people with their role, never a thing whose name opens on a common word ("Grand Prix")', () => {
    const labels = peopleOf(generateArticle(source, { minWords: 1, allowShort: true, keyphrase: 'palmarès du festival' })).map((i) => i.label);
    expect(labels).toContain('Juliette Binoche');
    expect(labels).not.toContain('Grand Prix');
  });

  it('describes an acronym by the name the source spells it with, not by a sentence that repeats it', () => {
    const text = [
      '# Soudan : une trêve de dix jours conclue à Djeddah',
      '',
      'Les deux camps ont signé samedi à Djeddah une trêve humanitaire de dix jours, sous l’égide de l’Union africaine (UA). Le ministre Jean-Noël Morin a salué un premier pas.',
      '',
      'L’UA enverra des observateurs dans les zones de combat dès lundi. L’UA prévoit aussi une conférence des donateurs en mars. Jean-Noël Morin se rendra à Addis-Abeba la semaine prochaine.',
    ].join('\n');
    const items = peopleOf(generateArticle(text, { minWords: 1, allowShort: true, keyphrase: 'trêve humanitaire' }));
    const ua = items.find((i) => i.label === 'UA');
    expect(ua?.sentence.text).toBe('l’Union africaine');
  });
  it('describes no one by a sentence about two people ("Karim Haddad, 34 ans, et Yannick Morvan, 51 ans, avaient chuté…")', () => {
    const text = [
      '# Chute mortelle : l’entreprise Armor Ouvrages condamnée',
      '',
      'Le tribunal correctionnel de Rennes a condamné mardi l’entreprise Armor Ouvrages à 150 000 euros d’amende. Karim Haddad, 34 ans, et Yannick Morvan, 51 ans, avaient chuté d’une hauteur de douze mètres en 2022.',
      '',
      'Karim Haddad a survécu à ses blessures. La veuve de Yannick Morvan assistait à chaque audience. Karim Haddad a dit son soulagement à la sortie. Yannick Morvan laisse deux enfants.',
    ].join('\n');
    const items = peopleOf(generateArticle(text, { minWords: 1, allowShort: true }));
    expect(items.some((i) => /et Yannick Morvan/u.test(i.sentence.text))).toBe(false);
  });
});
