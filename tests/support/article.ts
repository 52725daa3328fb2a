/** Looks into a generated article for the tests of its blocks. */
import type { Article, ListItem } from '../../src/types.js';

/** The items of the lists that hold an item whose provenance template passes `template` (a block's list, by the templates it writes). */
export const listItemsOf = (article: Article, template: (id: string) => boolean): ListItem[] =>
  article.blocks.flatMap((b) => (b.type === 'list' && b.items.some((i) => template(i.sentence.provenance.template)) ? b.items : []));
