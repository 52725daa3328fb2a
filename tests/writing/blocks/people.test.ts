/** Who's who (src/writing/blocks/people.ts), as generateArticle lists it. */
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../../src/index.js';
import type { Article, ListItem } from '../../../src/types.js';
import { listItemsOf } from '../../support/article.js';

const peopleOf = (article: Article): ListItem[] => listItemsOf(article, (id) => /^rule\.(?:apposition-role|first-mention)$/u.test(id));

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
});
