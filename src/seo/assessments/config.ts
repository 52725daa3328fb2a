/**
 * Every threshold and score of Plume's SEO and readability assessments, in one place. The values
 * are Yoast SEO's published defaults (yoastseo 3.6, default assessors, not cornerstone content);
 * the messages take their numbers from here.
 */
export const assessmentConfig = {
  keyphraseInSEOTitle: { scores: { good: 9, okay: 6, bad: 2 } },
  introductionKeyword: { scores: { good: 9, okay: 6, bad: 3 } },
  keyphraseLength: {
    /** Content words (function words left out). */
    recommendedMinimum: 1,
    recommendedMaximum: 4,
    acceptableMaximum: 8,
    scores: { noKeyphrase: -999, bad: 3, okay: 6, good: 9 },
  },
  keyphraseDensity: {
    /** Density in %, weighted by the keyphrase length factor 0.7 + words / 3. */
    minimum: 0.5,
    maximum: 3,
    /** When inflected forms are counted (Yoast: with word forms, as in its premium analysis). */
    maximumWithWordForms: 3.5,
    overMaximum: 4,
    /** Below this many words, the number of occurrences is judged instead of the density. */
    shortTextWords: 100,
    veryShortTextWords: 50,
    /** Never ask for fewer occurrences than this in a long text. */
    minimumRecommendedCount: 2,
    scores: { wayOverMaximum: -50, overMaximum: -10, correctDensity: 9, underMinimum: 4, noKeyphraseOrText: -50 },
  },
  metaDescriptionKeyword: { minimum: 1, maximum: 2, scores: { good: 9, bad: 3 } },
  metaDescriptionLength: {
    /** Good when longer than this… */
    recommendedMinimum: 120,
    /** …and no longer than this, in characters. */
    maximum: 156,
    scores: { noMetaDescription: 1, tooShort: 6, tooLong: 6, correctLength: 9 },
  },
  subheadingsKeyword: {
    lowerBoundary: 0.3,
    upperBoundary: 0.75,
    /** A subheading reflects the topic when more than this share of the keyphrase's content words is in it. */
    wordShare: 0.5,
    /** A text without H2/H3 is fine below this many words. */
    recommendedMaximumLength: 300,
    scores: { noKeyphraseOrText: 1, badLongTextNoSubheadings: 2, tooFewMatches: 3, tooManyMatches: 3, noMatches: 3, goodNumberOfMatches: 9, goodShortTextNoSubheadings: 9 },
  },
  slugKeyword: {
    /** Keyphrases of fewer content words than this need all of them in the slug; longer ones more than half. */
    shortKeyphrase: 3,
    scores: { bad: 3, okay: 6, good: 9 },
  },
  textLength: {
    recommendedMinimum: 300,
    slightlyBelowMinimum: 250,
    belowMinimum: 200,
    veryFarBelowMinimum: 100,
    scores: { recommendedMinimum: 9, slightlyBelowMinimum: 6, belowMinimum: 3, farBelowMinimum: -10, veryFarBelowMinimum: -20 },
  },
  titleWidth: {
    /** Pixels of Arial 20 px, as in a search result. */
    maximum: 600,
    minimum: 400,
    /** The SEO assessor lets short titles pass (Yoast: widthTooShort 9). */
    scores: { noTitle: 1, widthTooShort: 9, widthTooLong: 3, widthCorrect: 9 },
    fontSize: 20,
  },
  singleH1: { maximum: 1, scores: { good: 8, bad: 1 } },
  subheadingsTooLong: {
    recommendedMaximumLength: 300,
    slightlyTooMany: 300,
    farTooMany: 350,
    scores: { goodShortTextNoSubheadings: 9, goodSubheadings: 9, okSubheadings: 6, badSubheadings: 3, badLongTextNoSubheadings: 2 },
  },
  textParagraphTooLong: { recommendedLength: 150, maximumRecommendedLength: 200, scores: { good: 9, okay: 6, bad: 3 } },
  textSentenceLength: {
    /** Words; French uses Yoast's default. */
    recommendedLength: 20,
    /** Share of long sentences, in %. */
    slightlyTooMany: 25,
    farTooMany: 30,
    scores: { good: 9, okay: 6, bad: 3 },
  },
  textTransitionWords: {
    /** Share of sentences with a transition word, in %. */
    minimum: 20,
    good: 30,
    /** Shorter texts do not need transition words. */
    neededIfTextLongerThan: 200,
    scores: { good: 9, okay: 6, bad: 3 },
  },
  passiveVoice: { recommended: 10, maximum: 15, scores: { good: 9, okay: 6, bad: 3 } },
  sentenceBeginnings: { maximumSameBeginnings: 2, scores: { good: 9, bad: 3 } },
} as const;

export type AssessmentConfig = typeof assessmentConfig;
