// Build step (after tsc): dist/compromise-sentences.cjs, compromise's sentence splitter alone, from its
// sources (the package exports only whole builds). The splitter reads two things of compromise's world,
// isSentence and the abbreviations; loading compromise/one for them built its whole lexicon on every
// start (about 20 ms of a cold generate). src/analysis/sentences.ts requires this file.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'rolldown';

const tokenize = join(dirname(createRequire(import.meta.url).resolve('compromise/one')), '..', '..', 'src', '1-one', 'tokenize');
const entry = `
import split from ${JSON.stringify(join(tokenize, 'methods', '01-sentences', 'index.js'))};
import isSentence from ${JSON.stringify(join(tokenize, 'methods', '01-sentences', 'is-sentence.js'))};
import { abbreviations } from ${JSON.stringify(join(tokenize, 'model', 'lexicon.js'))};
const world = { methods: { one: { tokenize: { isSentence } } }, model: { one: { abbreviations } } };
export const splitSentences = (text) => split(text, world);
`;

await build({
  input: 'compromise-sentences',
  platform: 'node',
  plugins: [{ name: 'entry', resolveId: (id) => (id === 'compromise-sentences' ? id : null), load: (id) => (id === 'compromise-sentences' ? entry : null) }],
  output: { file: join(import.meta.dirname, '..', 'dist', 'compromise-sentences.cjs'), format: 'cjs', banner: '// Made by scripts/compromise-sentences.mjs (npm run build): compromise\'s sentence splitter (MIT, compromise 14).' },
  logLevel: 'warn',
});
