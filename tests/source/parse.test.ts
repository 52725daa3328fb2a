import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/source/parse.js';
import { InputError } from '../../src/errors.js';

const BODY = '\nLe marché a progressé de 3 % lundi.\nLes investisseurs restent prudents.';

describe('parseSource', () => {
  it.each([
    'Make this article seo compatible, Let there be subheadings for the article, be in french, create at least 700 words',
    'Optimise cet article pour le référencement naturel, ajoute des intertitres, en français, au moins 750 mots',
    'Please make this article SEO friendly with subheadings, in French, minimum 800 words',
  ])('reads the instruction line "%s"', (line) => {
    const source = parseSource(line + BODY);
    expect(source.instruction).toBe(line);
    expect(source.paragraphs).toEqual(['Le marché a progressé de 3 % lundi.', 'Les investisseurs restent prudents.']);
    expect(source.text).not.toContain(line);
  });

  it.each([
    'Le gouvernement a annoncé lundi un plan de relance.',
    'Google a optimisé son moteur de recherche en 2012.',
  ])('keeps an ordinary first sentence as text: "%s"', (line) => {
    const source = parseSource(line + BODY);
    expect(source.instruction).toBeUndefined();
    expect(source.paragraphs[0]).toBe(line);
  });

  // BUG: any first line with "mots", "sous-titres", "en français"… is taken for an instruction and dropped.
  it.each([
    'Les mots du président ont été mal compris par les marchés.',
    'Les sous-titres en français seront obligatoires dès 2025.',
  ])('keeps an ordinary first sentence that uses an instruction word: "%s"', (line) => {
    const source = parseSource(line + BODY);
    expect(source.instruction).toBeUndefined();
    expect(source.paragraphs[0]).toBe(line);
  });

  it('reads a "# " headline and "- " bullets', () => {
    const source = parseSource('# Le titre du jour\n- Premier point.\n- Second point.\nLe texte commence.');
    expect(source.title).toBe('Le titre du jour');
    expect(source.bullets).toEqual(['Premier point.', 'Second point.']);
    expect(source.paragraphs).toEqual(['Le texte commence.']);
  });

  it('takes a first short line without a full stop for the headline when it has no "# "', () => {
    const source = parseSource('Inondations dans le Gard : des milliers de foyers privés d’électricité\n\nDe violents orages ont frappé le Gard.\n\nLes pompiers sont intervenus.');
    expect(source.title).toBe('Inondations dans le Gard : des milliers de foyers privés d’électricité');
    expect(source.paragraphs).toEqual(['De violents orages ont frappé le Gard.', 'Les pompiers sont intervenus.']);
  });

  it('takes for the headline a first line that ends on the words it quotes after a colon', () => {
    const source = parseSource('La foire de Châlons a attiré 182 000 visiteurs : « Un record depuis quinze ans »\n\nLa foire a fermé ses portes lundi soir.');
    expect(source.title).toBe('La foire de Châlons a attiré 182 000 visiteurs : « Un record depuis quinze ans »');
    expect(source.paragraphs).toEqual(['La foire a fermé ses portes lundi soir.']);
  });

  it('reads back a text whose UTF-8 was read as Windows-1252 ("SantÃ©"), and says so', () => {
    const text = '# Maternités : la ministre rassure\n\nLa ministre de la Santé a assuré mardi qu’aucune maternité ne fermerait.';
    const source = parseSource(new TextDecoder('windows-1252').decode(new TextEncoder().encode(text)));
    expect(source.title).toBe('Maternités : la ministre rassure');
    expect(source.paragraphs).toEqual(['La ministre de la Santé a assuré mardi qu’aucune maternité ne fermerait.']);
    expect(source.reEncoded).toBe(true);
    expect(parseSource(text).reEncoded).toBeUndefined();
  });

  it('closes with a full stop a paragraph too long for a subheading that ends on a word (a chapô without its full stop)', () => {
    const source = parseSource('# Maternités : la ministre rassure\n\nLe gouvernement débloque 120 millions d’euros pour les maternités de proximité, mais les sages-femmes restent sceptiques\n\nLa ministre a parlé mardi.');
    expect(source.paragraphs).toEqual(['Le gouvernement débloque 120 millions d’euros pour les maternités de proximité, mais les sages-femmes restent sceptiques.', 'La ministre a parlé mardi.']);
  });

  it.each([
    ['a quotation', '« Nous ne fermerons aucune maternité cette année, et nous rouvrirons celle de Saint-Flour dès que possible »'],
    ['an introduction to what follows', 'Voici les trois mesures annoncées par la ministre de la Santé devant les députés mardi soir :'],
    ['a question', 'Faut-il fermer les maternités qui font moins de 300 accouchements par an, comme le recommandent les experts ?'],
  ])('leaves as it ends a paragraph that ends on %s', (_, paragraph) => {
    expect(parseSource(`# Maternités\n\n${paragraph}\n\nLa ministre a parlé mardi.`).paragraphs[0]).toBe(paragraph);
  });

  it('reads a text without punctuation, every line a sentence without its full stop, as one sentence a line', () => {
    const text = [
      'La ville de Nantes lance un plan vélo',
      '',
      'La maire a présenté mardi le nouveau plan vélo de la ville',
      'Il prévoit 80 kilomètres de nouvelles pistes cyclables d’ici 2030',
      'La ville installera aussi 3 000 arceaux de stationnement',
      'Le plan sera soumis au vote du conseil municipal le 12 juin',
    ].join('\n');
    const source = parseSource(text);
    expect(source.title).toBe('La ville de Nantes lance un plan vélo');
    expect(source.subheadings).toEqual([]);
    expect(source.paragraphs).toEqual([
      'La maire a présenté mardi le nouveau plan vélo de la ville.',
      'Il prévoit 80 kilomètres de nouvelles pistes cyclables d’ici 2030.',
      'La ville installera aussi 3 000 arceaux de stationnement.',
      'Le plan sera soumis au vote du conseil municipal le 12 juin.',
    ]);
  });

  it.each([
    ['a text whose paragraphs end on a full stop, with a subheading', 'Le plan vélo\n\nLa maire a présenté mardi le plan.\n\nLes travaux\n\nIls commenceront au printemps prochain.'],
    ['a wrapped text, whose lines go on in lower case', 'La maire a présenté mardi le nouveau plan vélo\nde la ville, qui prévoit 80 kilomètres de pistes\ncyclables d’ici 2030 et 3 000 arceaux'],
  ])('closes no line of %s', (_, text) => {
    expect(parseSource(text).paragraphs.join(' ')).not.toMatch(/vélo\.|pistes\.|Le plan vélo\./u);
  });

  it.each(['SANTÉ', 'Économie', 'Société / Santé', 'Rubrique : Faits divers'])('leaves out "%s", the paper\'s section above the headline, as furniture', (kicker) => {
    const source = parseSource(`${kicker}\n\nMédecins : six centres de santé vont ouvrir\n\nL’agence régionale de santé a présenté jeudi son plan.`);
    expect(source.title).toBe('Médecins : six centres de santé vont ouvrir');
    expect(source.furniture).toEqual([kicker]);
    expect(source.subheadings).toEqual([]);
  });

  it.each([
    ['a headline that opens on a section\'s word', 'Santé : six centres vont ouvrir\n\nL’agence a présenté jeudi son plan.', 'Santé : six centres vont ouvrir'],
    ['a section\'s word inside the text, as a subheading', '# Six centres vont ouvrir\n\nL’agence a présenté jeudi son plan.\n\nSanté\n\nLes médecins seront salariés.', 'Six centres vont ouvrir'],
  ])('keeps %s', (_, text, title) => {
    const source = parseSource(text);
    expect(source.title).toBe(title);
    expect(source.furniture).toEqual([]);
  });

  it('takes for the headline a first line that is the words it quotes, whole, without a full stop', () => {
    // It was read as the first paragraph, and the lead printed "« Nous ne fermerons aucune maternité » La ministre…".
    const source = parseSource('« Nous ne fermerons aucune maternité cette année »\n\nLa ministre de la Santé a assuré mardi qu’aucune maternité ne fermerait.');
    expect(source.title).toBe('« Nous ne fermerons aucune maternité cette année »');
    expect(source.paragraphs).toEqual(['La ministre de la Santé a assuré mardi qu’aucune maternité ne fermerait.']);
  });

  it.each([
    ['a first sentence', 'Le marché a progressé.\n\nLes ventes aussi.'],
    ['a quoted sentence after a colon', 'Le maire a prévenu : « Nous ne céderons pas. »\n\nLe conseil se réunit lundi.'],
    ['a quoted sentence with its full stop', '« Nous ne céderons pas. »\n\nLe conseil se réunit lundi.'],
    ['a quotation that runs on into the next line', '« Nous ne céderons pas »\na déclaré le maire lundi.'],
    ['a line alone', 'Le marché progresse'],
    ['bullets after the line', 'Le marché progresse\n- Premier point.'],
  ])('takes no headline from %s', (_, text) => {
    expect(parseSource(text).title).toBeUndefined();
  });

  it('takes one paragraph per line when lines end with a full stop', () => {
    expect(parseSource('Premier paragraphe.\nDeuxième paragraphe.\n\nTroisième paragraphe.').paragraphs)
      .toEqual(['Premier paragraphe.', 'Deuxième paragraphe.', 'Troisième paragraphe.']);
  });

  it('says a headline typed in capitals in sentence case, its names as the text writes them', () => {
    expect(parseSource('VAGUE DE FROID DANS LE NORD-EST\n\nOnze départements du Nord-Est sont en vigilance orange.').title)
      .toBe('Vague de froid dans le Nord-Est');
  });

  it('joins wrapped lines when paragraphs are separated by blank lines', () => {
    expect(parseSource('Le premier paragraphe est\ncoupé en deux lignes.\n\nLe second aussi est\ncoupé.').paragraphs)
      .toEqual(['Le premier paragraphe est coupé en deux lignes.', 'Le second aussi est coupé.']);
  });

  it('joins the lines of a text wrapped without blank lines between its paragraphs (an e-mail, a PDF): a line that opens in lower case goes on from the one before', () => {
    const text = [
      'Sécheresse : un plan pour les agriculteurs',
      '',
      'Le gouvernement a annoncé mardi un plan de soutien de 2 milliards',
      'd’euros aux agriculteurs touchés par la sécheresse, a indiqué le',
      'ministre de l’Agriculture lors d’une conférence de presse. Les régions',
      'des Hauts-de-France et du Grand Est sont les plus concernées.',
    ].join('\n');
    const source = parseSource(text);
    expect(source.paragraphs).toEqual(['Le gouvernement a annoncé mardi un plan de soutien de 2 milliards d’euros aux agriculteurs touchés par la sécheresse, a indiqué le ministre de l’Agriculture lors d’une conférence de presse. Les régions des Hauts-de-France et du Grand Est sont les plus concernées.']);
    expect(source.subheadings).toEqual([]);
  });

  it('in such a text, ends a paragraph on a short line that ends a sentence, and keeps a short line without a full stop as a subheading', () => {
    const text = [
      'Le conseil municipal de Lyon a adopté mardi soir le budget de la ville',
      'pour 2027, par 41 voix contre 22, après six heures de débats.',
      'Les investissements',
      'La ville investira 45 millions d’euros dans les écoles et les crèches,',
      'selon l’adjoint aux finances.',
    ].join('\n');
    const source = parseSource(text);
    expect(source.paragraphs).toEqual(['Le conseil municipal de Lyon a adopté mardi soir le budget de la ville pour 2027, par 41 voix contre 22, après six heures de débats.', 'La ville investira 45 millions d’euros dans les écoles et les crèches, selon l’adjoint aux finances.']);
    expect(source.subheadings).toEqual([{ paragraph: 1, text: 'Les investissements' }]);
  });

  it('joins a word cut at the end of a line without its hyphen when the Lefff knows it, with it otherwise', () => {
    const text = ['Le gouver-', 'nement aide les agri-', 'culteurs des Hauts-', 'de-France, a dit le porte-', 'parole du ministère.'].join('\n');
    expect(parseSource(text).paragraphs).toEqual(['Le gouvernement aide les agriculteurs des Hauts-de-France, a dit le porte-parole du ministère.']);
  });

  it('keeps one paragraph per line when no line goes on from the one before ("iPhone" opens on a name)', () => {
    const source = parseSource(['# Apple présente ses téléphones', '', 'Le nouveau modèle', 'iPhone 18 : il coûtera 1 229 euros en France.', 'Les précommandes ouvrent vendredi.'].join('\n'));
    expect(source.paragraphs).toEqual(['iPhone 18 : il coûtera 1 229 euros en France.', 'Les précommandes ouvrent vendredi.']);
    expect(source.subheadings).toEqual([{ paragraph: 0, text: 'Le nouveau modèle' }]);
  });

  it('reads Markdown’s underlined headings: "===" under the title, "---" under a subheading; "---" under a paragraph is a rule', () => {
    const text = ['Lyon adopte son budget 2027', '===========================', '', 'Le conseil municipal a voté le budget mardi.', '', 'Les investissements', '-------------------', '', 'La ville investira 45 millions d’euros.', '---', '', 'La séance a duré quatre heures.'].join('\n');
    const source = parseSource(text);
    expect(source.title).toBe('Lyon adopte son budget 2027');
    expect(source.paragraphs).toEqual(['Le conseil municipal a voté le budget mardi.', 'La ville investira 45 millions d’euros.', 'La séance a duré quatre heures.']);
    expect(source.subheadings).toEqual([{ paragraph: 1, text: 'Les investissements' }]);
  });

  it('takes off the labels with which a user names the parts of a text ("Titre :", "Texte :")', () => {
    const source = parseSource('Titre : Lyon adopte son budget 2027\n\nTexte : le conseil municipal a voté le budget mardi, par 41 voix contre 22.');
    expect(source.title).toBe('Lyon adopte son budget 2027');
    expect(source.paragraphs).toEqual(['Le conseil municipal a voté le budget mardi, par 41 voix contre 22.']);
  });

  it('reads Markdown in the body: a heading of any level is a subheading, a quotation block and a "+" bullet keep their words, a rule goes', () => {
    const text = ['# Le budget est voté', '', 'Le conseil a voté le budget mardi, par 33 voix contre 12.', '', '### Les investissements', '', 'La ville investira 45 millions d’euros.', '', '> « C’est un budget sérieux », a déclaré le maire.', '', '---', '', '+ Un premier point.', '', '***', '', 'La séance a duré quatre heures.'].join('\n');
    const source = parseSource(text);
    expect(source.paragraphs).toEqual(['Le conseil a voté le budget mardi, par 33 voix contre 12.', 'La ville investira 45 millions d’euros.', '« C’est un budget sérieux », a déclaré le maire.', 'Un premier point.', 'La séance a duré quatre heures.']);
    expect(source.subheadings).toEqual([{ paragraph: 1, text: 'Les investissements' }]);
  });

  it('ends each bullet of the body with a full stop, so that a run of them makes as many paragraphs, not one sentence', () => {
    const text = ['# Ferrand gagne au Brésil', '', 'Le Français a remporté la course dimanche.', '', '- Vainqueur : Lucas Ferrand (Alpine), 1 h 32 min 18 s 455', '- 2e : Daan Verhoeven (Red Bull), à 4,812 s', '- 3e : Oliver Hastings, déjà sacré en 2024.', '', 'La prochaine manche aura lieu le 22 novembre.'].join('\n');
    expect(parseSource(text).paragraphs).toEqual([
      'Le Français a remporté la course dimanche.',
      'Vainqueur : Lucas Ferrand (Alpine), 1 h 32 min 18 s 455.',
      '2e : Daan Verhoeven (Red Bull), à 4,812 s.',
      '3e : Oliver Hastings, déjà sacré en 2024.',
      'La prochaine manche aura lieu le 22 novembre.',
    ]);
  });

  it('joins no table row nor item of a numbered list to the wrapped lines around it, and writes a table as text', () => {
    const text = [
      'Les listes arrivées en tête du premier tour sont',
      'les suivantes :',
      '| Liste | Score |',
      '|---|---|',
      '| Union de la gauche | 41,2 % |',
      '1. La gauche devance ses concurrents.',
      '2. Les écologistes se qualifient.',
      '',
      'Le second tour aura lieu',
      'le 22 mars.',
    ].join('\n');
    expect(parseSource(text).paragraphs).toEqual([
      'Les listes arrivées en tête du premier tour sont les suivantes :',
      'Liste : Union de la gauche ; score : 41,2 %.',
      '1. La gauche devance ses concurrents.',
      '2. Les écologistes se qualifient.',
      'Le second tour aura lieu le 22 mars.',
    ]);
  });

  it.each([
    ['27 août 2012. - Le marché a progressé.', '2012-08-27', '27 août 2012'],
    ['Paris, 3 mars 2020 – Le marché a progressé.', '2020-03-03', '3 mars 2020'],
    ['Nantes, 17 février 2026 (AFP) - Le marché a progressé.', '2026-02-17', '17 février 2026'],
    // A wire's dateline names its agency; without a year it gives no calendar date, but it is lifted all the same.
    ['Lyon, 28 janvier 2026 (AFP) - Le marché a progressé.', '2026-01-28', '28 janvier 2026'],
    ['PARIS, 3 mars (AFP) – Le marché a progressé.', undefined, '3 mars'],
    ['CHARTRES, 9 avril – Le marché a progressé.', undefined, '9 avril'],
    // The first of a month is said "1er", as the source writes it, whether it writes "1er" or "1".
    ['LYON, 1er octobre 2026 (AFP) - Le marché a progressé.', '2026-10-01', '1er octobre 2026'],
    ['Lyon, 1 octobre 2026 - Le marché a progressé.', '2026-10-01', '1er octobre 2026'],
    ['Lyon, 01 octobre 2026 - Le marché a progressé.', '2026-10-01', '1er octobre 2026'],
    // A place with its region in brackets.
    ['SAINT-DENIS (La Réunion), 27 janvier 2026 (AFP) – Le marché a progressé.', '2026-01-27', '27 janvier 2026'],
  ])('lifts the dateline of "%s"', (paragraph, iso, human) => {
    const source = parseSource(paragraph);
    expect(source.dateline).toBe(iso);
    expect(source.datelineText).toBe(human);
    expect(source.paragraphs).toEqual(['Le marché a progressé.']);
  });

  it.each([
    'CHAMONIX (AFP) – Le marché a progressé.',
    'Lyon (Reuters) - Le marché a progressé.',
    'WASHINGTON, États-Unis (AFP) – Le marché a progressé.',
    'SAINT-PIERRE (La Réunion) (AFP) – Le marché a progressé.',
  ])('lifts a wire’s place and agency without a date, which give no date: "%s"', (paragraph) => {
    const source = parseSource(paragraph);
    expect(source.paragraphs).toEqual(['Le marché a progressé.']);
    expect(source.dateline).toBeUndefined();
    expect(source.datelineText).toBeUndefined();
  });

  it('keeps a sentence that opens on a name and a parenthesis', () => {
    expect(parseSource('La SNCF (Société nationale) a annoncé une grève.').paragraphs).toEqual(['La SNCF (Société nationale) a annoncé une grève.']);
  });

  it('finds the dateline in the second paragraph, after a chapô', () => {
    const source = parseSource('Le chapô de l’article.\n27 août 2012. - Le corps du texte.');
    expect(source.dateline).toBe('2012-08-27');
    expect(source.paragraphs).toEqual(['Le chapô de l’article.', 'Le corps du texte.']);
  });

  it('reads a dateline on a line of its own, as a press release writes it, not as a subheading', () => {
    const source = parseSource('Prix du lait : les éleveurs bloquent trois usines\n\nRennes, le 12 février 2026\n\nLes éleveurs bloquent les usines depuis lundi.\n\nIls réclament un prix plancher.');
    expect(source.title).toBe('Prix du lait : les éleveurs bloquent trois usines');
    expect(source.subheadings).toEqual([]);
    expect(source.paragraphs).toEqual(['Les éleveurs bloquent les usines depuis lundi.', 'Ils réclament un prix plancher.']);
    expect(source.dateline).toBe('2026-02-12');
    expect(source.datelineText).toBe('12 février 2026');
  });

  it('reads a dateline on a line of its own above the headline, as a press release opens, not as the headline', () => {
    const source = parseSource('Paris, le 24 novembre 2026\n\nVerdane ouvre sa première usine à Dunkerque\n\nLa start-up Verdane a inauguré lundi sa première usine.\n\nElle emploiera 180 personnes.');
    expect(source.title).toBe('Verdane ouvre sa première usine à Dunkerque');
    expect(source.dateline).toBe('2026-11-24');
    expect(source.datelineText).toBe('24 novembre 2026');
    expect(source.subheadings).toEqual([]);
    expect(source.paragraphs).toEqual(['La start-up Verdane a inauguré lundi sa première usine.', 'Elle emploiera 180 personnes.']);
  });

  it('keeps a dateline line whole as the headline when nothing follows it', () => {
    expect(parseSource('Paris, le 24 novembre 2026').paragraphs).toEqual(['Paris, le 24 novembre 2026']);
  });

  it('reads a short line that opens its block, over lines opening on a capital, as a subheading (a press release’s "about" box)', () => {
    const source = parseSource('Verdane ouvre une usine\n\nLa start-up a inauguré lundi sa première usine à Dunkerque.\n\nÀ propos de Verdane\nFondée en 2021, Verdane recycle des batteries.\nL’entreprise compte 240 salariés.');
    expect(source.subheadings).toEqual([{ paragraph: 1, text: 'À propos de Verdane' }]);
    expect(source.paragraphs).toEqual(['La start-up a inauguré lundi sa première usine à Dunkerque.', 'Fondée en 2021, Verdane recycle des batteries. L’entreprise compte 240 salariés.']);
  });

  it('still joins the wrapped lines of a block that opens on a long line', () => {
    const source = parseSource('Le titre de l’article\n\nLe conseil municipal de Lyon a adopté mardi soir le budget de la ville pour\nl’année 2027, après six heures de débats.\n\nLa maire a salué un budget de transition.');
    expect(source.paragraphs).toEqual(['Le conseil municipal de Lyon a adopté mardi soir le budget de la ville pour l’année 2027, après six heures de débats.', 'La maire a salué un budget de transition.']);
  });

  it('reads short lines without a full stop under a line that ends on a colon as the items of a list, one paragraph with it', () => {
    const text = 'Lens s’impose à Marseille\n\nLe RC Lens s’est imposé dimanche soir.\n\nRésultats de la 14e journée :\nMarseille - Lens : 1-2\nLyon - Nice : 3-0\nLille - Nantes : 2-0\n\nMarseille recule à la cinquième place.';
    const source = parseSource(text);
    expect(source.paragraphs).toEqual(['Le RC Lens s’est imposé dimanche soir.', 'Résultats de la 14e journée : Marseille - Lens : 1-2. Lyon - Nice : 3-0. Lille - Nantes : 2-0.', 'Marseille recule à la cinquième place.']);
    expect(source.subheadings).toEqual([]);
  });

  it('leaves a single line under a colon as it was', () => {
    const source = parseSource('Le titre de l’article\n\nLe maire a fait une annonce :\nLa piscine rouvrira en juin\n\nLes travaux ont duré deux ans.');
    expect(source.paragraphs).not.toContain('Le maire a fait une annonce : La piscine rouvrira en juin.');
  });

  it('reads a review’s fact box after the prose, where it cannot make the lead', () => {
    const source = parseSource('« La Dernière Marée » : un premier film bouleversant\n\nRéalisation : Claire Morvan. Avec : Lucie Garnier, Paul Hervé. Durée : 1 h 52. Sortie le 15 octobre.\n\nPour son premier long-métrage, Claire Morvan filme un port du Finistère.\n\nLe film sortira dans 180 salles.');
    expect(source.paragraphs).toEqual([
      'Pour son premier long-métrage, Claire Morvan filme un port du Finistère.',
      'Le film sortira dans 180 salles.',
      'Réalisation : Claire Morvan. Avec : Lucie Garnier, Paul Hervé. Durée : 1 h 52. Sortie le 15 octobre.',
    ]);
  });

  it('leaves a paragraph with one label in place ("Bilan : …" opens prose)', () => {
    const source = parseSource('Le titre de l’article\n\nBilan : la saison a attiré 2 000 visiteurs de plus. Le maire s’en félicite.\n\nLe festival reviendra en 2027.');
    expect(source.paragraphs[0]).toBe('Bilan : la saison a attiré 2 000 visiteurs de plus. Le maire s’en félicite.');
  });

  it('says a subheading typed in capitals in sentence case, its names as the text writes them', () => {
    const source = parseSource('Grève dans les écoles\n\nUn enseignant sur trois était en grève jeudi, selon le ministère.\n\nLES RAISONS DE LA COLÈRE\n\nLe budget prévoit la suppression de 4 000 postes, a dénoncé le SNUipp-FSU.\n\nLA RÉPONSE DU SNUIPP-FSU\n\nLe syndicat appelle à une nouvelle grève.');
    expect(source.subheadings.map((h) => h.text)).toEqual(['Les raisons de la colère', 'La réponse du SNUipp-FSU']);
  });

  it('makes one subheading of a section’s right over its first part’s', () => {
    const source = parseSource('Grève dans les écoles\n\nUn enseignant sur trois était en grève jeudi.\n\nLES RÉACTIONS\n\nLe gouvernement\n\nLa ministre a promis de recevoir les syndicats.\n\nLes parents\n\nLa FCPE a soutenu le mouvement.');
    expect(source.subheadings).toEqual([
      { paragraph: 1, text: 'Les réactions : le gouvernement' },
      { paragraph: 2, text: 'Les parents' },
    ]);
    expect(source.paragraphs).not.toContain('LES RÉACTIONS');
  });

  it('ends a bullet written without a full stop, as the lead makes a sentence of each', () => {
    const source = parseSource('# Titre de l’article\n\n- Un foyer détecté dans les Landes\n- 42 000 canards abattus, « par précaution »\n- Le risque est-il élevé ?\n\nLe texte de l’article.');
    expect(source.bullets).toEqual(['Un foyer détecté dans les Landes.', '42 000 canards abattus, « par précaution ».', 'Le risque est-il élevé ?']);
  });

  it('reads the headline under the instruction’s bullets', () => {
    const source = parseSource(
      'Rédige un article optimisé pour le référencement, avec des intertitres\n- Le parc a été mis en service jeudi.\n- Il compte 62 éoliennes.\n\nÉolien en mer : le parc des Courreaux raccordé au réseau\n\nLORIENT, 22 octobre 2026 (AFP) - Le parc a été mis en service jeudi.',
    );
    expect(source.title).toBe('Éolien en mer : le parc des Courreaux raccordé au réseau');
    expect(source.bullets).toHaveLength(2);
    expect(source.paragraphs).toEqual(['Le parc a été mis en service jeudi.']);
    expect(source.dateline).toBe('2026-10-22');
  });

  it('keeps a paragraph that is a whole date after the first one', () => {
    expect(parseSource('Le chapô de l’article.\n12 mars 2026').paragraphs).toEqual(['Le chapô de l’article.', '12 mars 2026']);
  });

  it('has no dateline when the text starts without one', () => {
    expect(parseSource('Le marché a progressé le 27 août 2012.').dateline).toBeUndefined();
  });

  it('lifts the source’s own short subheading lines', () => {
    const source = parseSource('Le texte commence ici.\nLes débuts du projet\nLe projet a commencé en 2010.\nIl a grandi vite.');
    expect(source.subheadings).toEqual([{ paragraph: 1, text: 'Les débuts du projet' }]);
    expect(source.paragraphs).toEqual(['Le texte commence ici.', 'Le projet a commencé en 2010.', 'Il a grandi vite.']);
  });

  it.each(['', '   \n\n  \r\n'])('throws InputError on empty input %j', (input) => {
    expect(() => parseSource(input)).toThrow(InputError);
  });
});
