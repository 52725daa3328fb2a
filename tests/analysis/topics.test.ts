import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPIC_INDEX_PATH, groupByTopic, labelsFor, savedTopicIndex, topicScore, type Topic } from '../../src/analysis/topics.js';
import { splitSentences } from '../../src/analysis/sentences.js';

const topic: Topic = { id: 'test', keywords: ['investisseur', 'hôpital', 'spéculat*', 'santé publique'], headings: [] };

describe('the topic keywords\' index', () => {
  it('is saved by the build as the lexicon makes it', () => {
    // npm test builds first (pretest): the index a cold start reads is the lexicon's own, participles' é kept.
    const saved = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', TOPIC_INDEX_PATH), 'utf8')) as ReturnType<typeof savedTopicIndex>;
    expect(saved).toEqual(JSON.parse(JSON.stringify(savedTopicIndex())));
    expect(saved.keywords).toBeGreaterThan(1000);
  });
});

describe('topicScore', () => {
  it.each([
    ['Un investisseur arrive.', 1],
    ['Les investisseurs sont inquiets.', 1],
    ['L’afflux d’investisseurs rassure.', 1],
    ['Les hôpitaux sont pleins.', 1],
    ['La spéculation et les spéculateurs.', 2],
    ['La santé publique est en jeu.', 2],
    ['La santé des marchés.', 0],
    ['Le temps est beau.', 0],
  ])('%s → %i', (text, score) => {
    expect(topicScore(text, topic)).toBe(score);
  });

  // Folding drops accents, but a participle's é is not an e: "livré" is not "livre", nor "marché" "marche".
  const books: Topic = { id: 'books', keywords: ['livre', 'marche', 'marché', 'publié'], headings: [] };
  it.each([
    ['Le livre est paru.', 1],
    ['Les livres sont parus.', 1],
    ['Airbus a livré 766 avions.', 0],
    // A currency after a figure is money, not a book.
    ['La toile a été vendue 38,6 millions de livres sterling.', 0],
    ['Le total atteint 212 millions de livres, contre 164 millions de livres.', 0],
    ['Les avions livrés et les commandes livrées.', 0],
    ['La marche est bonne pour le cœur.', 1],
    ['Le marché a chuté.', 1],
    ['Les marchés et la marche.', 2],
    ['Un roman publié, des romans publiés.', 2],
    ['L’auteur d’un livre, l’été.', 1],
  ])('%s → %i (participle endings kept)', (text, score) => {
    expect(topicScore(text, books)).toBe(score);
  });
});

const BOURSE = 'La Bourse de Paris a terminé la séance en nette hausse mardi. Les investisseurs ont salué les résultats trimestriels des grandes valeurs. L’indice phare a gagné deux points à la clôture, porté par les valeurs bancaires. Les analystes restent toutefois prudents face à la volatilité des marchés et aux craintes des courtiers sur les dividendes.';
const FOOT = 'Le club lyonnais a remporté le match de championnat dimanche soir dans son stade. L’entraîneur a salué la victoire de ses joueurs devant des supporters ravis. Le buteur a inscrit deux buts en première mi-temps. La finale de la coupe se jouera le mois prochain face à un adversaire redoutable du tournoi.';
const BOURSE_2 = BOURSE.replace('mardi', 'mercredi').replace('deux points', 'trois points');

const sentencesOf = (paragraphs: string[], subheadings: { paragraph: number; text: string }[] = []) =>
  splitSentences({ bullets: [], paragraphs, subheadings, text: '' });

describe('actor words', () => {
  const politics: Topic = { id: 'politics', keywords: ['député'], actors: ['ministère', 'préfecture'], headings: [] };
  it.each([
    ['Le député vote.', 1],
    ['Le ministère recommande de se couvrir.', 0.5],
    // The health ministry and the prefectures of a cold spell are one topic word together, too little for a section of their own.
    ['Le ministère de la Santé recommande de se couvrir ; plusieurs préfectures ont ouvert des places d’hébergement.', 1],
  ])('%s → %d', (text, score) => {
    expect(topicScore(text, politics)).toBe(score);
  });
});

describe('groupByTopic', () => {
  it('gives two groups for two clearly different paragraphs', () => {
    const groups = groupByTopic(sentencesOf([BOURSE, FOOT]), { subheadings: [] });
    expect(groups.map((g) => [g.topic, g.sentences.map((s) => s.paragraph)])).toEqual([
      ['marches', [0, 0, 0, 0]],
      ['competition', [1, 1, 1, 1]],
    ]);
    expect(groups[0]!.headings.length).toBeGreaterThan(0);
  });

  it('cuts no numbered list, whose items speak of other topics, from the sentence that opens it', () => {
    const paragraphs = [BOURSE, 'Les analystes retiennent trois signaux :', '1. Les investisseurs ont acheté des actions bancaires.', `2. ${FOOT.split('. ')[0]}.`, `3. ${FOOT.split('. ')[2]}.`, FOOT];
    const groups = groupByTopic(sentencesOf(paragraphs), { subheadings: [] });
    const withList = groups.find((g) => g.sentences.some((s) => s.paragraph === 1))!;
    expect(withList.sentences.map((s) => s.paragraph)).toEqual(expect.arrayContaining([1, 2, 3, 4]));
  });

  it('keeps every body sentence once, in order', () => {
    const sentences = sentencesOf([BOURSE, FOOT]);
    const grouped = groupByTopic(sentences, { subheadings: [] }).flatMap((g) => g.sentences.map((s) => s.id));
    expect(grouped).toEqual(sentences.map((s) => s.id));
  });

  it('heads a product recall as consumer news, not farming, though it speaks of milk and cheese', () => {
    const recall = 'Plusieurs lots de fromages au lait cru font l’objet d’un rappel en raison d’une contamination. Ils ont été vendus en grande distribution. Les consommateurs sont invités à les rapporter au point de vente, où ils seront remboursés.';
    expect(groupByTopic(sentencesOf([recall]), { subheadings: [] }).map((g) => g.topic)).toEqual(['consommation']);
  });

  it('heads a sailing race as sport, not business, though its skippers are "concurrents"', () => {
    const race = 'Le skipper a remporté jeudi le tour du monde à la voile en solitaire, à bord de son monocoque. Parti avec 40 autres concurrents, le navigateur avait pris la tête de la course dans l’océan Indien. Trente-deux concurrents sont encore en course.';
    expect(groupByTopic(sentencesOf([race]), { subheadings: [] }).map((g) => g.topic)).toEqual(['athletes']);
  });

  it('heads a restaurant guide as gastronomy, not space, though it speaks of stars', () => {
    const guide = 'Le chef a décroché lundi la troisième étoile du guide pour son restaurant, une table étoilée depuis 2018. Sa cuisine, centrée sur les coquillages, avait obtenu une première étoile. Le menu dégustation est proposé à 245 euros.';
    expect(groupByTopic(sentencesOf([guide]), { subheadings: [] }).map((g) => g.topic)).toEqual(['gastronomie']);
  });

  it('heads university admissions as education, not an election, though its applicants are "candidats"', () => {
    const wishes = 'Les candidats ont formulé en moyenne 13 vœux, contre 12 l’an dernier. Les formations les plus demandées restent les licences de droit ainsi que les instituts de formation en soins infirmiers, qui ont reçu 690 000 vœux.';
    const selection = 'La sélectivité varie fortement selon les filières. Dans les classes préparatoires les plus demandées, le taux d’accès ne dépasse pas 8 %.';
    expect(groupByTopic(sentencesOf([wishes, selection]), { subheadings: [] }).map((g) => g.topic)).toEqual(['education']);
  });

  it('heads television audiences as media, not security, though one programme is a "série policière"', () => {
    const audiences = 'Face à elle, TF1 proposait un épisode inédit de sa série policière. Le programme a attiré 3,6 millions de téléspectateurs, selon Médiamétrie. France 2 complète le podium avec son magazine.';
    expect(groupByTopic(sentencesOf([audiences]), { subheadings: [] }).map((g) => g.topic)).toEqual(['medias']);
  });

  it('keeps two paragraphs on the same topic together', () => {
    expect(groupByTopic(sentencesOf([BOURSE, BOURSE_2]), { subheadings: [] })).toHaveLength(1);
  });

  // BUG: mergeShortRuns joins neighbouring runs of the same topic, so the source's subheading is lost.
  it('breaks at a source subheading even between paragraphs on the same topic', () => {
    const subheadings = [{ paragraph: 1, text: 'La séance de mercredi' }];
    const groups = groupByTopic(sentencesOf([BOURSE, BOURSE_2], subheadings), { subheadings });
    expect(groups.map((g) => [...new Set(g.sentences.map((s) => s.paragraph))])).toEqual([[0], [1]]);
  });
});

describe('keywords side by side name one thing', () => {
  const web: Topic = { id: 'web', keywords: ['plateforme', 'en ligne'], headings: [] };
  const school: Topic = { id: 'school', keywords: ['école', 'primaire', 'élève'], headings: [] };
  it.each([
    // A retailer's "concurrence des plateformes en ligne" is one mention of the web, weighing as "en ligne".
    ['La concurrence des plateformes en ligne.', 2, web],
    ['Les plateformes et les sites en ligne.', 3, web],
    // "école primaire" is a school, one keyword: no election's "primaire" beside it.
    ['Une école primaire de Cluses.', 1, school],
    ['Une école primaire, où un élève revenait.', 2, school],
  ])('%s → %d', (text, score, topic) => {
    expect(topicScore(text, topic)).toBe(score);
  });
});

describe('groupByTopic: a section needs two distinct keywords of its topic', () => {
  // "tribunal" twice and nothing else of justice: too little to open a section (a retailer's hearing, a stock market's).
  const TRIBUNAL = 'Le tribunal de commerce de Paris examinera la semaine prochaine la demande déposée par plusieurs petits porteurs, qui réclament des explications détaillées sur la gestion de la société depuis le début de l’année. Leur représentant estime que le tribunal rendra sa décision avant la fin du mois prochain, selon les informations recueillies.';
  it('keeps a paragraph that repeats one keyword with the section before', () => {
    const groups = groupByTopic(sentencesOf([BOURSE, TRIBUNAL]), { subheadings: [] });
    expect(groups.map((g) => g.topic)).toEqual(['marches']);
  });
  it('opens a section where two keywords of the topic say it', () => {
    const groups = groupByTopic(sentencesOf([BOURSE, TRIBUNAL.replace('Leur représentant', 'Leur avocat')]), { subheadings: [] });
    expect(groups.map((g) => g.topic)).toEqual(['marches', 'justice']);
  });
});

describe('groupByTopic: a heading names only a topic its section says', () => {
  const lexicon = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'lexicon', 'topics.json'), 'utf8')) as { topics: Topic[] }).topics;
  const byId = (id: string): Topic => lexicon.find((t) => t.id === id)!;
  const VILLAGE = [
    'Les habitants du village se sont retrouvés samedi sur la place pour partager un repas préparé par plusieurs familles.',
    'Chacun avait apporté une chaise, une nappe et quelques souvenirs de leur jeunesse.',
    'La soirée s’est prolongée tard dans la nuit, au son des conversations et des rires, sous un ciel dégagé.',
  ];
  const topicsOf = (paragraphs: string[], subheadings: { paragraph: number; text: string }[] = []) => groupByTopic(sentencesOf(paragraphs, subheadings), { subheadings }).map((g) => g.topic);

  it('gives no topic to a section whose only topic words are in one of its sentences (a game review\'s soundtrack is no music section)', () => {
    const review = `${VILLAGE[0]} La bande originale, composée par la musicienne Anaïs Kervella, a été enregistrée avec l’orchestre de la région. ${VILLAGE[2]}`;
    expect(topicsOf([review])).toEqual(['general']);
  });

  it('counts keywords of one family once ("enquête" and "enquêteurs" are one word of security, too little to head a section)', () => {
    const inquiry = `L’enquête avait été ouverte en 2021 après un signalement de la chambre régionale. Les enquêteurs avaient ensuite mis au jour des séjours offerts. ${VILLAGE[1]}`;
    expect(topicsOf([inquiry])).toEqual(['general']);
  });

  it('asks a long section for its topic in a quarter of its sentences (a pope\'s visit that closes streets is no transport section)', () => {
    // Nine short sentences (too few words to be cut in two), two of them on traffic.
    const visit = ['Le pape arrive samedi.', 'Il rencontrera les fidèles.', 'La circulation sera interdite dans le centre-ville.', 'Une messe est prévue le soir.', 'Des navettes relieront les parkings au sanctuaire.', 'Les chants dureront une heure.', 'Le pape repartira dimanche.', 'Les commerçants attendent la foule.', 'Les hôtels sont complets.'].join(' ');
    expect(topicsOf([visit])).toEqual(['general']);
    // The same two sentences in a short section are two of its four: they say its topic.
    expect(topicsOf([`${VILLAGE[0]} La circulation sera interdite dans le centre-ville samedi. Des navettes gratuites relieront les parkings au sanctuaire. ${VILLAGE[1]}`])).toEqual(['transports']);
  });

  it('lets no section keep a topic its own sentences do not say (the whole text\'s first topic is no heading for a paragraph without its words)', () => {
    const subheadings = [{ paragraph: 1, text: 'Le match' }];
    expect(topicsOf([VILLAGE.join(' '), FOOT], subheadings)).toEqual(['general', 'competition']);
  });

  it('lets the text\'s main topic, in many words, head a section that says it in one sentence', () => {
    const subheadings = [{ paragraph: 1, text: 'La soirée' }];
    const evening = `${VILLAGE[0]} Le club avait diffusé le match sur un écran géant. ${VILLAGE[2]}`;
    expect(topicsOf([FOOT, evening], subheadings)).toEqual(['competition', 'competition']);
  });

  it('gives no topic to a section that says two topics as much (a heading naming one would hide the other)', () => {
    const both = 'Le club a remporté le match dimanche. L’entraîneur vise le championnat. Le tribunal a entendu l’avocat du joueur. Le jugement sera rendu après une nouvelle audience.';
    expect(topicsOf([both])).toEqual(['general']);
    expect(topicsOf([both.replace('Le jugement sera rendu après une nouvelle audience.', 'Le jugement sera rendu plus tard.')])).toEqual(['competition']);
  });

  it('reads no topic in a magnitude ("milliard" says an amount, in any domain)', () => {
    expect(topicScore('Le texte prévoit une enveloppe de 4,5 milliards d’euros.', byId('financement'))).toBe(1);
    expect(topicScore('Le déficit atteint 12 milliards d’euros.', byId('budget'))).toBe(1);
  });

  it('weighs the police and the hospital as actors, whom any story may name (a rescue by a gendarmerie helicopter is no security section)', () => {
    expect(topicScore('L’hélicoptère de la gendarmerie a pu décoller ; les policiers ont bouclé la route.', byId('securite'))).toBe(1);
    expect(topicScore('Les rescapés ont été transportés au centre hospitalier de Brest.', byId('sante'))).toBe(0.5);
    // The presidency and the prime minister's seat are places any story may name (accords signed at the Élysée).
    expect(topicScore('Une vingtaine d’accords doivent être signés jeudi à l’Élysée, puis à Matignon.', byId('gouvernement'))).toBe(1);
  });

  it('heads the environment at large as environment, not climate', () => {
    const text = 'La défense de l’environnement mobilise les associations écologistes depuis des années. Elles saluent une décision écologique et réclament un suivi environnemental des terres données.';
    const [group] = groupByTopic(sentencesOf([text]), { subheadings: [] });
    expect(group!.headings.join(' ')).toMatch(/environnement/u);
    expect(group!.headings.join(' ')).not.toMatch(/climat/u);
  });

  it('heads companies\' news with no narrower domain than companies ("industriel" for a start-up\'s results)', () => {
    expect(byId('entreprises').headings.join(' ')).not.toMatch(/industri/u);
  });

  it('heads finance at large (banks, funds, credit) with no narrower domain than finance ("La question du financement" for regulators)', () => {
    expect(byId('financement').headings.join(' ')).not.toMatch(/financement/u);
  });
});

describe('labelsFor: a label heads a section whose own sentences say its topic', () => {
  const VOTE = [
    'Le Parlement européen a adopté mercredi le règlement, qui prévoit de lourdes amendes.',
    'Le texte a recueilli 512 voix pour et 88 contre.',
    'Les systèmes utilisés par la justice devront respecter des obligations.',
  ];
  it('gives the labels of the group\'s topic to the sentences that say it', () => {
    const [group] = groupByTopic(sentencesOf([VOTE.join(' ')]), { subheadings: [] });
    expect(group!.topic).toBe('justice');
    expect(labelsFor(group!, group!.sentences).labels).toEqual(group!.headings);
  });

  it('gives none to a section whose sentences the lead took the topic\'s words from ("amende" in the lead, "justice" in a list)', () => {
    const [group] = groupByTopic(sentencesOf([VOTE.join(' ')]), { subheadings: [] });
    expect(labelsFor(group!, group!.sentences.slice(1))).toEqual({ labels: [] });
  });

  it('keeps the labels of the story\'s main topic for a section that says nothing of its own (they come after its phrases)', () => {
    const chairs = 'Chacun avait apporté une chaise, une nappe et quelques souvenirs de leur jeunesse.';
    const [group] = groupByTopic(sentencesOf([`${FOOT} ${chairs}`]), { subheadings: [] });
    expect(group!.topic).toBe('competition');
    const quiet = group!.sentences.filter((s) => s.text === chairs);
    expect(labelsFor(group!, quiet)).toEqual({ labels: [], loose: group!.headings });
    // A topic that is not the story's main one gives none.
    const [vote] = groupByTopic(sentencesOf([`${VOTE.join(' ')} ${chairs}`]), { subheadings: [] });
    expect(vote!.topic).toBe('justice');
    expect(labelsFor(vote!, vote!.sentences.filter((s) => s.text === chairs))).toEqual({ labels: [] });
  });
});

describe('labelsFor: a vague topic\'s labels ("Les faits") come after what the section names', () => {
  it('gives them as a last resort, as the main topic\'s that a section does not say', () => {
    const storm = 'La tempête a provoqué des inondations et des glissements de terrain dans la région. Les intempéries ont fait deux victimes et des centaines de sinistrés. Les secours ont évacué des habitants après le séisme.';
    const [group] = groupByTopic(sentencesOf([storm]), { subheadings: [] });
    expect(group!.topic).toBe('catastrophes');
    expect(labelsFor(group!, group!.sentences)).toEqual({ labels: [], loose: group!.headings });
  });
});
