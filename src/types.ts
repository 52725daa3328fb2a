/** The values that flow through Plume's pipeline, stage after stage. All readonly. */

export type Format = 'html' | 'md' | 'json';

/** What the user pasted, once normalised and cut into its parts. */
export interface Source {
  readonly instruction?: string;
  readonly title?: string;
  readonly bullets: readonly string[];
  readonly paragraphs: readonly string[];
  /** The source's own subheadings, each before the paragraph of that index. */
  readonly subheadings: readonly { readonly paragraph: number; readonly text: string }[];
  /** ISO date (YYYY-MM-DD) read from a dateline such as "27 août 2012. - ". */
  readonly dateline?: string;
  /** The normalised text that was read (without the instruction line). */
  readonly text: string;
}

/** What the article must be: from the instruction line, overridden by options. */
export interface Brief {
  readonly language: 'fr';
  readonly minWords: number;
  readonly subheadings: boolean;
  readonly seo: boolean;
  /** Parts of the instruction Plume did not understand, reported as warnings. */
  readonly unknown: readonly string[];
}

export type SentenceOrigin = 'bullet' | 'title' | 'body';

export interface Sentence {
  /** Stable id: b1, b2 for bullets; s1, s2 for body sentences. */
  readonly id: string;
  readonly text: string;
  readonly origin: SentenceOrigin;
  /** Index of the source paragraph (bullets: -1). */
  readonly paragraph: number;
}

export interface NumberFact {
  /** As written in the source, e.g. "7 000 milliards de dollars". */
  readonly text: string;
  /** The digits part alone, e.g. "7 000". */
  readonly value: string;
  readonly kind: 'amount' | 'percent' | 'year' | 'date' | 'count';
  /** Written in words ("vingt-et-une toiles"). */
  readonly spelled?: boolean;
  /** A mark and the scale it is out of ("16,42/20", "8,4 sur 10"): the scale. It says what it rates only in its sentence. */
  readonly scale?: string;
  /** The two figures the figure is one end of, as written ("8 à 10 centimes", "4 à 3", "450 et 600 millions d’euros"). */
  readonly span?: string;
  /** The span when a word marks it as a range, a figure of its own ("entre 450 et 600 millions d’euros"). */
  readonly range?: string;
  /**
   * A figure the news counts by or names a group with, not a measure of it: the base of a rate ("312 cas pour
   * 100 000 habitants"), the bound of a group ("les enfants de moins de 15 ans"), a person's age ("Karim Haddad,
   * 34 ans"). Its sentence says it; a list of figures leaves it out.
   */
  readonly reference?: boolean;
  /** What a bare share is of, as written after it (" des personnes hospitalisées"): a list cites the share with it. */
  readonly of?: string;
}

export interface Entity {
  readonly name: string;
  /** The role the source gives, with its determiner when there is one ("le chef d’OpenAI"). */
  readonly role?: string;
}

export interface Fact {
  readonly sentenceId: string;
  readonly numbers: readonly NumberFact[];
  readonly entities: readonly string[];
  readonly quote?: string;
  /** Who reported it, when the sentence ends with a reporting clause. */
  readonly attribution?: string;
  readonly dates: readonly string[];
  /** True when the sentence speaks of the future (future tense, "devrait", "prochain"…). */
  readonly future: boolean;
}

export interface TopicGroup {
  readonly topic: string;
  /** A neutral heading chosen for the group (raw, before realisation). */
  readonly headings: readonly string[];
  readonly sentences: readonly Sentence[];
  /** Whether its topic is the text's main one (groupByTopic), which may name a section with its words spread less. */
  readonly main?: true;
}

export interface Keyphrase {
  /** As it appears in the article, e.g. "Sam Altman" or "pénurie de puces". */
  readonly text: string;
  /** With its determiner when it needs one ("la pénurie de puces"), else the same as text. */
  readonly withDeterminer: string;
  readonly proper: boolean;
}

/** Where an output sentence came from. */
export interface Provenance {
  readonly sources: readonly string[];
  readonly template: string;
}

export interface OutSentence {
  readonly text: string;
  readonly provenance: Provenance;
}

export interface ListItem {
  /** Shown in bold before the sentence ("GPU : …"). */
  readonly label?: string;
  /** A part of the sentence shown in bold (the figure of a key-figure item). */
  readonly highlight?: string;
  readonly sentence: OutSentence;
}

export interface FaqItem {
  readonly question: OutSentence;
  readonly answer: readonly OutSentence[];
}

export type Block =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: string; readonly provenance: Provenance }
  | { readonly type: 'paragraph'; readonly sentences: readonly OutSentence[] }
  | { readonly type: 'list'; readonly items: readonly ListItem[] }
  | { readonly type: 'faq'; readonly items: readonly FaqItem[] };

export interface Meta {
  readonly title: string;
  readonly h1: string;
  readonly description: string;
  readonly slug: string;
  readonly keyphrase: string;
  readonly keywords: readonly string[];
  readonly date?: string;
  readonly url?: string;
  readonly image?: Image;
  /** The original article, credited with a link at the end. */
  readonly sourceUrl?: string;
  readonly siteName?: string;
  readonly author?: string;
  /** Phrases to link to internal pages: the first occurrence of each in the body becomes a link. */
  readonly links?: Readonly<Record<string, string>>;
}

export interface Image {
  readonly url: string;
  /** Holds the keyphrase. */
  readonly alt: string;
}

export interface Report {
  readonly words: number;
  readonly minWords: number;
  readonly language: string;
  readonly headings: { readonly h1: number; readonly h2: number; readonly h3: number };
  readonly maxWordsBetweenHeadings: number;
  readonly titleLength: number;
  readonly descriptionLength: number;
  readonly sourceNumbersMissing: readonly string[];
  readonly duplicateSentences: readonly string[];
  readonly keyphraseIn: {
    readonly title: boolean;
    readonly firstParagraph: boolean;
    readonly description: boolean;
    readonly slug: boolean;
    readonly subheading: boolean;
  };
  readonly warnings: readonly string[];
}

export interface GenerateOptions {
  readonly minWords?: number;
  readonly keyphrase?: string;
  readonly seed?: number;
  /** YYYY-MM-DD; otherwise read from the source's dateline. */
  readonly date?: string;
  readonly url?: string;
  readonly format?: Format;
  /** Secondary keywords: meta keywords, structured data, FAQ. */
  readonly keywords?: readonly string[];
  readonly image?: { readonly url: string; readonly alt?: string };
  readonly sourceUrl?: string;
  readonly links?: Readonly<Record<string, string>>;
  readonly siteName?: string;
  readonly author?: string;
}

export interface Article {
  readonly meta: Meta;
  readonly blocks: readonly Block[];
  readonly jsonLd: readonly object[];
  readonly report: Report;
  readonly brief: Brief;
  readonly sentences: readonly Sentence[];
  /** What the source gave to write from: sentences, figures and names found. */
  readonly facts: { readonly sentences: number; readonly figures: number; readonly names: number };
  readonly warnings: readonly string[];
}
