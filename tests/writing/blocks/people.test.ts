/** Who's who (src/writing/blocks/people.ts), as generateArticle lists it. */
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../../src/index.js';
import type { Article, ListItem } from '../../../src/types.js';
import { listItemsOf } from '../../support/article.js';
import { presentedBy } from '../../../src/writing/blocks/people.js';

const peopleOf = (article: Article): ListItem[] => listItemsOf(article, (id) => /^(?:rule\.(?:apposition-role|acronym-spelt)|people\.presented#\d+)$/u.test(id));

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

  it('presents a name that opens its sentence once, in bold within the line, not as a label the sentence repeats', () => {
    const text = [
      '# Eurovision : la France deuxième à Vienne',
      '',
      'La chanteuse française Léa Morin a terminé samedi soir à la deuxième place du concours Eurovision de la chanson, à Vienne, avec 412 points. C’est le meilleur résultat de la France depuis 2021.',
      '',
      'La Suède remporte le concours pour la huitième fois. Alva Lindqvist, 22 ans, a séduit avec « Northern Fire », un titre électro-pop. La troisième place est revenue à l’Italie.',
      '',
      'Léa Morin avait été choisie en janvier par un jury. Le compositeur Julien Ravel a salué sa prestation. Alva Lindqvist chantera à Stockholm le mois prochain.',
    ].join('\n');
    for (const seed of [0, 1, 2]) {
      const article = generateArticle(text, { minWords: 1, allowShort: true, keyphrase: 'Eurovision', seed });
      const items = peopleOf(article);
      for (const item of items) expect(item.label === undefined || !item.sentence.text.includes(item.label)).toBe(true);
      const alva = items.find((i) => i.highlight === 'Alva Lindqvist');
      expect(alva?.label).toBeUndefined();
      expect(alva?.sentence.text.replace(/[\u00A0\u202F]/gu, ' ')).toBe('Alva Lindqvist, 22 ans, qui a séduit avec « Northern Fire », un titre électro-pop.');
      // The list's intro names it all the same, where it names the items.
      const intro = article.blocks.find((b) => b.type === 'paragraph' && b.sentences.some((s) => /^intro\.people/u.test(s.provenance.template)));
      const introText = intro?.type === 'paragraph' ? intro.sentences.map((s) => s.text).join(' ') : '';
      if (introText.includes(':')) expect(introText).toContain('Alva Lindqvist');
    }
  });
});

describe('presentedBy', () => {
  it.each([
    ['Alva Lindqvist, 22 ans, a séduit avec « Northern Fire », un titre électro-pop.', 'Alva Lindqvist', 'Alva Lindqvist, 22 ans', 'a séduit avec « Northern Fire », un titre électro-pop.'],
    ['La CRE n’exclut pas une nouvelle baisse si les prix restent bas.', 'CRE', 'La CRE', 'n’exclut pas une nouvelle baisse si les prix restent bas.'],
    ['Snapchat s’est progressivement hissé au rang de réseau social.', 'Snapchat', 'Snapchat', 's’est progressivement hissé au rang de réseau social.'],
  ])('says "%s" as the name and a relative clause', (sentence, name, subject, predicate) => {
    expect(presentedBy(sentence, name)).toEqual({ subject, predicate });
  });

  it.each([
    // A second clause with its own subject would read as the name's.
    ['Slingshot connait la même fin que Poke, au bout de 18 mois l’application disparaît.', 'Slingshot'],
    ['Karim Haddad a survécu et son collègue est mort.', 'Karim Haddad'],
    // No verb after the name: nothing to say of it.
    ['Snapchat, Instagram et TikTok dominent le marché.', 'Snapchat'],
    ['Airbus A320 reste le modèle le plus vendu.', 'Airbus'],
  ])('refuses "%s"', (sentence, name) => {
    expect(presentedBy(sentence, name)).toBeUndefined();
  });
});

describe('presentedBy reads the opening as its pattern did', () => {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const byPattern = (sentence: string, name: string): string | undefined => {
    const opening = new RegExp(`^((?:(?:Le|La|Les|L’)\\s?)?${escape(name)})(?:(, [^,«»()]+),)? (?=\\p{Ll})`, 'u').exec(sentence);
    return opening ? `${opening[1]!}${opening[2] ?? ''}` : undefined;
  };
  it.each([
    ['Alva Lindqvist, 22 ans, a séduit le jury.', 'Alva Lindqvist'],
    ['Le Monde a publié une enquête.', 'Monde'],
    ['Les Echos, quotidien économique, a révélé l’affaire.', 'Echos'],
    ['L’Anssi a signalé une faille.', 'Anssi'],
    ['Snapchat, (réseau social), a séduit.', 'Snapchat'],
    ['Snapchat, réseau social, Attire les jeunes.', 'Snapchat'],
    ['Snapchat a séduit les jeunes.', 'Snapchat'],
    ['Les Echos a séduit.', 's Echos'],
    ['Le  Monde a publié une enquête.', 'Monde'],
  ])('%s', (sentence, name) => {
    expect(presentedBy(sentence, name)?.subject).toBe(byPattern(sentence, name));
  });
});
