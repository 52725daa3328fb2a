import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { franc } from 'franc';
import { describe, expect, it } from 'vitest';
import { CANDIDATE_LANGUAGES, checkFrench, detectLanguage } from '../../src/source/language.js';
import { generateArticle, renderArticle } from '../../src/index.js';
import { InputError } from '../../src/errors.js';

const ENGLISH = 'The company announced on Monday that its quarterly profits had risen sharply, driven by strong demand for its new smartphones in Asia and Europe, analysts said.';
const FRENCH = 'L’entreprise a annoncé lundi que ses bénéfices trimestriels avaient fortement augmenté, portés par une forte demande pour ses nouveaux smartphones en Asie et en Europe, selon les analystes.';

describe('checkFrench', () => {
  it('throws an InputError naming English for an English paragraph', () => {
    expect(() => checkFrench(ENGLISH)).toThrow(InputError);
    expect(() => checkFrench(ENGLISH)).toThrow(/English/);
  });

  it('accepts a French paragraph', () => {
    expect(() => checkFrench(FRENCH)).not.toThrow();
  });

  it('does not judge a text too short to be reliable', () => {
    expect(() => checkFrench('The cat is on the table.')).not.toThrow();
  });
});

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, 'tests', 'fixtures', 'corpus');
const sources = [join(root, 'examples', 'seed.txt'), ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => join(corpus, f))].map((f) => readFileSync(f, 'utf8'));
const OTHERS = [
  ENGLISH,
  'El ayuntamiento aprobó el martes un nuevo presupuesto para el próximo año, tras un largo debate sobre las escuelas y las carreteras.',
  'Der Stadtrat hat am Dienstag einen neuen Haushalt für das kommende Jahr beschlossen, nach einer langen Debatte über Schulen und Straßen.',
  'Il consiglio comunale ha approvato martedì un nuovo bilancio per il prossimo anno, dopo un lungo dibattito sulle scuole e sulle strade.',
  'A câmara municipal aprovou na terça-feira um novo orçamento para o próximo ano, depois de um longo debate sobre as escolas e as estradas.',
  'De gemeenteraad heeft dinsdag een nieuwe begroting voor het komende jaar goedgekeurd, na een lang debat over scholen en wegen.',
  'L’ajuntament va aprovar dimarts un nou pressupost per a l’any vinent, després d’un llarg debat sobre les escoles i les carreteres.',
  'Consiliul local a aprobat marți un nou buget pentru anul viitor, după o dezbatere lungă despre școli și drumuri.',
  'Rada miejska zatwierdziła we wtorek nowy budżet na przyszły rok, po długiej debacie o szkołach i drogach.',
  'Belediye meclisi salı günü okullar ve yollar hakkında uzun bir tartışmanın ardından gelecek yıl için yeni bir bütçeyi onayladı.',
  'Городской совет во вторник утвердил новый бюджет на следующий год после долгих споров о школах и дорогах.',
  'وافق المجلس البلدي يوم الثلاثاء على ميزانية جديدة للعام المقبل بعد نقاش طويل حول المدارس والطرق.',
  '市议会星期二批准了明年的新预算，此前就学校和道路问题进行了长时间的辩论。',
  'नगर परिषद ने मंगलवार को अगले वर्ष के लिए नया बजट मंज़ूर किया।',
  'המועצה אישרה ביום שלישי תקציב חדש לשנה הבאה.',
  'Η δημοτική επιτροπή ενέκρινε την Τρίτη νέο προϋπολογισμό.',
  '12 345 678, 90 % — 2024 !!! ???',
  // Characters beyond the BMP (Han, a Japanese sign) and lone surrogates.
  '\u{20000}\u{20001}\u{1F200} \uD840a\uDC00 '.repeat(12),
];

describe('detectLanguage', () => {
  const same = (text: string): void => {
    expect(detectLanguage(text), JSON.stringify(text.slice(0, 80))).toBe(franc(text, { only: [...CANDIDATE_LANGUAGES] }));
  };

  it('answers as franc over the candidate languages: sources, articles, other languages, every length', () => {
    const articles = sources.map((s) => renderArticle(generateArticle(s, { minWords: 1 }), 'md'));
    for (const text of [...sources, ...articles, ...OTHERS, OTHERS.join(' ')]) {
      for (const length of [0, 9, 10, 11, 50, 120, 500, 2047, 2048, 2049, 3000]) same(text.slice(0, length));
      same(text.slice(text.length >> 1));
    }
  });

  it('answers as franc on arbitrary text', () => {
    const words = fc.constantFrom(...OTHERS.concat(FRENCH).flatMap((t) => t.split(' ')));
    const piece = fc.oneof(words, fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(' ', '\n', '  ', '1', '!', '’', '\u00A0'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), (pieces) => same(pieces.join(''))),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });
});
