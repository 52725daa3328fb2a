// Build step: derives Plume's compact Lefff tables from the packages french-words-gender-lefff (genders,
// src/writing/french/lefff.ts) and french-verbs-lefff (verb forms, src/writing/french/verbs.ts), which
// explain the formats and why, with the LGPL-LR licence the data come under. Run by `npm run build`,
// after tsc: it uses the compiled modules, so the tables and the in-memory fallbacks are made by the same code.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TABLE_PATH, compactTable } from '../dist/src/writing/french/lefff.js';
import { PARTICIPLE_TABLE_PATH, VERB_TABLE_PATH, compactParticipleTable, compactVerbTable } from '../dist/src/writing/french/verbs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const words = JSON.parse(readFileSync(require.resolve('french-words-gender-lefff/dist/words.json'), 'utf8'));
const conjugations = JSON.parse(readFileSync(require.resolve('french-verbs-lefff/dist/conjugations.json'), 'utf8'));
const table = join(root, TABLE_PATH);
mkdirSync(dirname(table), { recursive: true });
writeFileSync(table, compactTable(words));
writeFileSync(join(root, VERB_TABLE_PATH), compactVerbTable(conjugations));
writeFileSync(join(root, PARTICIPLE_TABLE_PATH), compactParticipleTable(conjugations));
copyFileSync(require.resolve('french-words-gender-lefff/dist/LICENSE'), join(dirname(table), 'LICENSE'));
writeFileSync(
  join(dirname(table), 'README.md'),
  '# Lefff tables\n\n`genders.tsv` is derived by `scripts/lefff-table.mjs` from the package french-words-gender-lefff,\n' +
    'and `verbs.tsv` and `participles.tsv` from the package french-verbs-lefff; their data come from the Lefff (Lexique des Formes\n' +
    'Fléchies du Français, Benoît Sagot, INRIA). They are distributed under the Lesser General Public License\n' +
    'for Linguistic Resources (LGPL-LR), in `LICENSE`.\n',
);
console.log(`${TABLE_PATH}: ${Object.keys(words).length} Lefff entries; ${VERB_TABLE_PATH}, ${PARTICIPLE_TABLE_PATH}: ${Object.keys(conjugations).length} verbs`);
