/** The lead (src/writing/blocks/lead.ts), as generateArticle writes it. */
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../../src/index.js';

const source = [
  '# Soudan : une trêve de dix jours conclue à Djeddah',
  '',
  'La médiation conduite par l’Arabie saoudite et l’Union africaine avait échoué à plusieurs reprises depuis le début du conflit. « C’est une fenêtre fragile, mais c’est la première depuis des mois », a déclaré l’envoyé spécial des Nations unies, Kwame Asante.',
  '',
  'Les deux camps ont accepté samedi une trêve de dix jours, qui doit entrer en vigueur lundi. Quatre corridors doivent permettre d’acheminer l’aide vers le Darfour.',
].join('\n');

describe('writeLead', () => {
  it('keeps who said a quotation it tightens', () => {
    const article = generateArticle(source, { minWords: 1, allowShort: true, keyphrase: 'Union africaine' });
    const lead = article.blocks.find((b) => b.type === 'paragraph');
    const texts = lead?.type === 'paragraph' ? lead.sentences.map((s) => s.text) : [];
    expect(texts.some((t) => t.includes('fenêtre fragile'))).toBe(true);
    expect(texts.filter((t) => t.startsWith('«') && !t.includes('Kwame Asante'))).toEqual([]);
  });
});

describe('writeLead: what the reader sees is seen', () => {
  const bulleted = [
    'Rédige un article SEO en français avec des intertitres, au moins 800 mots',
    '- Une bijouterie du centre de Nantes a été braquée mardi soir par trois hommes armés.',
    '- Le butin est estimé à 450 000 euros selon le parquet.',
    '- Deux suspects ont été interpellés mercredi matin à Saint-Herblain.',
    'Trois hommes armés ont braqué mardi soir une bijouterie de la rue Crébillon, en plein centre de Nantes, avant de prendre la fuite.',
    'Les malfaiteurs ont menacé les deux employées présentes avec une arme de poing, puis ont brisé plusieurs vitrines à coups de masse.',
    'Deux suspects, âgés de 24 et 31 ans, ont été interpellés mercredi à l’aube lors d’une opération menée par une quarantaine de policiers.',
  ].join('\n');

  it('does not say a bullet made active in the lead again among the key figures', () => {
    const article = generateArticle(bulleted, { minWords: 1, allowShort: true });
    const texts = article.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.text) : b.type === 'list' ? b.items.map((i) => i.sentence.text) : []));
    const keys = texts.map((t) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

describe('writeLead: a paragraph is not left with its short last sentence alone', () => {
  const poll = [
    'Près de trois Français sur quatre (74 %) déclarent ne pas faire confiance au gouvernement, selon le baromètre de l’institut Opinia publié dimanche. Seuls 24 % des personnes interrogées lui accordent leur confiance, soit trois points de moins qu’en septembre. Les 2 % restants ne se prononcent pas.',
    '',
    'L’enquête a été réalisée en ligne du 8 au 10 octobre auprès d’un échantillon de 1 512 personnes représentatif de la population.',
    '',
    'Le Premier ministre voit sa cote de popularité reculer de quatre points, à 29 % d’opinions favorables, selon la même enquête.',
  ].join('\n');

  const leadOf = (text: string): string[] => {
    const lead = generateArticle(text, { minWords: 1, allowShort: true }).blocks.find((b) => b.type === 'paragraph');
    return lead?.type === 'paragraph' ? lead.sentences.map((s) => s.text) : [];
  };

  it('takes it along, as the sentence depends on what it follows', () => {
    expect(leadOf(poll).at(-1)).toMatch(/^Les 2\s% restants ne se prononcent pas\.$/u);
  });

  it('leaves a long one, or one that is not the paragraph’s last, to the sections', () => {
    const long = poll.replace('Les 2 % restants ne se prononcent pas.', 'Les 2 % restants ne se prononcent pas sur la question, qui divise désormais jusqu’aux électeurs de la majorité présidentielle.');
    expect(leadOf(long).some((t) => t.startsWith('Les 2'))).toBe(false);
    const notLast = poll.replace('Les 2 % restants ne se prononcent pas.', 'Les 2 % restants ne se prononcent pas. L’institut publie ce baromètre chaque mois depuis 2019.');
    expect(leadOf(notLast).some((t) => t.startsWith('Les 2'))).toBe(false);
  });
});

describe('writeLead: the sentence that speaks of the lead', () => {
  it('takes the sentence after it that points back, which would open the first section pointing at nothing', () => {
    // d-02: "Parmi elles figure la tombe d’un guerrier…" opened the first section after "…ont livré 47 sépultures" in the lead.
    const necropolis = [
      '# Une nécropole gauloise découverte près de Chartres',
      '',
      'Des archéologues ont mis au jour une nécropole gauloise à Morancez, au sud de Chartres. Les fouilles, commencées en janvier, ont livré 47 sépultures.',
      '',
      'Parmi elles figure la tombe d’un guerrier inhumé avec son char. Les archéologues ont également retrouvé une vingtaine de bracelets en bronze.',
      '',
      'Le site s’étend sur 2,5 hectares. Les fouilles doivent s’achever fin juin.',
    ].join('\n');
    const { blocks } = generateArticle(necropolis, { minWords: 1, allowShort: true });
    const lead = blocks.find((b) => b.type === 'paragraph');
    expect(lead?.type === 'paragraph' && lead.sentences.some((s) => s.text.startsWith('Parmi elles'))).toBe(true);
    const afterHeading = blocks.slice(blocks.findIndex((b) => b.type === 'heading' && b.level === 2));
    const copies = afterHeading.flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])).filter((s) => s.provenance.template === 'source');
    expect(copies.some((s) => s.text.startsWith('Parmi elles'))).toBe(false);
  });

  it('takes it after bullets too, when the lead takes the body sentence that holds the keyphrase', () => {
    // "Il s’agit de son plus bas niveau depuis le printemps 2021." opened a section of its own after the lede went to the lead.
    const prices = [
      '# L’inflation ralentit à 1,2 % en octobre',
      '',
      '- Les prix à la consommation ont augmenté de 1,2 % sur un an en octobre.',
      '- Les services restent le principal moteur de la hausse des prix.',
      '',
      'L’inflation a de nouveau ralenti en France en octobre, à 1,2 % sur un an, selon l’Insee. Il s’agit de son plus bas niveau depuis le printemps 2021.',
      '',
      'Les prix de l’énergie diminuent de 3,4 % sur un an. Les services progressent de 2,4 %.',
    ].join('\n');
    const { blocks } = generateArticle(prices, { minWords: 1, allowShort: true, keyphrase: 'inflation' });
    const lead = blocks.find((b) => b.type === 'paragraph');
    const texts = lead?.type === 'paragraph' ? lead.sentences.map((s) => s.text) : [];
    expect(texts.findIndex((t) => t.startsWith('Il s’agit de son'))).toBe(texts.findIndex((t) => t.startsWith('L’inflation a de nouveau')) + 1);
  });
});

describe('writeLead: the text’s first sentence', () => {
  // d-05: the keyphrase first came in the second sentence, and the lead opened on "Le grimpeur de 24 ans a attaqué…".
  const stage = [
    '# Tour de France : Lucas Berthier s’impose au sommet du col de la Loze',
    '',
    'Le Français Lucas Berthier a remporté mercredi la 17e étape du Tour de France, entre Bourg-Saint-Maurice et Courchevel. Le grimpeur de 24 ans a attaqué à six kilomètres du sommet du col de la Loze, dans une pente à 11 %.',
    '',
    '« J’ai toujours rêvé de gagner une étape du Tour dans les Alpes », a déclaré le coureur après l’arrivée.',
    '',
    'Le maillot jaune, Jonas Vingegaard, a terminé à 52 secondes. Il conserve la tête du classement général.',
  ].join('\n');
  const leadOf = (text: string, keyphrase: string): string[] => {
    const lead = generateArticle(text, { minWords: 1, allowShort: true, keyphrase }).blocks.find((b) => b.type === 'paragraph');
    return lead?.type === 'paragraph' ? lead.sentences.map((s) => s.text) : [];
  };

  it('opens the lead when the keyphrase comes in the sentence after it', () => {
    const lead = leadOf(stage, 'col de la Loze');
    expect(lead[0]).toMatch(/^Le Français Lucas Berthier a remporté/u);
    expect(lead.some((s) => s.includes('col de la Loze'))).toBe(true);
  });

  it('is not put before a keyphrase that comes later, nor before the sentence that holds it', () => {
    expect(leadOf(stage, 'Jonas Vingegaard')[0]).toMatch(/^Le maillot jaune/u);
    expect(leadOf(stage, 'Lucas Berthier')[0]).toMatch(/^Le Français Lucas Berthier/u);
  });
});

describe('writeLead: a sentence that points back brings what it points to', () => {
  const source = [
    '# Quatre restaurants fermés pour manque d’hygiène à Nantes',
    '',
    'La préfecture a ordonné la fermeture administrative de quatre restaurants de Nantes en une semaine.',
    '',
    'Le restaurant Le Comptoir du Port restera fermé au moins trois semaines. « Nous avons trouvé une cuisine sale », a indiqué la directrice de la DDPP, Anne Moreau. Son gérant, Karim Belhadj, espère rouvrir avant l’été.',
    '',
    'Les contrôles ne sont pas annoncés à l’avance. Ils portent sur la propreté des locaux.',
  ].join('\n');

  it('opens on the sentence that says whose, when it takes a quotation from the middle of a paragraph', () => {
    const article = generateArticle(source, { minWords: 1, allowShort: true, keyphrase: 'Anne Moreau' });
    const lead = article.blocks.find((b) => b.type === 'paragraph');
    const texts = lead?.type === 'paragraph' ? lead.sentences.map((s) => s.text) : [];
    const owner = texts.findIndex((t) => t.startsWith('Le restaurant Le Comptoir du Port'));
    const possessive = texts.findIndex((t) => t.startsWith('Son gérant'));
    expect(possessive).toBeGreaterThan(0);
    expect(owner).toBeGreaterThanOrEqual(0);
    expect(owner).toBeLessThan(possessive);
  });
});
