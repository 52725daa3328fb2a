// Build step (after tsc): dist/franc-models.json and dist/franc-scripts.bin, the language models and the
// scripts of each character that src/source/language.ts compares a text with, made by its own code from
// franc's data: a cold start reads them instead of building them (most of its first language check).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS_PATH, SCRIPTS_PATH, savedModels, savedScripts } from '../dist/src/source/language.js';

const root = join(import.meta.dirname, '..');
writeFileSync(join(root, MODELS_PATH), JSON.stringify(savedModels()));
writeFileSync(join(root, SCRIPTS_PATH), savedScripts());
