import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/source/furniture.js';
import { parseSource } from '../../src/source/parse.js';

describe('withoutFurniture', () => {
  it.each([
    'Lire aussi : Pouvoir d’achat, ce qui change au 1er mars',
    'À lire également : Négociations commerciales : un accord trouvé',
    'Par Julie Marchand',
    'Par Julie Marchand et Paul Durand (avec AFP)',
    // A comma glued to the name before the agency.
    'Par Jeanne Martin, avec AFP',
    'Par Jeanne Martin, Paul Durand et Luc Roy',
    // The agency's credit on a line of its own, closing the text.
    '(avec AFP)',
    '(AFP)',
    '(avec l’AFP et Reuters)',
    'Publié le 12/03/2026 à 08h15 - Mis à jour le 12/03/2026 à 11h02',
    'Mis à jour le 3 mars 2026 à 10h',
    '(Photo : AFP)',
    'Crédit photo : Jean Martin / Reuters',
    '© Le Courrier national',
    'Partager sur Facebook',
    'Temps de lecture : 3 min',
    'Article réservé aux abonnés',
    'Le Courrier national avec AFP',
    'Propos recueillis par Claire Moreau',
    'Entretien réalisé par Julie Marchand et Paul Durand',
    'Photo : Marcel Obiang au festival Jazz à Vienne, en 2025. © Pierre Lemaire / AFP',
    // A caption ending on its credit is one at any length.
    'Le pianiste Marcel Obiang lors de son dernier concert au festival Jazz à Vienne, devant 7 000 spectateurs, en juin 2025 (© Pierre Lemaire / AFP)',
    // A link to another article is one whatever the length of that article's headline.
    'À lire aussi : Sous la Manche, les épaves de la Seconde Guerre mondiale menacées par la corrosion',
    // …and in capitals, as sites print the label, after a period or a colon.
    'LIRE AUSSI. Tempête Ciarán : un an après, les sinistrés de la côte normande attendent toujours leurs indemnisations',
    'À LIRE AUSSI : Inondations : les assureurs débloquent un fonds d’urgence',
    // A newsletter's prompt, whatever its length.
    'Newsletter : recevez chaque matin l’essentiel de l’actualité de votre région',
    'Inscrivez-vous à notre newsletter pour recevoir chaque semaine le meilleur de l’actualité locale.',
    // A link after the arrows or in the brackets sites put around its label.
    '>> Lire aussi : Tempête Ciarán, un an après',
    '→ À lire aussi : Tempête Ciarán, un an après',
    '[LIRE AUSSI] Tempête Ciarán, un an après',
    'À LIRE',
    'Sur le même thème :',
    'SUR LE MÊME SUJET',
    // A word that ends on an accent ends the prompt.
    'Publicité',
    'Contenu sponsorisé',
    // Reading prompts, comments, a paywall, a page's rights.
    'Lire la suite',
    'Voir les commentaires',
    '12 commentaires',
    'Copier le lien',
    'Tous droits réservés',
    '© 2026 Le Quotidien de Lyon. Tous droits réservés.',
    'Copyright © 2026 Le Quotidien de Lyon',
    // A credit of the article's sources, at its end.
    'Source : ministère de la Santé',
    'Sources : Insee, Dares.',
    // A PDF's page numbers.
    'Page 2/3',
    'Page 12 sur 40',
    '- 2 -',
    '— 14 —',
    'Suivez-nous sur Facebook',
    'Cet article est réservé aux abonnés',
    'Il vous reste 80 % de l’article à lire.',
    // Credits and bylines of a newsroom.
    'Crédit : Denis Charlet / AFP',
    'Avec AFP',
    'Par la rédaction',
    'La rédaction avec AFP',
    'Rédaction Ouest-France',
    'Rédigé par Claire Martin',
    'Photo d’illustration. (AFP)',
    // A breadcrumb and a page's keywords, whatever their length.
    'Accueil > Actualités > Société > Faits divers',
    'Mots-clés : inondations, Pas-de-Calais, crue, vigilance rouge',
    // A special envoy's or a correspondent's byline, an agency alone, times relative to now.
    'De notre envoyé spécial à Kiev',
    'Envoyée spéciale à Gaza, Marie Dupont',
    'De notre correspondante à Bruxelles, Anne Martin',
    'Par Jean Dupont, envoyé spécial à Kiev',
    // An op-ed's signature with its author's role; a journalist's initials.
    'Par Hélène Garnier, présidente de l’association des usagers du rail en Auvergne',
    'J. D.',
    'J.-D. M.',
    'Source : AFP',
    'AFP',
    'Publié aujourd’hui à 08h12',
    'Il y a 2 heures',
    'Dernière mise à jour : 14 novembre 2026',
    // A press release's label, an e-mail address or a phone number on a line of their own.
    'Communiqué de presse',
    'COMMUNIQUÉ DE PRESSE',
    'gaelle.morvan@fplo-ouest.fr',
    'Tél. : 02 99 41 27 63',
    '+33 6 12 34 56 78',
  ])('leaves out "%s"', (line) => {
    expect(withoutFurniture([line, '', 'Le texte de l’article.'])).toMatchObject({ lines: ['', 'Le texte de l’article.'], furniture: [line] });
  });

  it.each([
    'Par ailleurs, le gouvernement a présenté son plan mardi.',
    'Par ailleurs le gouvernement présente son plan',
    'Par Jean, son frère, la maison fut vendue.',
    'Par Jean Dupont, la maison fut vendue.',
    '(avec AFP, qui cite la préfecture)',
    'Par 289 voix contre 250, l’Assemblée a adopté le texte.',
    'Photo : le ministre a posé devant la préfecture avec les élus du département.',
    'Lecture publique : la bibliothèque rouvre ses portes samedi.',
    'Propos recueillis par la commission, les témoignages seront publiés en mai.',
    'Le logo © de la marque a été déposé en 2019 par la société nantaise.',
    'La newsletter de la mairie : 12 000 foyers l’ont reçue mardi, selon le service de communication.',
    'Inscrivez-vous avant vendredi auprès de la mairie : les places pour la sortie sont limitées.',
    'Lire la suite de cette enquête demandera du temps aux lecteurs les plus pressés de la région.',
    'Crédit : les banques resserrent encore leurs conditions',
    'Avec AFP, Reuters a couvert le sommet.',
    'La rédaction du journal a voté une motion de défiance contre sa direction.',
    'Écrit par un inconnu, le manuscrit a été retrouvé dans une cave.',
    'À lire les comptes, la ville est en bonne santé.',
    'Accueillir les réfugiés : la mairie ouvre un gymnase.',
    'Le correspondant à Moscou du journal a été expulsé mardi.',
    'Il y a 20 ans, la ville comptait deux fois plus d’habitants.',
    'Source de tensions, la réforme divise la majorité.',
    'Page 2 du rapport, la Cour détaille les retards du chantier.',
    'Source : le ministère a confirmé. Trois maternités fermeront.',
    'Source : le ministère a confirmé mardi la fermeture de trois maternités dans le Cantal, la Creuse et la Lozère cette année',
    // A sentence of the text that opens like furniture is too long to be one.
    'Publié le mois dernier, le rapport de la Cour des comptes pointait déjà les retards du chantier et le coût de la main-d’œuvre, selon plusieurs élus de la majorité.',
  ])('keeps the text’s sentence "%s"', (line) => {
    expect(withoutFurniture([line]).lines).toEqual([line]);
  });

  it('takes the publication date, in digits or in words', () => {
    expect(withoutFurniture(['Publié le 12/03/2026 à 08h15']).published).toBe('2026-03-12');
    expect(withoutFurniture(['Publié le 3 mars 2026']).published).toBe('2026-03-03');
    // An update dates the article when no publication line does: the page says its facts as of that day.
    expect(withoutFurniture(['Mis à jour le 3 mars 2026 à 14h05']).published).toBe('2026-03-03');
    expect(withoutFurniture(['Mis à jour le 3 mars 2026 à 14h05']).publishedText).toBe('3 mars 2026');
    expect(withoutFurniture(['Publié le 1er mars 2026', 'Mis à jour le 3 mars 2026']).published).toBe('2026-03-01');
    // A month abbreviated as web pages print it; an update line in words.
    expect(withoutFurniture(['Publié le 14 nov. 2026 à 08h12'])).toMatchObject({ published: '2026-11-14', publishedText: '14 novembre 2026' });
    expect(withoutFurniture(['Dernière mise à jour : 3 mars 2026']).published).toBe('2026-03-03');
  });

  it('leaves out a press release’s contact block, to the end of the text', () => {
    const lines = ['La réunion est prévue vendredi.', '', 'Contact presse :', 'Gaëlle Morvan, chargée de communication de la FPLO', 'gaelle.morvan@fplo-ouest.fr', 'Tél. : 02 99 41 27 63'];
    expect(withoutFurniture(lines)).toMatchObject({ lines: ['La réunion est prévue vendredi.', ''], furniture: lines.slice(2) });
  });

  it('keeps the text after a "Contact :" that opens a sentence of it', () => {
    const lines = ['Contact : les équipes ont repris le dialogue lundi.', 'Le maire a salué un accord. Il sera signé vendredi.'];
    expect(withoutFurniture(lines).lines).toEqual(lines);
  });

  it('says an embedded post as a quotation of its author, dated', () => {
    const lines = ['Le texte.', '', 'Bienvenue à bord, Léa ! L’équipage est arrivé à la station.', '— ESA France (@ESA_fr) 5 mars 2026', '', 'La suite.'];
    expect(withoutFurniture(lines).lines).toEqual(['Le texte.', '', '« Bienvenue à bord, Léa ! L’équipage est arrivé à la station », a écrit ESA France sur son compte @ESA_fr, le 5 mars 2026.', '', 'La suite.']);
  });

  it('keeps the title of a box without its label', () => {
    expect(withoutFurniture(['Encadré : un parcours éclair', 'Il a rejoint le club à 15 ans.']).lines).toEqual(['Un parcours éclair', 'Il a rejoint le club à 15 ans.']);
    expect(withoutFurniture(['ENCADRÉ', 'Il a rejoint le club à 15 ans.'])).toMatchObject({ lines: ['Il a rejoint le club à 15 ans.'], furniture: ['ENCADRÉ'] });
    expect(withoutFurniture(['Chapô : le club a recruté un nouvel entraîneur.']).lines).toEqual(['Le club a recruté un nouvel entraîneur.']);
  });

  it('puts each footnote in brackets in the sentence that calls it, and takes the markers out', () => {
    const lines = [
      'Le conseil a condamné la plateforme [1]. Il cite la Cour de cassation [2].',
      '',
      '[1] Jugement du conseil de prud’hommes de Lyon, 5 mars 2026.',
      '[2] Cour de cassation, chambre sociale, 4 mars 2020.',
      '[3] Directive (UE) 2024/2831 du 23 octobre 2024.',
    ];
    expect(withoutFurniture(lines).lines).toEqual([
      'Le conseil a condamné la plateforme (jugement du conseil de prud’hommes de Lyon, 5 mars 2026). Il cite la Cour de cassation (Cour de cassation, chambre sociale, 4 mars 2020).',
      '',
      // A note no sentence calls stays a paragraph, without its number.
      'Directive (UE) 2024/2831 du 23 octobre 2024.',
    ]);
    // Without notes, a bracketed figure is the text's.
    expect(withoutFurniture(['Il cite l’article [2] du règlement.']).lines).toEqual(['Il cite l’article [2] du règlement.']);
  });
});

describe('withoutFurniture keeps', () => {
  it('the text of a box line that a label does not open', () => {
    expect(withoutFurniture(['Encadrés par leurs moniteurs, les enfants ont visité le musée.']).lines).toEqual(['Encadrés par leurs moniteurs, les enfants ont visité le musée.']);
  });

  it('says the publication date in words, as a wire’s dateline is said', () => {
    expect(withoutFurniture(['Publié le 12/03/2026 à 08h15']).publishedText).toBe('12 mars 2026');
    expect(withoutFurniture(['Publié le 03 mars 2026']).publishedText).toBe('3 mars 2026');
    expect(withoutFurniture(['Publié le 01/03/2026 à 08h15']).publishedText).toBe('1er mars 2026');
    expect(withoutFurniture(['Publié le 1er mars 2026']).publishedText).toBe('1er mars 2026');
    expect(withoutFurniture(['Publié le 31/02/2026']).publishedText).toBeUndefined();
  });
});

describe('parseSource on a page copied from a news site', () => {
  const page = [
    'Inflation : les prix alimentaires reculent pour la première fois depuis 2021',
    'Par Julie Marchand',
    'Publié le 12/03/2026 à 08h15 - Mis à jour le 12/03/2026 à 11h02',
    '',
    'Les prix des produits alimentaires ont baissé de 0,4 % sur un an en février, selon l’Insee.',
    '',
    'Lire aussi : Pouvoir d’achat : ce qui change au 1er mars',
    '',
    'Cette baisse concerne surtout les produits frais, dont les prix chutent de 3,1 % sur un an.',
  ].join('\n');

  it('reads the headline, the text and the date, without the furniture', () => {
    const source = parseSource(page);
    expect(source.title).toBe('Inflation : les prix alimentaires reculent pour la première fois depuis 2021');
    expect(source.subheadings).toEqual([]);
    expect(source.paragraphs).toEqual([
      'Les prix des produits alimentaires ont baissé de 0,4 % sur un an en février, selon l’Insee.',
      'Cette baisse concerne surtout les produits frais, dont les prix chutent de 3,1 % sur un an.',
    ]);
    expect(source.dateline).toBe('2026-03-12');
    // The lead says it: "Ces informations datent du 12 mars 2026."
    expect(source.datelineText).toBe('12 mars 2026');
    expect(source.furniture).toHaveLength(3);
  });
});
