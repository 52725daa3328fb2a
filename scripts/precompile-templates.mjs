// Build step (after tsc): precompiles Plume's Handlebars templates into dist/templates.cjs and
// dist/sentence-templates.cjs, so that running Plume loads only Handlebars' runtime (src/data.ts,
// templateSpec). Each kind of template keeps its compile options here, and its known helpers are the
// names of the helpers its module registers.
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

// The sentences apart: Plume renders its plain sentences without Handlebars (src/writing/templates.ts), so a
// generate only loads the page's and the article's specifications.
const kinds = [
  { file: 'templates/page.html.hbs', out: 'templates.cjs', sources: [read('templates/page.html.hbs')], options: { strict: false, knownHelpersOnly: true } },
  { file: 'templates/article.md.hbs', out: 'templates.cjs', sources: [read('templates/article.md.hbs')], options: { noEscape: true, knownHelpers: known(markdownHelpers), knownHelpersOnly: true } },
  { file: 'templates/sentences.json', out: 'sentence-templates.cjs', sources: sentences, options: { strict: true, noEscape: true, knownHelpers: known(templateHelpers), knownHelpersOnly: true } },
];

for (const out of new Set(kinds.map((kind) => kind.out))) {
  const entries = kinds
    .filter((kind) => kind.out === out)
    .map(({ file, sources, options }) => {
      const specs = [...new Set(sources)].map((source) => `    ${JSON.stringify(source)}: ${Handlebars.precompile(source, options)}`);
      return `  ${JSON.stringify(file)}: {\n${specs.join(',\n')}\n  }`;
    });
  writeFileSync(
    join(root, 'dist', out),
    `// Made by scripts/precompile-templates.mjs (npm run build) from templates/: data file → template source → Handlebars specification.\nmodule.exports = {\n${entries.join(',\n')}\n};\n`,
  );
}
