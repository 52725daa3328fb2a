import { describe, expect, it } from 'vitest';
import { acronymName, makeDescription, makeSlug, makeTitle, saysNews } from '../../src/seo/meta.js';
import type { Entity, Keyphrase, Sentence } from '../../src/types.js';
import { fold } from '../../src/text.js';

const ALTMAN: Keyphrase = { text: 'Sam Altman', withDeterminer: 'Sam Altman', proper: true };
const PENURIE: Keyphrase = { text: 'pénurie de puces', withDeterminer: 'la pénurie de puces', proper: false };
const body = (...texts: string[]): Sentence[] => texts.map((text, i) => ({ id: `s${i + 1}`, text, origin: 'body', paragraph: 0 }));
const SOURCE = body(
  'La pénurie de puces freine la production automobile en Europe.',
  'Les constructeurs ont réduit leurs cadences dans plusieurs usines du continent depuis le début de l’année.',
  'Les analystes prévoient une amélioration au second semestre, selon une note publiée lundi.',
);
const chars = (text: string): number => [...text].length;

describe('makeSlug', () => {
  it.each([
    ['Les ambitions d’OpenAI', 'ambitions d’OpenAI', 'ambitions-d-openai'],
    ['Croissance de 3,5 % en France', 'croissance', 'croissance-de-3-5'],
    ['Le boson de Higgs découvert au Cern', 'boson de Higgs', 'boson-de-higgs'],
    ['Élections : l’été chaud', 'élections', 'elections-l-ete-chaud'],
    ['Ubuntu 12.10 : sortie d’une nouvelle version', 'Ubuntu 12.10', 'ubuntu-12.10-sortie'],
    // The typography's superscript ordinal is the keyphrase's "e": the slug says the keyphrase once.
    ['XVIIᵉ siècle : une épave découverte', 'XVIIe siècle', 'xviie-siecle-une-epave'],
  ])('%s [%s] starts with %s', (title, keyphrase, start) => {
    expect(makeSlug(title, keyphrase).startsWith(start)).toBe(true);
  });

  it.each([
    ['Les ambitions d’OpenAI', 'ambitions', 'd-openai', 'dopenai'],
    ['Une croissance de 3,5 %', 'croissance', '3-5', '-35-'],
  ])('%s [%s] holds %s, not %s', (title, keyphrase, wanted, glued) => {
    const slug = makeSlug(title, keyphrase);
    expect(slug).toContain(wanted);
    expect(slug).not.toContain(glued);
  });

  it('writes only lower-case letters, digits and single dashes, eight words at most', () => {
    const slug = makeSlug('Un titre très long avec beaucoup de mots qui dépasse la limite fixée', 'titre');
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slug.split('-').length).toBeLessThanOrEqual(8);
  });

  it('ends a cut slug on a whole word, not inside a number nor on a link word', () => {
    expect(makeSlug('Sam Altman vise à lever jusqu’à 7 000 milliards de dollars', 'Sam Altman')).toBe('sam-altman-vise-a-lever');
    expect(makeSlug('Grève : les contrôleurs perturbent le trafic de la SNCF ce week-end', 'grève')).toBe('greve-les-controleurs-perturbent-le-trafic');
    // Not cut: a number or a link word of a short title stays ("croissance-de-3-5").
    expect(makeSlug('Croissance de 3,5 % en France', 'croissance')).toBe('croissance-de-3-5-pourcent-en-france');
  });

  it('drops the articles that open the title before the keyphrase, which the slug opens with', () => {
    expect(makeSlug('La BCE abaisse ses taux pour la troisième fois cette année', 'BCE')).toBe('bce-abaisse-ses-taux-pour-la-troisieme-fois');
    expect(makeSlug('Le boson de Higgs découvert au Cern', 'boson de Higgs')).toBe('boson-de-higgs-decouvert-au-cern');
  });

  it('falls back on "article" when nothing is left', () => {
    expect(makeSlug('', '')).toBe('article');
  });
});

describe('makeTitle', () => {
  it.each([
    [{ headline: 'Sam Altman veut lever des milliards pour les puces', keyphrase: ALTMAN }],
    [{ headline: 'OpenAI : le chef de l’entreprise veut lever 7 000 milliards de dollars pour produire des puces', keyphrase: ALTMAN }],
    [{ headline: 'Le marché des puces électroniques reste tendu', keyphrase: PENURIE }],
    [{ firstHeading: 'La réaction des marchés', keyphrase: PENURIE }],
    [{ keyphrase: PENURIE }],
  ])('is at most 60 characters and starts with the keyphrase: %j', (input) => {
    for (const seed of [0, 1, 2, 3]) {
      const title = makeTitle({ ...input, inputHash: 7, seed });
      expect(chars(title)).toBeLessThanOrEqual(60);
      expect(fold(title).startsWith(fold(input.keyphrase.text))).toBe(true);
    }
  });

  it('takes no label from a first heading that names no subject ("Pénurie de puces : les détails" says nothing of the news)', () => {
    for (const seed of [0, 1, 2, 3]) {
      for (const firstHeading of ['Les détails', 'Pénurie de puces\u00A0: ce que l’on sait']) {
        const headline = 'Les fabricants de semi-conducteurs annoncent de nouvelles usines géantes en Asie et en Europe pour les dix prochaines années';
        const title = makeTitle({ headline, firstHeading, keyphrase: PENURIE, inputHash: 7, seed });
        expect(title).not.toMatch(/détails|ce que l’on sait/u);
        expect(fold(title).startsWith(fold(PENURIE.text))).toBe(true);
      }
    }
  });

  it('does not say the keyphrase twice when the headline holds its words apart', () => {
    const ubuntu = { text: 'Ubuntu 12.10', withDeterminer: 'Ubuntu 12.10', proper: true };
    expect(makeTitle({ headline: 'Informatique : Sortie d’une nouvelle version 12.10 d’Ubuntu', keyphrase: ubuntu, inputHash: 1, seed: 0 })).toBe('Ubuntu 12.10\u00A0: sortie d’une nouvelle version');
  });

  // The headline in its own tense is 61 characters without its day and place; the present says the same fact in 57.
  it('tells the headline in the present when only then it makes a title that opens on the keyphrase', () => {
    const kiprono: Keyphrase = { text: 'Esther Kiprono', withDeterminer: 'Esther Kiprono', proper: true };
    const headline = 'La Kényane Esther Kiprono a battu dimanche à Berlin le record du monde du marathon féminin';
    expect(makeTitle({ headline, keyphrase: kiprono, inputHash: 1, seed: 0 })).toBe('Esther Kiprono bat le record du monde du marathon féminin');
    // A headline whose own tense fits keeps it.
    expect(makeTitle({ headline: 'La Kényane Esther Kiprono a battu dimanche le record du monde', keyphrase: kiprono, inputHash: 1, seed: 0 })).toBe('Esther Kiprono a battu dimanche le record du monde');
  });

  it('names the person that the headline names by the role the source gives them, when the role is theirs alone', () => {
    const malvoisin: Keyphrase = { text: 'Gérard Malvoisin', withDeterminer: 'Gérard Malvoisin', proper: true };
    const headline = 'Corruption à la mairie de Saint-Aubin-sur-Loire : l’ancien maire condamné à 30 mois de prison';
    const roles = [
      { name: 'Gérard Malvoisin', role: 'l’ancien maire de Saint-Aubin-sur-Loire' },
      { name: 'Hélène Kervella', role: 'la présidente du tribunal' },
    ];
    expect(makeTitle({ headline, keyphrase: malvoisin, roles, inputHash: 1, seed: 0 })).toBe('Gérard Malvoisin condamné à 30 mois de prison');
    // The role as the headline shortens it: "de Villeneuve" of "de Villeneuve-sur-Lot".
    const lemaire: Keyphrase = { text: 'Patrick Lemaire', withDeterminer: 'Patrick Lemaire', proper: true };
    const short = 'Justice : l’ancien maire de Villeneuve condamné à deux ans de prison avec sursis';
    expect(makeTitle({ headline: short, keyphrase: lemaire, roles: [{ name: 'Patrick Lemaire', role: 'l’ancien maire de Villeneuve-sur-Lot' }], inputHash: 1, seed: 0 })).toBe('Patrick Lemaire condamné à deux ans de prison avec sursis');
    // Two people whose roles open alike: the headline may name either.
    const both = [...roles, { name: 'Paul Roux', role: 'l’ancien maire de Vierzon' }];
    expect(makeTitle({ headline, keyphrase: malvoisin, roles: both, inputHash: 1, seed: 0 })).not.toMatch(/^Gérard Malvoisin condamné/u);
    // A role of another person, or none.
    expect(makeTitle({ headline, keyphrase: malvoisin, roles: [{ name: 'Gérard Malvoisin', role: 'le chef d’entreprise' }], inputHash: 1, seed: 0 })).not.toMatch(/^Gérard Malvoisin condamné/u);
  });

  it('drops the article of a headline without a verb, before the keyphrase, when that makes the title fit', () => {
    const necropole: Keyphrase = { text: 'nécropole gauloise', withDeterminer: 'la nécropole gauloise', proper: false };
    expect(makeTitle({ headline: 'Une nécropole gauloise de 2 300 ans découverte près de Chartres', keyphrase: necropole, inputHash: 1, seed: 0 }).replace(/[\u00A0\u202F]/gu, ' ')).toBe('Nécropole gauloise de 2 300 ans découverte près de Chartres');
    const groupes: Keyphrase = { text: 'groupes de niveau', withDeterminer: 'les groupes de niveau', proper: false };
    expect(makeTitle({ headline: 'Réforme du collège : les groupes de niveau abandonnés en quatrième et en troisième', keyphrase: groupes, inputHash: 1, seed: 0 })).toBe('Groupes de niveau abandonnés en quatrième et en troisième');
    // A headline with a verb keeps it.
    const conseil: Keyphrase = { text: 'conseil municipal de Rennes', withDeterminer: 'le conseil municipal de Rennes', proper: false };
    expect(makeTitle({ headline: 'Le conseil municipal de Rennes a adopté le budget primitif de la ville', keyphrase: conseil, inputHash: 1, seed: 0 })).not.toMatch(/^Conseil municipal de Rennes a/u);
  });

  it('says the name first, without the class of company it ends the headline with ("du groupe Laitalis")', () => {
    const laitalis: Keyphrase = { text: 'Laitalis', withDeterminer: 'Laitalis', proper: true };
    const title = makeTitle({ headline: 'Prix du lait : les éleveurs de l’Ouest bloquent trois usines du groupe Laitalis', keyphrase: laitalis, inputHash: 1, seed: 0 });
    expect(title.replace(/[\u00A0\u202F]/gu, ' ')).toBe('Laitalis : les éleveurs de l’Ouest bloquent trois usines');
  });

  it('says the whole name of a subject that the headline names by a word of it', () => {
    const aurore: Keyphrase = { text: 'Aurore Mobile', withDeterminer: 'Aurore Mobile', proper: true };
    expect(makeTitle({ headline: 'Le fabricant français Aurore dévoile son premier smartphone pliable', keyphrase: aurore, inputHash: 1, seed: 0 })).toBe('Aurore Mobile dévoile son premier smartphone pliable');
    const bertin: Keyphrase = { text: 'Lucas Bertin', withDeterminer: 'Lucas Bertin', proper: true };
    expect(makeTitle({ headline: 'Tennis : Bertin s’impose en cinq sets à Roland-Garros', keyphrase: bertin, inputHash: 1, seed: 0 })).toBe('Lucas Bertin s’impose en cinq sets à Roland-Garros');
    // Not a word of the name that is no subject.
    expect(makeTitle({ headline: 'Les ventes d’Aurore reculent de 12 % au troisième trimestre', keyphrase: aurore, inputHash: 1, seed: 0 })).not.toMatch(/^Aurore Mobile reculent/u);
  });

  it('says the subject without the keyphrase that completes it, after an adjective and a complement of its noun', () => {
    const parcoursup: Keyphrase = { text: 'Parcoursup', withDeterminer: 'Parcoursup', proper: true };
    const title = makeTitle({ headline: 'La phase principale d’admission de Parcoursup s’est achevée', keyphrase: parcoursup, inputHash: 1, seed: 0 });
    expect(title.replace(/[\u00A0\u202F]/gu, ' ')).toBe('Parcoursup : la phase principale d’admission s’est achevée');
  });

  it('writes a noun in the plural after the colon in lower case, as one in the singular ("Anne Moreau : restaurants fermés…")', () => {
    const moreau = { text: 'Anne Moreau', withDeterminer: 'Anne Moreau', proper: true };
    const title = makeTitle({ headline: 'Restaurants fermés à Nantes', keyphrase: moreau, inputHash: 1, seed: 0 });
    expect(title).toMatch(/:\s/u);
    expect(title).not.toMatch(/:\s\p{Lu}/u);
  });

  it('says what happens without a trailing "cette semaine" rather than give a label, when that makes the title fit', () => {
    const froid: Keyphrase = { text: 'froid', withDeterminer: 'le froid', proper: false };
    const headline = 'Vague de froid : jusqu’à −12 °C attendus dans le Nord-Est cette semaine';
    for (const seed of [0, 1, 2]) {
      const title = makeTitle({ headline, keyphrase: froid, firstHeading: 'Le contexte climatique', inputHash: 1, seed });
      expect(title.replace(/\u00A0/gu, ' ')).toBe('Froid : jusqu’à −12 °C attendus dans le Nord-Est');
      // A slug cut after eight words ends on no link word ("…-attendus-dans").
      expect(makeSlug(title, 'froid')).toBe('froid-jusqu-a-12-c-attendus');
    }
  });

  it('opens on the keyphrase that a headline names as its source at its end ("…, selon l’Ofpra")', () => {
    const ofpra: Keyphrase = { text: 'Ofpra', withDeterminer: 'l’Ofpra', proper: true };
    const headline = 'Demandes d’asile : une baisse de 8 % en 2025, selon l’Ofpra';
    for (const seed of [0, 1, 2]) {
      const title = makeTitle({ headline, keyphrase: ofpra, firstHeading: 'Les détails', inputHash: 1, seed });
      expect(title.replace(/[\u00A0\u202F]/gu, ' ')).toBe('Ofpra : une baisse de 8 % en 2025');
    }
  });

  it('keeps a short headline that already starts with the keyphrase', () => {
    expect(makeTitle({ headline: 'Sam Altman veut lever des milliards', keyphrase: ALTMAN, inputHash: 1, seed: 0 })).toBe('Sam Altman veut lever des milliards');
  });

  it('keeps a short headline whose keyphrase only articles precede, which Yoast reads as its beginning', () => {
    const bce: Keyphrase = { text: 'BCE', withDeterminer: 'la BCE', proper: true };
    const headline = 'La BCE abaisse ses taux pour la troisième fois cette année';
    for (const seed of [0, 1, 2]) expect(makeTitle({ headline, keyphrase: bce, firstHeading: 'Les enjeux économiques', inputHash: 1, seed })).toBe(headline);
    // A content word before it ("sculptrice") is not a beginning: the title opens with the keyphrase instead.
    const sorel: Keyphrase = { text: 'Madeleine Sorel', withDeterminer: 'Madeleine Sorel', proper: true };
    expect(makeTitle({ headline: 'La sculptrice Madeleine Sorel est morte à Paris', keyphrase: sorel, firstHeading: 'Le contexte culturel', inputHash: 1, seed: 0 })).toMatch(/^Madeleine Sorel/u);
  });

  it('says a headline too long for a title in a shorter form that opens on the keyphrase, before a label', () => {
    const ol: Keyphrase = { text: 'Olympique lyonnais', withDeterminer: 'l’Olympique lyonnais', proper: true };
    const headline = 'Football : l’Olympique lyonnais recrute un attaquant brésilien pour 25 millions d’euros';
    for (const seed of [0, 1, 2]) expect(makeTitle({ headline, keyphrase: ol, firstHeading: 'Le volet sportif', inputHash: 1, seed })).toBe('L’Olympique lyonnais recrute un attaquant brésilien');
    // "et laisse une œuvre" opens a second clause ("laisse" is a verb before "une"): the first one, from the name on
    // ("La sculptrice" describes her), is the title.
    const sorel: Keyphrase = { text: 'Madeleine Sorel', withDeterminer: 'Madeleine Sorel', proper: true };
    expect(makeTitle({ headline: 'La sculptrice Madeleine Sorel est morte à Paris et laisse une œuvre immense derrière elle', keyphrase: sorel, firstHeading: 'Le contexte culturel', inputHash: 1, seed: 0 }))
      .toBe('Madeleine Sorel est morte à Paris');
  });

  it('without a headline (the title is the H1), never repeats a subheading as its label', () => {
    const labels = ['Ce qu’il faut savoir', 'L’essentiel', 'Les faits'];
    for (const seed of [0, 1, 2, 3, 4, 5]) {
      for (const taken of labels) {
        const title = makeTitle({ keyphrase: PENURIE, firstHeading: taken, headings: [taken, 'Questions fréquentes'], inputHash: 3, seed });
        expect(fold(title.replace(/^.*?\s:\s/u, ''))).not.toBe(fold(taken));
        expect(fold(title).startsWith(fold(PENURIE.text))).toBe(true);
      }
    }
    // With a headline, the H1 is the headline: the title may take the first subheading's label.
    expect(makeTitle({ headline: 'Le marché des puces électroniques reste tendu malgré les annonces des fabricants asiatiques', keyphrase: PENURIE, firstHeading: 'La réaction des marchés', headings: ['La réaction des marchés'], inputHash: 3, seed: 0 }))
      .toBe(`${PENURIE.text.replace(/^./u, (c) => c.toUpperCase())}\u00A0: la réaction des marchés`);
  });

  it('takes none of the body’s headings, which would then come twice', () => {
    for (const seed of [0, 1, 2, 3]) {
      const alone = makeTitle({ keyphrase: PENURIE, inputHash: 7, seed });
      expect(makeTitle({ keyphrase: PENURIE, headings: ['Le contexte', alone], inputHash: 7, seed })).not.toBe(alone);
    }
    // A long keyphrase leaves room for the one short variant that is left.
    const long: Keyphrase = { text: 'façade occidentale de la cathédrale Notre-Dame', withDeterminer: 'la façade occidentale de la cathédrale Notre-Dame', proper: false };
    const title = makeTitle({ keyphrase: long, headings: ['Façade occidentale de la cathédrale Notre-Dame\u00A0: l’essentiel'], inputHash: 7, seed: 0 });
    expect(title).toMatch(/^Façade occidentale de la cathédrale Notre-Dame\u00A0: /u);
    expect(chars(title)).toBeLessThanOrEqual(60);
  });
});

describe('makeDescription', () => {
  it.each([
    [PENURIE, SOURCE],
    [ALTMAN, SOURCE],
    [PENURIE, [...SOURCE].reverse()],
  ])('is 120 to 156 characters and holds the keyphrase "%s"', (keyphrase, sentences) => {
    const description = makeDescription({ keyphrase, sentences, keywords: [], inputHash: 1, seed: 0 });
    expect(chars(description)).toBeGreaterThanOrEqual(120);
    expect(chars(description)).toBeLessThanOrEqual(156);
    expect(fold(description)).toContain(fold(keyphrase.text));
  });

  it('does not end the keyphrase on the ellipsis of the cut, where Yoast does not find it', () => {
    const keyphrase: Keyphrase = { text: 'nécropole gauloise', withDeterminer: 'la nécropole gauloise', proper: false };
    const sentences = body(
      'Des archéologues de l’Institut national de recherches archéologiques préventives ont mis au jour lundi, au sud de Chartres, une nécropole gauloise exceptionnellement bien conservée.',
      'Les fouilles ont livré 47 sépultures.',
    );
    const description = makeDescription({ keyphrase, sentences, keywords: [], inputHash: 1, seed: 0 });
    expect(description).not.toMatch(/gauloise…$/u);
    expect(fold(description)).toContain(fold(keyphrase.text));
  });

  it('cuts a long description after the most whole words that fit with the ellipsis, a character outside the BMP counted once', () => {
    const keyphrase: Keyphrase = { text: 'chorale', withDeterminer: 'la chorale', proper: false };
    // Words of every length from the eighth on: one of them makes the cut text exactly 156 characters long.
    for (let extra = 0; extra < 8; extra++) {
      const words = ['La', 'chorale', ...Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? '𝄞𝄞' : i > 8 ? 'x'.repeat(1 + ((i + extra) % 8)) : `mot${i}`))];
      const description = makeDescription({ keyphrase, sentences: body(`${words.join(' ')}.`), keywords: [], inputHash: 1, seed: 0 });
      let most = 0;
      while (chars(`${words.slice(0, most + 1).join(' ')}…`) <= 156) most++;
      expect(description).toBe(`${words.slice(0, most).join(' ')}…`);
    }
  });

  it('leaves out the time a live blog stamps on an entry', () => {
    const keyphrase: Keyphrase = { text: 'opérateur Lumio', withDeterminer: 'l’opérateur Lumio', proper: false };
    const sentences = body('Suivez en direct la panne qui touche le réseau de l’opérateur Lumio.', '18h30 – Le service est rétabli pour la plupart des abonnés, selon Lumio.', 'Il reste des coupures dans l’Ouest.');
    const description = makeDescription({ keyphrase, sentences, keywords: [], inputHash: 1, seed: 0 });
    expect(description).toContain('Lumio. Le service est rétabli');
    expect(description).not.toContain('18h30');
  });
});

describe('makeDescription: after the keyphrase and its colon', () => {
  it('lowers a determiner, keeps a name’s capital', () => {
    const keyphrase: Keyphrase = { text: 'championnats du monde', withDeterminer: 'les championnats du monde', proper: false };
    const named = makeDescription({ keyphrase, sentences: body('Léa Marchand a remporté samedi le 200 m nage libre des championnats de France de natation en 1 min 52 s 31, nouveau record de France.', 'Elle nagera à Singapour.'), keywords: [], inputHash: 1, seed: 0 });
    expect(named).toMatch(/^Championnats du monde\s:\sLéa Marchand a remporté/u);
    const common = makeDescription({ keyphrase, sentences: body('La nageuse de 21 ans a remporté samedi le 200 m nage libre des championnats de France de natation en 1 min 52 s 31, nouveau record de France.'), keywords: [], inputHash: 1, seed: 0 });
    expect(common).toMatch(/^Championnats du monde\s:\sla nageuse de 21 ans/u);
    const counted = makeDescription({ keyphrase, sentences: body('Treize nageuses ont battu samedi leur record personnel lors des championnats de France de natation à Rennes, devant un public nombreux.'), keywords: [], inputHash: 1, seed: 0 });
    expect(counted).toMatch(/^Championnats du monde\s:\streize nageuses/u);
    const acronym = makeDescription({ keyphrase, sentences: body('SNCF Voyageurs a prévu des trains supplémentaires pour les championnats de France de natation à Rennes, devant un public nombreux.'), keywords: [], inputHash: 1, seed: 0 });
    expect(acronym).toMatch(/^Championnats du monde\s:\sSNCF Voyageurs/u);
  });
});

describe('makeTitle: the event before a label', () => {
  const kp = (text: string, proper = true): Keyphrase => ({ text, withDeterminer: text, proper });

  it('takes a shorter form of the lead that opens on the keyphrase when the headline makes no title', () => {
    const cac = kp('CAC 40');
    const input = { headline: 'La Bourse de Paris a terminé la séance de mardi en nette hausse', keyphrase: cac, firstHeading: 'Le volet boursier', inputHash: 1, seed: 0 };
    expect(makeTitle(input)).toBe('CAC 40\u00A0: le volet boursier');
    expect(makeTitle({ ...input, leadForms: () => ['La Bourse de Paris a gagné du terrain', 'Le CAC 40 a gagné 1,2 %'] })).toMatch(/^Le CAC 40 a gagné 1,2\s%$/u);
    // Without a headline too, before a generic label; never one that a subheading says.
    expect(makeTitle({ keyphrase: cac, leadForms: () => ['Le CAC 40 a gagné 1 point'], inputHash: 1, seed: 0 })).toBe('Le CAC 40 a gagné 1 point');
    expect(makeTitle({ keyphrase: cac, headings: ['Le CAC 40 a gagné 1 point'], leadForms: () => ['Le CAC 40 a gagné 1 point'], inputHash: 1, seed: 0 })).not.toBe('Le CAC 40 a gagné 1 point');
  });

  it('opens on a full name that an article and a descriptor come before', () => {
    const guerin = kp('Thomas Guérin');
    expect(makeTitle({ headline: 'Le skipper Thomas Guérin a remporté jeudi la 11ᵉ édition du Vendée Globe, le tour du monde à la voile en solitaire', keyphrase: guerin, firstHeading: 'Le contexte sportif', inputHash: 1, seed: 0 }))
      .toBe('Thomas Guérin a remporté la 11ᵉ édition du Vendée Globe');
    // Not after "de": the name is then a complement, and the subject another ("la liste de Marion Delorme").
    expect(makeTitle({ headline: 'La liste de Marion Delorme arrive en tête avec 31,4 % des voix, devant celle de Thierry Vasseur', keyphrase: kp('Marion Delorme'), firstHeading: 'Le contexte électoral', inputHash: 1, seed: 0 }))
      .not.toMatch(/^Marion Delorme arrive/u);
    // A name of one word after a class of company.
    expect(makeTitle({ headline: 'Le laboratoire français Novellia va racheter le suédois Arcturus Pharma pour 14,5 milliards d’euros', keyphrase: kp('Novellia'), firstHeading: 'Le volet industriel', inputHash: 1, seed: 0 }))
      .toBe('Novellia va racheter le suédois Arcturus Pharma');
    expect(makeTitle({ headline: 'Prud’hommes : la plateforme Livrago condamnée à requalifier les contrats de 47 livreurs', keyphrase: kp('Livrago'), firstHeading: 'Le contexte judiciaire', inputHash: 1, seed: 0 }))
      .toBe('Livrago condamnée à requalifier les contrats de 47 livreurs');
    // Not a name of one word, which may be what the descriptor names ("le prix Goncourt a été attribué").
    expect(makeTitle({ headline: 'Le prix Goncourt a été attribué à une romancière bretonne', keyphrase: kp('Goncourt'), firstHeading: 'Le volet littéraire', inputHash: 1, seed: 0 }))
      .toBe('Goncourt\u00A0: le volet littéraire');
  });

  it('puts the keyphrase for a long rubric that holds it, unless the headline whole makes the title', () => {
    expect(makeTitle({ headline: 'Inondations dans le Gard : des milliers de foyers privés d’électricité', keyphrase: kp('Gard'), firstHeading: 'Le contexte', inputHash: 1, seed: 0 }))
      .toBe('Gard\u00A0: des milliers de foyers privés d’électricité');
    const headline = 'L’ouragan Nadia frappe la Jamaïque : au moins 27 morts';
    expect(makeTitle({ headline, keyphrase: kp('ouragan Nadia', false), firstHeading: 'La situation', inputHash: 1, seed: 0 })).toBe('L’ouragan Nadia frappe la Jamaïque\u00A0: au moins 27 morts');
    // A colon inside brackets ends no rubric.
    expect(makeTitle({ headline: 'Le Stade toulousain bat l’ASM Clermont Auvergne 34 à 17 (mi-temps : 13-10)', keyphrase: kp('ASM Clermont Auvergne'), firstHeading: 'Le volet sportif', inputHash: 1, seed: 0 }))
      .not.toMatch(/13-10/u);
  });

  it('says the keyphrase first when the headline ends on it as a noun’s complement', () => {
    expect(makeTitle({ headline: 'Le Parlement adopte la réforme de l’assurance chômage', keyphrase: kp('assurance chômage', false), firstHeading: 'Le volet politique', inputHash: 1, seed: 0 }))
      .toBe('Assurance chômage\u00A0: le Parlement adopte la réforme');
    // A name keeps its capital; from a shorter form of the headline too.
    expect(makeTitle({ headline: 'Tour de France : Lucas Berthier s’impose au sommet du col de la Loze', keyphrase: kp('col de la Loze', false), firstHeading: 'Le volet sportif', inputHash: 1, seed: 0 }))
      .toBe('Col de la Loze\u00A0: Lucas Berthier s’impose au sommet');
    // From the lead, without a headline.
    expect(makeTitle({ keyphrase: kp('raffinerie de Donges', false), leadForms: () => ['Le tribunal ordonne la fermeture de la raffinerie de Donges'], inputHash: 1, seed: 0 }))
      .toBe('Raffinerie de Donges\u00A0: le tribunal ordonne la fermeture');
    // Where it completes the subject's noun, right before the verb; not before an adjective, which would then say the wrong noun.
    expect(makeTitle({ keyphrase: kp('voitures électriques', false), leadForms: () => ['Les ventes de voitures électriques ont progressé de 22 %'], inputHash: 1, seed: 0 }))
      .toMatch(/^Voitures électriques\u00A0: les ventes ont progressé de 22\s%$/u);
    expect(makeTitle({ keyphrase: kp('voitures électriques', false), leadForms: () => ['Les ventes de voitures électriques neuves ont progressé'], inputHash: 1, seed: 0 }))
      .not.toMatch(/ventes neuves/u);
    // After the other prepositions of a noun's complement too.
    expect(makeTitle({ keyphrase: kp('Aude'), leadForms: () => ['Les incendies dans l’Aude ont détruit 2 800 hectares de garrigue'], inputHash: 1, seed: 0 }))
      .toMatch(/^Aude\u00A0: les incendies ont détruit 2\s800 hectares de garrigue$/u);
    // Not the complement of a verb or of an adjective, which would say nothing without it.
    expect(makeTitle({ headline: 'Une bactérie des sols bretons est capable de digérer le polystyrène', keyphrase: kp('polystyrène', false), firstHeading: 'Le volet scientifique', inputHash: 1, seed: 0 }))
      .not.toMatch(/digérer$|capable$/u);
    expect(makeTitle({ headline: 'Le gouvernement a finalement renoncé à la réforme des retraites', keyphrase: kp('réforme des retraites', false), firstHeading: 'Le volet politique', inputHash: 1, seed: 0 }))
      .not.toMatch(/renoncé$/u);
  });

  it('puts the keyphrase before another clause of the headline that says what happened, with a verb or a participle and no name', () => {
    expect(makeTitle({ headline: 'Le cyclone Halima frappe La Réunion, 41 000 foyers privés d’électricité', keyphrase: kp('La Réunion'), firstHeading: 'Le volet climatique', inputHash: 1, seed: 0 }))
      .toBe('La Réunion\u00A0: 41\u202F000 foyers privés d’électricité');
    // A clause that names another place would say it happened there; one without a verb or a participle says nothing.
    expect(makeTitle({ headline: 'Le cyclone Halima frappe La Réunion de plein fouet, Maurice épargnée', keyphrase: kp('La Réunion'), firstHeading: 'Le volet climatique', inputHash: 1, seed: 0 }))
      .toBe('La Réunion\u00A0: le volet climatique');
    expect(makeTitle({ headline: 'Un tableau de Claude Monet vendu 38,6 millions de livres à Londres, un record', keyphrase: kp('Claude Monet'), firstHeading: 'Le volet culturel', inputHash: 1, seed: 0 }))
      .toBe('Claude Monet\u00A0: le volet culturel');
  });

  it('lowers the first word after the keyphrase and its colon unless it is a name', () => {
    expect(makeTitle({ headline: 'Ligue des champions féminine : Lyon élimine Barcelone aux tirs au but', keyphrase: kp('Ligue des champions'), firstHeading: 'Le contexte sportif', inputHash: 1, seed: 0 }))
      .toBe('Ligue des champions\u00A0: Lyon élimine Barcelone aux tirs au but');
  });

  it('lowers an elided article after the colon ("l’Assemblée", "l’inflation"), not one that is part of a brand ("L’Oréal")', () => {
    const titleOf = (headline: string, keyphrase: string): string =>
      makeTitle({ headline, keyphrase: kp(keyphrase), firstHeading: 'Le contexte', inputHash: 1, seed: 0 });
    expect(titleOf('L’Assemblée adopte la loi sur la fin de vie après trois semaines de débats', 'soins palliatifs')).toMatch(/^Soins palliatifs\u00A0: l’Assemblée adopte/u);
    expect(titleOf('L’inflation ralentit à 1,2 % en octobre, selon l’Insee', 'hausse des prix')).toMatch(/^Hausse des prix\u00A0: l’inflation ralentit/u);
    expect(titleOf('L’Oréal rachète une marque coréenne', 'cosmétiques')).toMatch(/^Cosmétiques\u00A0: L’Oréal rachète/u);
  });

  it('says the name of a role given between commas, not the role: the name acts', () => {
    const carvalho = kp('Luiz Carvalho');
    const forms = (): string[] => ['Le président du Brésil, Luiz Carvalho, entame une visite d’État de trois jours'];
    expect(makeTitle({ headline: 'Le président brésilien en visite d’État en France pour trois jours', keyphrase: carvalho, firstHeading: 'Le contexte diplomatique', leadForms: forms, inputHash: 1, seed: 0 }))
      .toBe('Luiz Carvalho entame une visite d’État de trois jours');
    // Not when the role holds a verb: the name is then its object ("Le club qui a recruté Léa Moreau,").
    expect(makeTitle({ keyphrase: kp('Léa Moreau'), leadForms: () => ['Le club qui a recruté hier Léa Moreau, annonce une perte de 3 millions d’euros'], inputHash: 1, seed: 0 }))
      .not.toMatch(/^Léa Moreau annonce/u);
    // Not a name of one word, which the role says who it is.
    expect(makeTitle({ keyphrase: kp('Carvalho'), leadForms: () => ['Le président du Brésil, Carvalho, entame une visite d’État de trois jours'], inputHash: 1, seed: 0 }))
      .not.toMatch(/^Carvalho entame/u);
  });

  it('says an acronym keyphrase for the name it stands for, with the name’s article', () => {
    const ars = kp('ARS');
    const sentences = ['Une épidémie de rougeole touche la Haute-Savoie.', 'L’agence régionale de santé (ARS) Auvergne-Rhône-Alpes a fait état vendredi de 87 cas.'];
    expect(acronymName('ARS', sentences)).toBe('agence régionale de santé');
    expect(acronymName('ANSM', ['L’Agence nationale de sécurité du médicament (ANSM) a recensé 4 925 signalements.'])).toBe('Agence nationale de sécurité du médicament');
    // Initials that do not spell it, or a keyphrase that is no acronym: none.
    expect(acronymName('ARS', ['Le groupe (ARS) a publié ses comptes.'])).toBeUndefined();
    expect(acronymName('rougeole', sentences)).toBeUndefined();
    const input = { headline: 'Rougeole : 87 cas en Haute-Savoie, un niveau jamais atteint depuis 2011 dans le département', keyphrase: ars, firstHeading: 'Le volet sanitaire', leadForms: () => ['L’agence régionale de santé appelle à vérifier les carnets de vaccination'], inputHash: 1, seed: 0 };
    expect(makeTitle(input)).toBe('ARS\u00A0: le volet sanitaire');
    expect(makeTitle({ ...input, acronymName: 'agence régionale de santé' })).toBe('L’ARS appelle à vérifier les carnets de vaccination');
    // In brackets after its name, the acronym goes with it.
    expect(makeTitle({ ...input, leadForms: () => ['L’agence régionale de santé (ARS) appelle à la vaccination'], acronymName: 'agence régionale de santé' })).toBe('L’ARS appelle à la vaccination');
  });

  it('says the keyphrase first when it completes a subject that "des" opens, without what says why', () => {
    expect(makeTitle({ headline: 'Rappel de produits : des fromages au lait cru retirés de la vente en raison d’un risque de listeria', keyphrase: kp('lait cru', false), firstHeading: 'Les enjeux pour les consommateurs', inputHash: 1, seed: 0 }))
      .toBe('Lait cru\u00A0: des fromages retirés de la vente');
  });

  it('reads a headline past a quotation before its colon, without a live blog’s invitation to follow it', () => {
    expect(makeTitle({ headline: '« Nous ne lâcherons rien » : les médecins libéraux en grève, suivez la journée en direct', keyphrase: kp('médecins libéraux', false), firstHeading: 'Le contexte social', inputHash: 1, seed: 0 }))
      .toBe('Les médecins libéraux en grève');
    expect(makeTitle({ headline: '« Nous avons dû refuser du monde » : la directrice des Nuits de Garonne tire le bilan du festival', keyphrase: kp('Nuits de Garonne'), firstHeading: 'Le contexte culturel', inputHash: 1, seed: 0 }))
      .toBe('Nuits de Garonne\u00A0: la directrice tire le bilan du festival');
  });

  it('shortens a headline without a verb, and keeps the keyphrase where it is the object', () => {
    expect(makeTitle({ headline: 'Tempête Ophélie : 180 000 foyers privés d’électricité dans le Sud-Ouest', keyphrase: kp('Tempête Ophélie'), firstHeading: 'Les faits', inputHash: 1, seed: 0 }))
      .toBe('Tempête Ophélie\u00A0: 180\u202F000 foyers privés d’électricité');
    // "Lyon élimine" would lose what Lyon eliminated.
    expect(makeTitle({ headline: 'Ligue des champions féminine : Lyon élimine Barcelone aux tirs au but après un match fou', keyphrase: kp('FC Barcelone'), firstHeading: 'Le contexte sportif', inputHash: 1, seed: 0 }))
      .not.toMatch(/élimine$/u);
  });
});

describe('saysNews', () => {
  const kp = (text: string, proper = false): Keyphrase => ({ text, withDeterminer: text, proper });
  const lede = (): string[] => ['Un séisme de magnitude 6,9 a frappé le sud du Pérou'];

  it('is true of a keyphrase that a title of the news opens on, false of one that only a label would head', () => {
    expect(saysNews({ keyphrase: kp('séisme de magnitude'), leadForms: lede, inputHash: 1, seed: 0 }, true)).toBe(true);
    // The object of the verb: the title cannot open on it.
    expect(saysNews({ keyphrase: kp('sud du Pérou'), leadForms: lede, inputHash: 1, seed: 0 })).toBe(false);
  });

  it('is false of a keyphrase set before a headline that does not name it, and, for `opening`, of any set before a colon', () => {
    const headline = 'Le cyclone Halima frappe La Réunion, 41 000 foyers privés d’électricité';
    expect(saysNews({ headline, keyphrase: kp('île Maurice'), inputHash: 1, seed: 0 })).toBe(false);
    const rubric = { headline: 'Ligue des champions féminine : Lyon élimine Barcelone aux tirs au but', keyphrase: kp('Ligue des champions', true), inputHash: 1, seed: 0 };
    expect(saysNews(rubric)).toBe(true);
    expect(saysNews(rubric, true)).toBe(false);
  });

  it('leaves makeTitle the title it would make alone, where the headline makes none for the keyphrase (saysNews tried it first)', () => {
    const headline = 'Le cyclone Halima frappe La Réunion de plein fouet, des dizaines de milliers de foyers privés d’électricité';
    const input = (roles: readonly Entity[]) => ({ headline, keyphrase: kp('La Réunion', true), leadForms: () => ['La Réunion a été frappée par le cyclone Halima'], roles, inputHash: 7, seed: 0 });
    const alone = makeTitle(input([]));
    expect(alone).toBe('La Réunion a été frappée par le cyclone Halima');
    // One article: the same roles, weighed then titled.
    const roles: Entity[] = [];
    saysNews(input(roles));
    expect(makeTitle(input(roles))).toBe(alone);
    const generic = { headline, keyphrase: kp('La Réunion', true), roles, inputHash: 7, seed: 1 };
    const genericAlone = makeTitle({ ...generic, roles: [] });
    expect(saysNews(generic)).toBe(false);
    expect(makeTitle(generic)).toBe(genericAlone);
  });

  it('answers each keyphrase of one headline for itself, whichever was weighed before (what Yoast reads of the headline is kept by keyphrase)', () => {
    const headline = 'Le cyclone Halima frappe La Réunion, 41 000 foyers privés d’électricité';
    const ask = (text: string): boolean => saysNews({ headline, keyphrase: kp(text), inputHash: 1, seed: 0 });
    expect([ask('cyclone Halima'), ask('île Maurice')]).toEqual([true, false]);
    expect([ask('île Maurice'), ask('cyclone Halima')]).toEqual([false, true]);
  });
});

describe('makeSlug, as the patterns it replaced found the keyphrase', () => {
  // The slug before any keyphrase was taken out: the patterns' own reading, as a reference.
  const SLUG_LINKS = ['de', 'du', 'des', 'la', 'le', 'les', 'a', 'au', 'aux', 'd', 'l', 'qu', 'jusqu', 'en', 'et', 'un', 'une', 'dans', 'sur', 'pour', 'par', 'avec'];
  const byPatterns = (title: string, kp: string): string => {
    const opening = new RegExp(`^(?:(?:${SLUG_LINKS.join('|')})-)+${kp}(?=-|$)`).exec(title)?.[0];
    return opening ? title.slice(opening.length) : title.replace(new RegExp(`(?:^|-)(?:[a-z]-)?${kp}(?=-|$)`), '');
  };
  it.each([
    ['La BCE abaisse ses taux', 'BCE', 'la-bce-abaisse-ses-taux', 'bce'],
    ['De la BCE à la Fed', 'BCE', 'de-la-bce-a-la-fed', 'bce'],
    ['Le patron d’OpenAI quitte OpenAI', 'OpenAI', 'le-patron-d-openai-quitte-openai', 'openai'],
    ['Ubuntu 12.10 sort en octobre', 'Ubuntu 12.10', 'ubuntu-12.10-sort-en-octobre', 'ubuntu-12.10'],
    ['Ubuntu 12x10 et la suite', 'Ubuntu 12.10', 'ubuntu-12x10-et-la-suite', 'ubuntu-12.10'],
    ['La la-bce en question', 'BCE', 'la-la-bce-en-question', 'bce'],
    ['Rien à voir', 'BCE', 'rien-a-voir', 'bce'],
  ])('%s (%s)', (title, keyphrase, cleanTitle, kp) => {
    const rest = byPatterns(cleanTitle, kp).split('-').filter(Boolean);
    expect(makeSlug(title, keyphrase)).toBe([...kp.split('-'), ...rest].slice(0, 8).join('-') || 'article');
  });
});
