/** Every threshold in one place; messages take their numbers from here. */
export const config = {
  defaultMinWords: 700,
  maxMinWords: 5000,
  titleMaxChars: 60,
  descriptionMinChars: 120,
  descriptionMaxChars: 156,
  maxWordsBetweenHeadings: 300,
  maxParagraphWords: 150,
  /** A topic section longer than this is cut with H3 subheadings. */
  sectionSplitWords: 220,
  /** Paragraphs hold at most this many source sentences. */
  sentencesPerParagraph: 3,
  maxTopicSections: 5,
  maxGlossaryTerms: 4,
  maxFaqItems: 9,
  /** A connector or template variant does not come back within this many paragraphs. */
  varietyWindow: 3,
  /** Largest input accepted, in characters. */
  maxInputChars: 2_000_000,
} as const;
