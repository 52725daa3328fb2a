/** The source must be French: franc's guess, trusted only above a length where it is reliable. */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { builtJson, packagePath } from '../data.js';

const MIN_RELIABLE_CHARS = 120;
/** franc's answer is settled long before this; a whole book would only cost time. */
export const LANGUAGE_SAMPLE_CHARS = 3000;
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  eng: 'English', spa: 'Spanish', deu: 'German', ita: 'Italian', por: 'Portuguese', nld: 'Dutch',
  cat: 'Catalan', ron: 'Romanian', pol: 'Polish', rus: 'Russian', arb: 'Arabic', cmn: 'Chinese', tur: 'Turkish',
};

/** French and the languages a French newsroom is likely to be handed: the only ones compared. */
export const CANDIDATE_LANGUAGES: readonly string[] = ['fra', ...Object.keys(LANGUAGE_NAMES)];

// franc's constants: it reads at most MAX_LENGTH characters, calls a shorter text than MIN_LENGTH
// undetermined, and counts MAX_DIFFERENCE for a trigram that a language's model lacks.
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

/**
 * The candidates of one script of franc's data, in franc's order, and their models as tables: every code
 * unit of the models has a letter number, every trigram of the models a number and, for each model that
 * holds it, its rank there. A text's trigrams are then counted by table look-ups, without strings.
 */
interface ScriptModels {
  readonly languages: readonly string[];
  /** Code unit → 1 + its letter number, or 0 when no model has it. */
  readonly letters: Uint16Array;
  readonly letterCount: number;
  /** Letter numbers a, b, c → at (a × count + b) × count + c, 1 + the trigram's number, or 0 when no model has it. */
  readonly trigrams: Uint16Array;
  /** How many trigrams the models hold. */
  readonly trigramCount: number;
  /** Trigram number t → its entries, from rankStart[t] to rankStart[t + 1]: the language holding it and its rank there. */
  readonly rankStart: Uint32Array;
  readonly rankLanguage: Uint8Array;
  readonly rank: Uint16Array;
}
const models = new Map<string, ScriptModels>();

/** The models of every script, as the build saves them (scripts/franc-models.mjs): read instead of built on a cold start. */
export const MODELS_PATH = 'dist/franc-models.json';

/** ScriptModels in JSON: the typed arrays as arrays, the two sparse tables as their non-zero entries, index then value. */
type SavedModels = Omit<ScriptModels, 'letters' | 'trigrams' | 'rankStart' | 'rankLanguage' | 'rank'> & Record<'letters' | 'trigrams' | 'rankStart' | 'rankLanguage' | 'rank', number[]>;

function entries(table: Uint16Array): number[] {
  const flat: number[] = [];
  table.forEach((value, index) => value !== 0 && flat.push(index, value));
  return flat;
}

function fromEntries(length: number, flat: readonly number[]): Uint16Array {
  const table = new Uint16Array(length);
  for (let i = 0; i < flat.length; i += 2) table[flat[i]!] = flat[i + 1]!;
  return table;
}

/** The models of every script of franc's data, for the build to save. */
export function savedModels(): Record<string, SavedModels> {
  return Object.fromEntries(
    Object.keys(data).map((script) => {
      const m = buildModels(script)!;
      return [script, { ...m, letters: entries(m.letters), trigrams: entries(m.trigrams), rankStart: [...m.rankStart], rankLanguage: [...m.rankLanguage], rank: [...m.rank] }];
    }),
  );
}

let saved: Record<string, SavedModels> | null | undefined;

function modelsOf(script: string): ScriptModels | undefined {
  const built = models.get(script);
  if (built || !data[script]) return built;
  saved ??= builtJson<Record<string, SavedModels>>(MODELS_PATH) ?? null;
  const s = saved?.[script];
  const made = s
    ? { ...s, letters: fromEntries(0x10000, s.letters), trigrams: fromEntries(s.letterCount ** 3, s.trigrams), rankStart: Uint32Array.from(s.rankStart), rankLanguage: Uint8Array.from(s.rankLanguage), rank: Uint16Array.from(s.rank) }
    : buildModels(script)!;
  models.set(script, made);
  return made;
}

// Plain loops over the models, tables left at 0: built once, before the code is optimised (without a build).
function buildModels(script: string): ScriptModels | undefined {
  const all = data[script];
  if (!all) return undefined;
  const languages = Object.keys(all).filter((language) => CANDIDATE_LANGUAGES.includes(language));
  const lists = languages.map((language) => all[language]!.split('|'));
  const letters = new Uint16Array(0x10000);
  let letterCount = 0;
  for (const list of lists) {
    for (const trigram of list) {
      for (let i = 0; i < trigram.length; i++) if (letters[trigram.charCodeAt(i)] === 0) letters[trigram.charCodeAt(i)] = ++letterCount;
    }
  }
  const trigrams = new Uint16Array(letterCount ** 3);
  const ranks: [number, number][][] = [];
  const letter = (trigram: string, at: number): number => letters[trigram.charCodeAt(at)]! - 1;
  lists.forEach((list, language) => {
    for (let rank = 0; rank < list.length; rank++) {
      const trigram = list[rank]!;
      // A text trigram is three code units: an entry of another length never matches one.
      if (trigram.length !== 3) continue;
      const at = (letter(trigram, 0) * letterCount + letter(trigram, 1)) * letterCount + letter(trigram, 2);
      if (trigrams[at] === 0) trigrams[at] = ranks.push([]);
      const entries = ranks[trigrams[at]! - 1]!;
      // A trigram listed twice keeps its first rank, as in franc.
      if (entries[entries.length - 1]?.[0] !== language) entries.push([language, rank]);
    }
  });
  // The entries laid flat, for a distance computed without arrays of pairs.
  const rankStart = new Uint32Array(ranks.length + 1);
  ranks.forEach((entries, t) => (rankStart[t + 1] = rankStart[t]! + entries.length));
  const rankLanguage = new Uint8Array(rankStart[ranks.length]!);
  const rank = new Uint16Array(rankStart[ranks.length]!);
  ranks.forEach((entries, t) => entries.forEach(([language, at], i) => ((rankLanguage[rankStart[t]! + i] = language), (rank[rankStart[t]! + i] = at))));
  return { languages, letters, letterCount, trigrams, trigramCount: ranks.length, rankStart, rankLanguage, rank };
}

/** The candidate nearest the text by franc's distance (the first of equals, as franc's stable sort). */
function nearest(text: string, { languages, letters, letterCount, trigrams, trigramCount, rankStart, rankLanguage, rank }: ScriptModels): string {
  if (languages.length === 0) return 'und';
  // Cleaned as franc cleans it: no ASCII punctuation or digits, one space, lower case.
  const clean = ` ${text.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  // How often each trigram of the models occurs in the text.
  const counts = new Int32Array(trigramCount);
  const found: number[] = [];
  let a = letters[clean.charCodeAt(0)]! - 1;
  let b = letters[clean.charCodeAt(1)]! - 1;
  for (let i = 2; i < clean.length; i++) {
    const c = letters[clean.charCodeAt(i)]! - 1;
    const trigram = a < 0 || b < 0 || c < 0 ? -1 : trigrams[(a * letterCount + b) * letterCount + c]! - 1;
    if (trigram >= 0) {
      if (counts[trigram] === 0) found.push(trigram);
      counts[trigram]!++;
    }
    a = b;
    b = c;
  }
  // franc's distance to a language: for each distinct trigram of the text, |count − rank − 1| when the
  // model has it, MAX_DIFFERENCE otherwise. The MAX_DIFFERENCE that every language would count for each
  // distinct trigram changes no ranking: only what a model's trigrams save on it is counted.
  const distances = new Float64Array(languages.length);
  for (const trigram of found) {
    const count = counts[trigram]!;
    for (let k = rankStart[trigram]!; k < rankStart[trigram + 1]!; k++) distances[rankLanguage[k]!]! -= MAX_DIFFERENCE - Math.abs(count - rank[k]! - 1);
  }
  // The first of the nearest.
  let best = 0;
  for (let language = 1; language < distances.length; language++) if (distances[language]! < distances[best]!) best = language;
  return languages[best]!;
}

const SCRIPTS = Object.entries(expressions);
/** For each character met, the scripts whose expression matches it (indices in SCRIPTS, once per match). */
const scriptsOfCharacter = new Map<string, number[]>();
/** The same for a character of one code unit, by its code: its place in `codeScripts` plus one (0: not met yet). */
const scriptsOfCode = new Uint16Array(0x10000);
const codeScripts: number[][] = [];

/** The scripts of every character of one code unit, as the build saves them (scripts/franc-models.mjs). */
export const SCRIPTS_PATH = 'dist/franc-scripts.bin';

/**
 * For the build: scriptsOfCode and codeScripts filled for every code unit, the table as bytes (each
 * character's place in the lists plus one) followed by the lists in JSON.
 */
export function savedScripts(): Buffer {
  const lists = new Map<string, number>();
  const codes = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const key = JSON.stringify(scriptsOf(String.fromCharCode(code)));
    if (!lists.has(key)) lists.set(key, lists.size + 1);
    codes[code] = lists.get(key)!;
  }
  if (lists.size > 0xff) throw new Error('more lists of scripts than a byte can number');
  return Buffer.concat([codes, Buffer.from(`[${[...lists.keys()].join(',')}]`, 'utf8')]);
}

let scriptsLoaded = false;

/** The saved table, when the build made one: a cold start then runs none of franc's thirty expressions on a character of one code unit. */
function loadScripts(): true {
  const path = packagePath(SCRIPTS_PATH);
  if (existsSync(path)) {
    const bytes = readFileSync(path);
    scriptsOfCode.set(bytes.subarray(0, 0x10000));
    codeScripts.push(...(JSON.parse(bytes.toString('utf8', 0x10000)) as number[][]));
  }
  return true;
}

function scriptsOf(character: string): number[] {
  let scripts = scriptsOfCharacter.get(character);
  if (scripts === undefined) {
    scripts = SCRIPTS.flatMap(([, expression], index) => (character.match(expression) ?? []).map(() => index));
    scriptsOfCharacter.set(character, scripts);
  }
  return scripts;
}

/**
 * franc's script: the one whose expression matches most of the text; the first of equals, and its share.
 * franc counts each expression's matches in the text; an expression matches one character at a time
 * (a code unit, or a surrogate pair), so the count is the sum over the text's characters, each tested once.
 * Characters are read by their codes (a surrogate pair as one character), as a string iterator would.
 */
function topScript(value: string): { script: string; share: number } {
  scriptsLoaded ||= loadScripts();
  const counts = SCRIPTS.map(() => 0);
  // Characters of one code unit are counted by their list of scripts, the lists added up at the end.
  const byList: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length && value.charCodeAt(i + 1) >= 0xdc00 && value.charCodeAt(i + 1) <= 0xdfff) {
      for (const index of scriptsOf(value.slice(i, i + 2))) counts[index]!++;
      i++;
    } else {
      let at = scriptsOfCode[code]!;
      if (at === 0) at = scriptsOfCode[code] = codeScripts.push(scriptsOf(String.fromCharCode(code)));
      byList[at] = (byList[at] ?? 0) + 1;
    }
  }
  byList.forEach((n, at) => {
    for (const index of codeScripts[at - 1]!) counts[index]! += n;
  });
  let top = { script: '', share: -1 };
  counts.forEach((count, index) => {
    if (count / value.length > top.share) top = { script: SCRIPTS[index]![0], share: count / value.length };
  });
  return top;
}

/**
 * franc(text, { only: CANDIDATE_LANGUAGES }), answered the same (tests/source/language.test.ts compares
 * them) at a fraction of the cost: franc builds the models of all its 187 languages when it loads, runs
 * thirty expressions over the text and sorts its trigrams; here only the candidates' models are built.
 */
export function detectLanguage(text: string): string {
  if (text.length < MIN_LENGTH) return 'und';
  const value = text.slice(0, MAX_LENGTH);
  const { script, share } = topScript(value);
  const candidates = modelsOf(script);
  // A script of one language names it (Han: Chinese).
  if (candidates === undefined) return share > 0 && CANDIDATE_LANGUAGES.includes(script) ? script : 'und';
  return nearest(value, candidates);
}

export function checkFrench(text: string): void {
  if (text.length < MIN_RELIABLE_CHARS) return;
  const language = detectLanguage(text.slice(0, LANGUAGE_SAMPLE_CHARS));
  if (language !== 'fra' && language !== 'und') {
    throw new InputError(`the source looks ${LANGUAGE_NAMES[language] ?? language} (franc: ${language}), not French: Plume reads and writes French only`);
  }
}
