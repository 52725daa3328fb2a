// Build step: derives Plume's compact Lefff gender table from the package french-words-gender-lefff
// (src/writing/french/lefff.ts explains the format and why), with the LGPL-LR licence it comes under.
// Run by `npm run build`, after tsc: it uses the compiled module, so the table and the in-memory
// fallback are made by the same code.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TABLE_PATH, compactTable } from '../dist/src/writing/french/lefff.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const words = JSON.parse(readFileSync(require.resolve('french-words-gender-lefff/dist/words.json'), 'utf8'));
const table = join(root, TABLE_PATH);
mkdirSync(dirname(table), { recursive: true });
writeFileSync(table, compactTable(words));
copyFileSync(require.resolve('french-words-gender-lefff/dist/LICENSE'), join(dirname(table), 'LICENSE'));
writeFileSync(
  join(dirname(table), 'README.md'),
  '# Lefff genders\n\n`genders.tsv` is derived by `scripts/lefff-table.mjs` from the package french-words-gender-lefff,\n' +
    'whose data come from the Lefff (Lexique des Formes Fléchies du Français, Benoît Sagot, INRIA).\n' +
    'It is distributed under the Lesser General Public License for Linguistic Resources (LGPL-LR), in `LICENSE`.\n',
);
console.log(`${TABLE_PATH}: ${Object.keys(words).length} Lefff entries`);
