// Build step (after tsc): dist/topic-index.json, the topic keywords of lexicon/topics.json folded and indexed
// by src/analysis/topics.ts's own code: a cold start reads the index instead of making it (about 1 300
// keywords, each folded and cut into forms). A lexicon edited since is indexed again.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPIC_INDEX_PATH, savedTopicIndex } from '../dist/src/analysis/topics.js';

writeFileSync(join(import.meta.dirname, '..', TOPIC_INDEX_PATH), JSON.stringify(savedTopicIndex()));
