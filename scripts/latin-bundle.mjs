// Build step (after bundle-cli, before code-cache): dist/src/cli-latin.cjs, the generate bundle with the letter
// classes of its regular expressions narrowed to the Latin set, and dist/src/cli-latin.json, the set's code
// points, which the executable tests an input against before it takes that bundle (why and why the output stays the same:
// src/latin-bundle.ts). The build stops if a letter of the lexicon, the templates, the verb and gender tables
// or Plume's own strings is outside the set: the Latin bundle would then not be the same program.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { checkNarrowedClasses, codeRanges, latinCodePoints, letterClasses, lettersOutside, narrowPattern } from '../dist/src/latin-bundle.js';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist', 'src');
const codes = latinCodePoints();
const inSet = new Set(codes);

const filesUnder = (dir, ends) => readdirSync(dir, { recursive: true }).filter((f) => ends.some((end) => f.endsWith(end))).map((f) => join(dir, f));
// Every string of Plume's own modules (their literals: a comment reaches no text).
const stringsOf = (code) => {
  const strings = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'Literal' && typeof node.value === 'string') strings.push(node.value);
    if (node.type === 'TemplateElement') strings.push(node.value.cooked ?? node.value.raw);
    for (const key of Object.keys(node)) visit(node[key]);
  };
  visit(parseAst(code));
  return strings.join('\n');
};
const wordSources = [
  ...filesUnder(join(root, 'lexicon'), ['.json']).map((file) => [file, readFileSync(file, 'utf8')]),
  ...filesUnder(join(root, 'templates'), ['.json', '.hbs']).map((file) => [file, readFileSync(file, 'utf8')]),
  ...filesUnder(join(root, 'dist', 'lefff'), ['.tsv']).map((file) => [file, readFileSync(file, 'utf8')]),
  ...filesUnder(dist, ['.js']).map((file) => [file, stringsOf(readFileSync(file, 'utf8'))]),
];
// Strings that are sets of characters to strip, never text: their marks are compared with a text's, not written into one.
const NOT_TEXT = new Map([[join(dist, 'seo', 'assessments', 'text', 'words.js'), "Yoast's punctuation marks, stripped from words"]]);
for (const [file, text] of wordSources.filter(([file]) => !NOT_TEXT.has(file))) {
  const outside = lettersOutside(text, inSet);
  if (outside.length > 0) throw new Error(`${file} holds letters outside the Latin set (${outside.join(' ')}): add their block to LATIN_BLOCKS in src/latin-bundle.ts`);
}

const classes = { plain: letterClasses(codes, false), caseInsensitive: letterClasses(codes, true) };
checkNarrowedClasses(codes, classes.plain, false);
checkNarrowedClasses(codes, classes.caseInsensitive, true);

// Regular expression literals only: a pattern made at run time from strings keeps \p{…}, still right.
const bundle = readFileSync(join(dist, 'cli.cjs'), 'utf8');
const edits = [];
const visit = (node) => {
  if (Array.isArray(node)) return node.forEach(visit);
  if (!node || typeof node !== 'object') return;
  const regex = node.type === 'Literal' ? node.regex : undefined;
  if (regex && regex.flags.includes('u')) {
    const narrowed = narrowPattern(regex.pattern, regex.flags.includes('i') ? classes.caseInsensitive : classes.plain);
    if (narrowed !== undefined) edits.push({ start: node.start, end: node.end, text: `/${narrowed}/${regex.flags}` });
  }
  for (const key of Object.keys(node)) visit(node[key]);
};
visit(parseAst(bundle));
let latin = bundle;
for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
  if (!latin.slice(start, end).startsWith('/')) throw new Error(`the parser's offsets do not fall on a regular expression at ${start}`);
  latin = latin.slice(0, start) + text + latin.slice(end);
}
// Without cli.cjs's source map, whose columns the narrowed classes have moved: a stack trace gives this file's places.
writeFileSync(join(dist, 'cli-latin.cjs'), latin.replace(/\/\/# sourceMappingURL=\S+\s*$/, ''));
writeFileSync(join(dist, 'cli-latin.json'), JSON.stringify({ ranges: codeRanges(codes) }));
