// Build step (after tsc): dist/glossary-forms.json, the glossary's forms by their first word, made by
// src/writing/blocks/glossary.ts's own code from lexicon/glossary.json: a cold start reads the index
// instead of making it (about 2 000 forms cut into words). A lexicon edited since is indexed again.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMS_PATH, savedForms } from '../dist/src/writing/blocks/glossary.js';

writeFileSync(join(import.meta.dirname, '..', FORMS_PATH), JSON.stringify(savedForms()));
