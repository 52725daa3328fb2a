// Quick figures for the seed and the corpus, without the judge: words, headings, missing numbers.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle } from '../dist/src/index.js';

const dirs = process.argv.slice(2);
for (const dir of dirs) {
  const files = dir.endsWith('.txt') ? [dir] : readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
  for (const file of files) {
    const a = generateArticle(readFileSync(file, 'utf8'));
    const r = a.report;
    console.log(`${file.split('/').pop().slice(0, 28).padEnd(28)} ${String(r.words).padStart(4)}/${r.minWords} h2=${r.headings.h2} h3=${r.headings.h3} run=${r.maxWordsBetweenHeadings} title=${r.titleLength} desc=${r.descriptionLength} kp="${a.meta.keyphrase}" miss=${r.sourceNumbersMissing.join('|')} dup=${r.duplicateSentences.length} lang=${r.language}`);
  }
}
