// Build step (after tsc): precompiles Plume's Handlebars templates into dist/templates.cjs, so that
// running Plume loads only Handlebars' runtime (src/data.ts, templateSpec). Each kind of template keeps
// its compile options here, and its known helpers are the names of the helpers its module registers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { templateHelpers } from '../dist/src/writing/template-helpers.js';
import { markdownHelpers } from '../dist/src/render/markdown.js';

const root = join(import.meta.dirname, '..');
const read = (file) => readFileSync(join(root, file), 'utf8');
const known = (helpers) => Object.fromEntries(Object.keys(helpers).map((name) => [name, true]));

const sentences = Object.entries(JSON.parse(read('templates/sentences.json')))
  .filter(([id]) => !id.startsWith('$')) // "$comment"
  .flatMap(([, entry]) => (typeof entry === 'string' ? [entry] : entry));

const kinds = [
  { file: 'templates/page.html.hbs', sources: [read('templates/page.html.hbs')], options: { strict: false, knownHelpersOnly: true } },
  { file: 'templates/article.md.hbs', sources: [read('templates/article.md.hbs')], options: { noEscape: true, knownHelpers: known(markdownHelpers), knownHelpersOnly: true } },
  { file: 'templates/sentences.json', sources: sentences, options: { strict: true, noEscape: true, knownHelpers: known(templateHelpers), knownHelpersOnly: true } },
];

const entries = kinds.map(({ file, sources, options }) => {
  const specs = [...new Set(sources)].map((source) => `    ${JSON.stringify(source)}: ${Handlebars.precompile(source, options)}`);
  return `  ${JSON.stringify(file)}: {\n${specs.join(',\n')}\n  }`;
});
writeFileSync(
  join(root, 'dist', 'templates.cjs'),
  `// Made by scripts/precompile-templates.mjs (npm run build) from templates/: data file → template source → Handlebars specification.\nmodule.exports = {\n${entries.join(',\n')}\n};\n`,
);
