import { describe, expect, it } from 'vitest';
import { keyphraseRoom, UNLIMITED, withoutKeyphraseQuestions, type ArticleText } from '../../src/writing/keyphrase-room.js';
import { countWords } from '../../src/text.js';

const paragraph = (text: string): ArticleText => ({ heading: false, text });
const wordsOf = (texts: readonly ArticleText[]): number => texts.reduce((n, t) => n + countWords(t.text), 0);
/** A sentence of ten words. */
const filler = 'Le marché des applications de messagerie reste disputé cette année.';

describe('keyphraseRoom', () => {
  it('leaves an article that seldom says its keyphrase unlimited', () => {
    const texts = [paragraph(`Facebook lance une application. ${filler.repeat(30)}`)];
    expect(keyphraseRoom(texts, 'Facebook', wordsOf(texts), 4)).toBe(UNLIMITED);
  });

  it('counts what is left under Yoast’s maximum when the text says its keyphrase in nearly every sentence', () => {
    // 30 sentences of 10 words, 7 of them with "Facebook", and a title of 3 words that says it: 303 words; the maximum is 3 % of 303 / (0.7 + 1/3) = 8.8, so 8.
    const sentences = Array.from({ length: 30 }, (_, i) => (i < 7 ? 'Facebook lance aussi une application de messagerie pour les adolescents.' : filler));
    const texts = [{ heading: true, level: 1, text: 'Facebook contre Snapchat' }, paragraph(sentences.join(' '))];
    expect(keyphraseRoom(texts, 'Facebook', wordsOf(texts), 4)).toBe(0);
    const fewer = [paragraph(sentences.slice(2).concat(filler, filler).join(' '))];
    expect(keyphraseRoom(fewer, 'Facebook', wordsOf(fewer), 4)).toBe(3);
  });

  it('counts a phrase of several words where all of them are in one sentence, as Yoast does', () => {
    // "réseau social" is in 8 sentences, "réseau" alone in 8 more: only the first 8 count.
    const both = 'Le réseau social teste une fonction pour les plus jeunes.';
    const one = 'Le réseau teste une fonction pour les plus jeunes aussi.';
    const sentences = [...Array(8).fill(both), ...Array(8).fill(one), ...Array(24).fill(filler)];
    const texts = [paragraph(sentences.join(' '))];
    // 400 words; the maximum is 3 % of 400 / (0.7 + 2/3) = 8.8, so 8: no room left.
    expect(keyphraseRoom(texts, 'réseau social', wordsOf(texts), 2)).toBe(0);
    const half = [paragraph([...Array(4).fill(both), ...Array(12).fill(one), ...Array(24).fill(filler)].join(' '))];
    expect(keyphraseRoom(half, 'réseau social', wordsOf(half), 6)).toBe(4);
  });
});

describe('withoutKeyphraseQuestions', () => {
  const said = (text: string, template = 'test') => ({ text, provenance: { sources: [], template } });
  const item = (question: string, answer: string, template: string) => ({ question: said(question, template), answer: [said(answer)] });
  const faq = {
    type: 'faq' as const,
    items: [
      item('Qui est Evan Spiegel ?', 'Evan Spiegel est le fondateur de Snapchat.', 'faq.who.q#0'),
      item('Que sait-on de Facebook ?', 'En 2014, Facebook revient avec Slingshot.', 'faq.essential.q#1'),
      item('Quels chiffres faut-il retenir ?', 'Les chiffres avancés sont notamment 800 millions de dollars.', 'faq.figures.q#1'),
      item('Qu’a déclaré Facebook ?', 'Facebook a déclaré : « Nous testons une application au Brésil ».', 'faq.quote.q#0'),
      item('Que faut-il savoir d’autre sur Facebook ?', 'Facebook teste une application au Brésil.', 'faq.more.q#0'),
    ],
  };
  const questions = (blocks: readonly { type: string }[]): string[] => blocks.flatMap((b) => (b.type === 'faq' ? (b as typeof faq).items.map((i) => i.question.text) : []));

  it('drops the last question asked about the keyphrase itself first, and only as many as the excess asks', () => {
    expect(questions(withoutKeyphraseQuestions([faq], 'Facebook', 2, 100))).toEqual(['Qui est Evan Spiegel ?', 'Que sait-on de Facebook ?', 'Quels chiffres faut-il retenir ?', 'Qu’a déclaré Facebook ?']);
    expect(questions(withoutKeyphraseQuestions([faq], 'Facebook', 3, 100))).toEqual(['Qui est Evan Spiegel ?', 'Quels chiffres faut-il retenir ?', 'Qu’a déclaré Facebook ?']);
  });

  it('keeps the FAQ as it is when leaving those questions out would not bring the article within the maximum', () => {
    // The two questions about Facebook say it four times; a quotation's question says what it asks, and stays.
    expect(questions(withoutKeyphraseQuestions([faq], 'Facebook', 5, 100))).toHaveLength(5);
  });

  it('keeps the words the reader asked for and two questions', () => {
    // Each question about Facebook and its answer are more than 5 words.
    expect(questions(withoutKeyphraseQuestions([faq], 'Facebook', 2, 5))).toHaveLength(5);
    const short = { type: 'faq' as const, items: faq.items.slice(1, 3) };
    expect(questions(withoutKeyphraseQuestions([short], 'Facebook', 2, 100))).toHaveLength(2);
  });

  it('keeps an article within the maximum as it is', () => {
    const blocks = [faq];
    expect(withoutKeyphraseQuestions(blocks, 'Facebook', 0, 100)[0]).toBe(faq);
  });
});
