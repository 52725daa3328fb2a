#!/usr/bin/env node
/**
 * Copies the French word lists of Yoast SEO's analysis (the yoastseo package, a dev dependency) into
 * lexicon/ as plain data, so that Plume's own assessments use the same facts without importing GPL code.
 * Run again after a yoastseo upgrade: node scripts/extract-yoast-fr.mjs
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const version = require('yoastseo/package.json').version;
const fr = (path) => require(`yoastseo/build/languageProcessing/languages/fr/config/${path}`);
const origin = (files) => `French word lists of Yoast SEO's content analysis (yoastseo ${version}, ${files}), copied as data by scripts/extract-yoast-fr.mjs.`;

const transition = fr('transitionWords.js');
writeFileSync(
  'lexicon/transition-words.json',
  `${JSON.stringify(
    {
      source: origin('languages/fr/config/transitionWords.js and twoPartTransitionWords.js'),
      single: transition.singleWords,
      multiple: transition.multipleWords,
      twoPart: fr('twoPartTransitionWords.js').default,
    },
    null,
    1,
  )}\n`,
);

const functionWords = fr('functionWords.js');
const exceptions = fr('internal/exceptionsParticiplesActive.js');
const irregulars = fr('internal/passiveVoiceIrregulars.js');
writeFileSync(
  'lexicon/assessments-fr.json',
  `${JSON.stringify(
    {
      source: origin('languages/fr/config: functionWords, firstWordExceptions, stopWords, internal/passiveVoiceAuxiliaries, internal/passiveVoiceIrregulars, internal/exceptionsParticiplesActive'),
      functionWords: functionWords.all,
      firstWordExceptions: fr('firstWordExceptions.js').default,
      // Yoast's sentence splitter does not end a sentence after these (its list is the English one, for every language).
      sentenceAbbreviations: require('yoastseo/build/languageProcessing/languages/en/config/abbreviations.js').default,
      passive: {
        auxiliaries: fr('internal/passiveVoiceAuxiliaries.js').default,
        clauseBreakers: fr('stopWords.js').default,
        irregularParticiples: irregulars.irregularsRegular,
        irregularParticiplesEndingInS: irregulars.irregularsEndingInS,
        irregularParticiplesInvariable: irregulars.irregularsIrregular,
        notParticiples: exceptions.others,
        adjectivesAndVerbs: exceptions.adjectivesVerbs,
        nouns: exceptions.nouns,
        cannotDirectlyPrecedeParticiple: functionWords.cannotDirectlyPrecedePassiveParticiple,
        cannotComeBetweenAuxiliaryAndParticiple: functionWords.cannotBeBetweenPassiveAuxiliaryAndParticiple,
      },
    },
    null,
    1,
  )}\n`,
);
