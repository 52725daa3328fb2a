// Build step (after tsc): the indexes of the lexicon a cold start reads instead of making them, each made by
// its module's own code: dist/glossary-forms.json, the glossary's forms by their first word (about 2 000
// forms cut into words, src/writing/blocks/glossary.ts), and dist/topic-index.json, the topic keywords folded
// and cut into forms (about 1 300, src/analysis/topics.ts). A lexicon edited since is indexed again.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMS_PATH, savedForms } from '../dist/src/writing/blocks/glossary.js';
import { TOPIC_INDEX_PATH, savedTopicIndex } from '../dist/src/analysis/topics.js';

const root = join(import.meta.dirname, '..');
writeFileSync(join(root, FORMS_PATH), JSON.stringify(savedForms()));
writeFileSync(join(root, TOPIC_INDEX_PATH), JSON.stringify(savedTopicIndex()));
