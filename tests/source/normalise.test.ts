import { describe, expect, it } from 'vitest';
import { normaliseText, repairDoubleEncoding } from '../../src/source/normalise.js';

describe('normaliseText', () => {
  it('writes an HTML table one row a line, its cells between pipes, with a separator under a header of <th> (as Markdown writes it)', () => {
    const html = '<p>Les scores :</p><table><tr><th>Liste</th><th>Score</th></tr><tr><td>Union de la gauche</td><td>41,2&nbsp;%</td></tr></table>';
    expect(normaliseText(html).split('\n').filter(Boolean)).toEqual(['Les scores :', '| Liste | Score |', '|---|', '| Union de la gauche | 41,2 % |']);
  });

  it('knows a text of a table alone for HTML', () => {
    expect(normaliseText('<table><tr><td>Lyon</td><td>12 %</td></tr></table>').split('\n').filter(Boolean)).toEqual(['| Lyon | 12 % |']);
  });

  it.each([
    ['BOM', '\uFEFFLe texte.', 'Le texte.'],
    ['CRLF', 'Un.\r\nDeux.', 'Un.\nDeux.'],
    ['lone CR', 'Un.\rDeux.', 'Un.\nDeux.'],
    ['tab', 'Le\tmarché', 'Le marché'],
    ['zero-width space', 'Le mar\u200Bché', 'Le marché'],
    ['zero-width joiner and soft hyphen', 'Open\u200DAI et mar\u00ADché', 'OpenAI et marché'],
    ['emoji between sentences', 'Le pont mesure 250 mètres. 🚲 Le chantier a coûté 30 millions.', 'Le pont mesure 250 mètres. Le chantier a coûté 30 millions.'],
    ['emoji with a variation selector, a skin tone, a flag', 'Bravo ❤️ aux 👏🏽 Bleus 🇫🇷 !', 'Bravo aux Bleus !'],
    ['NBSP', '7\u00A0000 euros', '7 000 euros'],
    ['narrow NBSP', 'Quoi\u202F?', 'Quoi ?'],
    ['double spaces', 'Le   marché', 'Le marché'],
    ['straight apostrophe', "l'homme", 'l’homme'],
    ['left curly apostrophe', 'l‘homme', 'l’homme'],
    ['backtick apostrophe', 'l`homme', 'l’homme'],
    ['straight double quotes', 'Il dit "oui" ici.', 'Il dit «oui» ici.'],
    ['curly double quotes', 'Il dit “oui” ici.', 'Il dit «oui» ici.'],
    ['an unpaired quote is left alone', 'Il dit "oui ici.', 'Il dit "oui ici.'],
    ['quotes inside « » become the inner “ ”', '« J’ai crié "au feu" dans l’escalier », dit-il.', '« J’ai crié “au feu” dans l’escalier », dit-il.'],
    ['curly quotes inside « » too', '« Il a dit “non” », rapporte-t-elle.', '« Il a dit “non” », rapporte-t-elle.'],
    ['straight quotes inside straight ones', '"Il a crié "au feu" hier", dit-elle.', '«Il a crié “au feu” hier», dit-elle.'],
    ['two quotations side by side', 'Il dit "oui" puis "non".', 'Il dit «oui» puis «non».'],
    ['NFC: e + combining acute', 'e\u0301te\u0301', 'été'],
    ['Markdown link', 'Voir [le site](https://exemple.fr) demain.', 'Voir le site demain.'],
    ['Markdown strong', 'Un **grand** jour.', 'Un grand jour.'],
    ['Markdown emphasis', 'Un *grand* et _beau_ jour.', 'Un grand et beau jour.'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('writes a decimal point before a unit or an amount\'s word as a comma, as French writes it', () => {
    expect(normaliseText('Une levée de 1.5 milliard de dollars, en hausse de 2.3 % et de 12.75 €, à un taux de 3.25 %.')).toBe('Une levée de 1,5 milliard de dollars, en hausse de 2,3 % et de 12,75 €, à un taux de 3,25 %.');
  });

  it.each(['Ubuntu 12.10 est sorti.', 'Le recours au 49.3 est prévu.', 'La version 17.2 corrige 40 failles.', 'Le 12.03.2026 à Lyon.'])('keeps the point of a version, an article or a date: "%s"', (text) => {
    expect(normaliseText(text)).toBe(text);
  });

  it('groups thousands written with full stops with spaces, as French writes them', () => {
    expect(normaliseText('Une amende de 80.000 euros et 1.500 mètres cubes, soit 2.350.000 litres.')).toBe('Une amende de 80 000 euros et 1 500 mètres cubes, soit 2 350 000 litres.');
  });

  it.each(['le 12.03.2026', 'l’article 49.3', 'la version 2.1', 'l’adresse 192.168.1.1', 'le modèle A1.500'])('leaves "%s" as it is', (text) => {
    expect(normaliseText(text)).toBe(text);
  });

  it('strips pasted HTML tags and decodes its entities', () => {
    const lines = normaliseText('<p>Le caf&eacute; &amp; le th&#233;</p><p>Il dit &laquo;oui&raquo; l&rsquo;homme</p>')
      .split('\n')
      .filter(Boolean);
    expect(lines).toEqual(['Le café & le thé', 'Il dit «oui» l’homme']);
  });

  it('removes <script> and <style> elements with their content', () => {
    const text = normaliseText('<p>Avant</p><script>alert("x")</script><style>p{color:red}</style><p>Après</p>');
    expect(text).not.toMatch(/alert|color|script|style/);
    expect(text.split('\n').filter(Boolean)).toEqual(['Avant', 'Après']);
  });

  it('leaves entities alone in text that is not HTML', () => {
    expect(normaliseText('AT&amp;T')).toBe('AT&amp;T');
  });
});

describe('repairDoubleEncoding', () => {
  /** `text`'s UTF-8 bytes read one character each, as Windows-1252 (or Latin-1) would read them. */
  const misread = (text: string, encoding: string): string => new TextDecoder(encoding).decode(new TextEncoder().encode(text));
  const french = '« La ministre de la Santé a assuré qu’aucune maternité ne fermerait cet été », à 2 € près… Œuvre — fin.';

  it('reads back a UTF-8 text read as Windows-1252 ("SantÃ©", "â€™")', () => {
    const broken = misread(french, 'windows-1252');
    expect(broken).toContain('SantÃ©');
    expect(repairDoubleEncoding(broken)).toBe(french);
  });

  it('reads back one read as Latin-1, whose bytes 0x80 to 0x9F are control characters', () => {
    const broken = [...new TextEncoder().encode(french)].map((byte) => String.fromCharCode(byte)).join('');
    expect(repairDoubleEncoding(broken)).toBe(french);
  });

  it.each([
    ['a French text', french],
    ['a name with "ã"', 'Le club de São Paulo a gagné.'],
    ['a text misread only in part', `${misread('La Santé.', 'windows-1252')} La ministre a parlé.`],
    ['a character no one-byte encoding writes', `${misread('La Santé', 'windows-1252')} → 3 %`],
  ])('leaves %s as it is', (_, text) => {
    expect(repairDoubleEncoding(text)).toBeUndefined();
  });
});
