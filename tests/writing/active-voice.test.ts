import { describe, expect, it } from 'vitest';
import { activeVoice, toActiveVoice } from '../../src/writing/active-voice.js';
import { holdsVerb, parsePassive, activeVoiceLexicon } from '../../src/writing/passive-clause.js';
import { isPassiveSentence } from '../../src/seo/assessments/text/passive.js';

/** Each case is a passive sentence, its active form, and the rule that makes it. */
function expectActive(passive: string, active: string, rule: string): void {
  expect(isPassiveSentence(passive)).toBe(true);
  expect(activeVoice(passive)).toEqual({ text: active, rule });
  expect(isPassiveSentence(active)).toBe(false);
}

describe('rule active-voice: a compound tense with its agent', () => {
  it.each([
    ['La décision a été prise par le président Macron lors du sommet de Sandhurst.', 'Le président Macron a pris la décision lors du sommet de Sandhurst.'],
    ['L’œuvre du XIᵉ siècle n’a jamais été prêtée par la France.', 'La France n’a jamais prêté l’œuvre du XIᵉ siècle.'],
    ['Les vaccins ont été achetés par les autorités philippines en 2015.', 'Les autorités philippines ont acheté les vaccins en 2015.'],
    ['Les sites ont été repris par Google.', 'Google a repris les sites.'],
    ['Le projet a été validé par Paris et Berlin.', 'Paris et Berlin ont validé le projet.'],
    ['Le texte avait été voté par le président de la République le 3 mai.', 'Le président de la République avait voté le texte le 3 mai.'],
    ['Le site a été racheté par l’Agence de l’eau en 2015.', 'L’Agence de l’eau a racheté le site en 2015.'],
    ['La lettre a été écrite par la ministre.', 'La ministre a écrit la lettre.'],
    ['Cette usine aurait été vendue par le groupe.', 'Le groupe aurait vendu cette usine.'],
    ['Elle n’a jamais auparavant été prêtée par la France.', 'La France ne l’a jamais auparavant prêtée.'],
    ['Il a été racheté par Google en 2014.', 'Google l’a racheté en 2014.'],
    // A detached part that opens on a determiner or a reporting verb keeps its sense after the object.
    ['La décision a été prise par le président lors d’une rencontre à Sandhurst, le 35e sommet franco-britannique.', 'Le président a pris la décision lors d’une rencontre à Sandhurst, le 35e sommet franco-britannique.'],
    ['Ils ont été arrêtés par la police.', 'La police les a arrêtés.'],
    // A purpose after the agent is the agent's in either voice.
    ['Une enquête a été ouverte par le parquet de Narbonne afin de déterminer son origine.', 'Le parquet de Narbonne a ouvert une enquête afin de déterminer son origine.'],
    ['Le texte a été largement approuvé par les députés de la majorité.', 'Les députés de la majorité ont largement approuvé le texte.'],
    ['La loi a déjà été définitivement adoptée par le Parlement.', 'Le Parlement a déjà définitivement adopté la loi.'],
    // A follower at the very end stays after the object; the agent does not take it in.
    ['Le texte a été adopté par le Sénat mardi.', 'Le Sénat a adopté le texte mardi.'],
    ['Lors du sommet, un accord a été signé par les deux pays.', 'Lors du sommet, les deux pays ont signé un accord.'],
    ['Quatorze blessés ont été recensés par la sécurité civile.', 'La sécurité civile a recensé quatorze blessés.'],
    // An apposition goes with its noun; at the end of the sentence no comma closes it.
    ['Le vaccin, fabriqué à Lyon, a été acheté par les autorités.', 'Les autorités ont acheté le vaccin, fabriqué à Lyon.'],
    // An agent may open on a number; a weekday between the participle and the agent goes after the object.
    ['Une bijouterie du centre de Nantes a été braquée mardi soir par trois hommes armés.', 'Trois hommes armés ont braqué une bijouterie du centre de Nantes mardi soir.'],
    ['Le bâtiment a été visité par plusieurs experts à Lyon.', 'Plusieurs experts ont visité le bâtiment à Lyon.'],
    ['Le texte a été adopté mardi par les députés.', 'Les députés ont adopté le texte mardi.'],
    // "dont" and a plain phrase is a part of the subject: it follows it as the object.
    ['Quatorze blessés, dont trois graves, ont été recensés par la sécurité civile.', 'La sécurité civile a recensé quatorze blessés, dont trois graves.'],
    // An hour, after a weekday or alone, goes after the object as the weekday does.
    ['L’alerte a été donnée vers 3 h 40 par un passager qui a appelé les secours depuis son téléphone.', 'Un passager qui a appelé les secours depuis son téléphone a donné l’alerte vers 3 h 40.'],
    ['Enfin, l’alerte a été donnée lundi vers 21 heures par l’un des deux grimpeurs.', 'Enfin, l’un des deux grimpeurs a donné l’alerte lundi vers 21 heures.'],
    ['L’alerte a été donnée vers 2h15 par un voisin.', 'Un voisin a donné l’alerte vers 2h15.'],
    // An adverb of manner before the agent goes after the object with the time.
    ['Le texte a été adopté unanimement par les députés.', 'Les députés ont adopté le texte unanimement.'],
    ['Le maire a été reçu officiellement mardi par le président.', 'Le président a reçu le maire officiellement mardi.'],
    // A complement between the participle and an agent that names who acts (a name, a role) goes after the object.
    ['Le chantier a été financé à 60 % par l’État.', 'L’État a financé le chantier à 60 %.'],
    ['Le Français Mathis Kanté a été sélectionné jeudi soir en troisième position de la draft de la NBA par les Charlotte Hornets.', 'Les Charlotte Hornets ont sélectionné le Français Mathis Kanté jeudi soir en troisième position de la draft de la NBA.'],
    ['Le suspect a été placé en garde à vue par les enquêteurs.', 'Les enquêteurs ont placé le suspect en garde à vue.'],
    // A detached phrase of time after the agent cannot describe it: it follows the object.
    ['Le joueur a été sélectionné par les Charlotte Hornets, lors de la cérémonie organisée à Brooklyn.', 'Les Charlotte Hornets ont sélectionné le joueur, lors de la cérémonie organisée à Brooklyn.'],
    // A fronted phrase of time stays in front.
    ['Ces dernières années, plusieurs hôpitaux français ont été visés par des attaques similaires.', 'Ces dernières années, des attaques similaires ont visé plusieurs hôpitaux français.'],
  ])('%s', (passive, active) => expectActive(passive, active, 'active-voice'));
});

describe('rule active-voice-present: the present or imperfect with its agent', () => {
  it.each([
    ['Près de la moitié de la population mondiale est menacée par cette maladie qui se transmet par le moustique Aedes.', 'Cette maladie qui se transmet par le moustique Aedes menace près de la moitié de la population mondiale.'],
    ['Le vaccin est produit par Sanofi à Lyon.', 'Sanofi produit le vaccin à Lyon.'],
    ['La maladie est transmise par les moustiques.', 'Les moustiques transmettent la maladie.'],
    ['Le site est détenu par l’État depuis 1950.', 'L’État détient le site depuis 1950.'],
    ['L’usine est visitée par des milliers de touristes chaque année.', 'Des milliers de touristes visitent l’usine chaque année.'],
    ['La société était dirigée par son fondateur.', 'Son fondateur dirigeait la société.'],
    ['La ville était menacée par les eaux.', 'Les eaux menaçaient la ville.'],
    ['Le projet n’est pas financé par l’Union européenne.', 'L’Union européenne ne finance pas le projet.'],
    ['Le dossier n’est plus examiné par la commission.', 'La commission n’examine plus le dossier.'],
    ['Elle est menacée par la montée des eaux.', 'La montée des eaux la menace.'],
    ['Elle est entourée par des collines.', 'Des collines l’entourent.'],
    ['Ils ne sont pas soutenus par le gouvernement.', 'Le gouvernement ne les soutient pas.'],
  ])('%s', (passive, active) => expectActive(passive, active, 'active-voice-present'));
});

describe('rule active-voice-on: a compound tense without agent', () => {
  it.each([
    ['Dans le cas des Philippines, chaque injection a été achetée à Sanofi Pasteur à 20 euros.', 'Dans le cas des Philippines, on a acheté chaque injection à Sanofi Pasteur à 20 euros.'],
    ['Le vaccin n’a pas été vendu en Europe.', 'On n’a pas vendu le vaccin en Europe.'],
    ['L’exposition a déjà été vue à Milan et à Londres.', 'On a déjà vu l’exposition à Milan et à Londres.'],
    ['Le projet avait été annoncé en 2019.', 'On avait annoncé le projet en 2019.'],
    ['Aucun vaccin n’a été vendu en Europe.', 'On n’a vendu aucun vaccin en Europe.'],
    ['Les deux hommes ont été condamnés à cinq ans de prison.', 'On a condamné les deux hommes à cinq ans de prison.'],
    // Finding, reaching, warning: actions people do.
    ['Le foyer initial a été identifié dans une école primaire de Cluses.', 'On a identifié le foyer initial dans une école primaire de Cluses.'],
    ['Les familles ont été contactées dès lundi.', 'On a contacté les familles dès lundi.'],
    // A relative clause that ends the rest stays after its noun; a passive one keeps the sentence as it is.
    ['Le foyer initial a été identifié dans une école de Cluses, où un élève non vacciné revenait d’un séjour à l’étranger.', 'On a identifié le foyer initial dans une école de Cluses, où un élève non vacciné revenait d’un séjour à l’étranger.'],
    ['Au total, 300 personnes ont été arrêtées.', 'Au total, on a arrêté 300 personnes.'],
    ['Hier, le suspect a été interpellé à Paris.', 'Hier, on a interpellé le suspect à Paris.'],
    // An agent further on that a participle after its noun takes is not the sentence's.
    ['Deux suspects ont été interpellés mercredi à l’aube, lors d’une opération menée par une quarantaine de policiers.', 'On a interpellé deux suspects mercredi à l’aube, lors d’une opération menée par une quarantaine de policiers.'],
    // An apposition that opens on "âgé" follows the subject as a participle's does.
    ['Deux suspects, âgés de 24 et 31 ans, ont été interpellés mercredi à Saint-Herblain.', 'On a interpellé deux suspects, âgés de 24 et 31 ans, mercredi à Saint-Herblain.'],
    ['Selon l’OMS, une transmission locale a été rapportée en France.', 'Selon l’OMS, on a rapporté une transmission locale en France.'],
    // A pronoun subject becomes an object pronoun before the auxiliary; the participle keeps its agreement.
    ['Elle a été achetée à Sanofi Pasteur.', 'On l’a achetée à Sanofi Pasteur.'],
    ['Elles n’ont jamais été vendues.', 'On ne les a jamais vendues.'],
    ['Elle a été élue maire en 2014.', 'On l’a élue maire en 2014.'],
    ['Le vaccin, fabriqué à Lyon, a été vendu au Brésil.', 'On a vendu le vaccin, fabriqué à Lyon, au Brésil.'],
    ['Plus de 2 300 pompiers ont été mobilisés pendant la nuit.', 'On a mobilisé plus de 2 300 pompiers pendant la nuit.'],
    ['Des dizaines de maisons ont été évacuées dans la nuit.', 'On a évacué des dizaines de maisons dans la nuit.'],
    ['En 2015, le vaccin, fabriqué à Lyon, a été vendu.', 'En 2015, on a vendu le vaccin, fabriqué à Lyon.'],
    ['Une partie des bijoux, dont une dizaine de montres, a été retrouvée à leur domicile.', 'On a retrouvé une partie des bijoux, dont une dizaine de montres, à leur domicile.'],
    // ", dont …" right after the participle counts among the subject what then counts among the object.
    ['Onze malades ont été hospitalisés, dont deux nourrissons de moins d’un an.', 'On a hospitalisé onze malades, dont deux nourrissons de moins d’un an.'],
    // A phrase with "par" that says why is no agent; a second participle of the subject after "et" takes an
    // object pronoun, which it agrees with as the first participle did.
    ['Environ 1 200 habitants de trois communes ont été évacués par précaution et accueillis dans des gymnases à Lézignan-Corbières.', 'On a évacué environ 1 200 habitants de trois communes par précaution et on les a accueillis dans des gymnases à Lézignan-Corbières.'],
    ['La salle a été fermée et rénovée en 2020.', 'On a fermé la salle et on l’a rénovée en 2020.'],
    ['Le suspect a été interpellé et mis en examen.', 'On a interpellé le suspect et on l’a mis en examen.'],
    // A subject may open on a numeral of several words, or be a part "d’entre eux".
    ['Soixante-trois autres passagers de l’embarcation ont été secourus au large de Wimereux.', 'On a secouru soixante-trois autres passagers de l’embarcation au large de Wimereux.'],
    ['Huit d’entre eux ont été transportés au centre hospitalier, dont deux dans un état jugé sérieux.', 'On a transporté huit d’entre eux au centre hospitalier, dont deux dans un état jugé sérieux.'],
    ['Au total, 96 sapeurs-pompiers et une vingtaine de véhicules ont été engagés.', 'Au total, on a engagé 96 sapeurs-pompiers et une vingtaine de véhicules.'],
    // Adverbs may open an apposition before its participle; a locution stays with its verb, before the object.
    ['Les treize autres, plus légèrement atteints, ont été pris en charge dans les hôpitaux de Libourne.', 'On a pris en charge les treize autres, plus légèrement atteints, dans les hôpitaux de Libourne.'],
    ['Des bus de substitution ont été mis en place.', 'On a mis en place des bus de substitution.'],
    // An apposition may also be a name, a present participle the Lefff knows as no noun, or "d’une" and its noun.
    ['L’ancien maire de Saint-Martin, M. Gérard Vallon, a été condamné à cinq ans de prison.', 'On a condamné l’ancien maire de Saint-Martin, M. Gérard Vallon, à cinq ans de prison.'],
    ['Les rescapés, souffrant d’hypothermie, ont été transportés au centre hospitalier de Brest.', 'On a transporté les rescapés, souffrant d’hypothermie, au centre hospitalier de Brest.'],
    ['Le réacteur, d’une puissance de 1 330 mégawatts, avait été mis à l’arrêt le 3 septembre 2025.', 'On avait mis à l’arrêt le réacteur, d’une puissance de 1 330 mégawatts, le 3 septembre 2025.'],
    // "dernière", "dernier" open on the letters of "de" but are no infinitive after it.
    ['Les échafaudages ont été démontés la semaine dernière.', 'On a démonté les échafaudages la semaine dernière.'],
    ['Le suspect a été interpellé le mois dernier à Lyon.', 'On a interpellé le suspect le mois dernier à Lyon.'],
    // Someone entrusts: "confier" is an action people do.
    ['Les investigations ont été confiées à l’Office anticybercriminalité.', 'On a confié les investigations à l’Office anticybercriminalité.'],
    // A locution of time between the auxiliary and the participle stays before the participle.
    ['Aucune demande de rançon n’a pour l’instant été reçue.', 'On n’a pour l’instant reçu aucune demande de rançon.'],
  ])('%s', (passive, active) => expectActive(passive, active, 'active-voice-on'));
});

describe('rule active-voice-on-present: the present or imperfect without agent, for verbs of actions', () => {
  it.each([
    ['Les coûts médicaux directs et indirects mondiaux liés à la dengue sont estimés à plus de 6 milliards de dollars par an.', 'On estime les coûts médicaux directs et indirects mondiaux liés à la dengue à plus de 6 milliards de dollars par an.'],
    ['Environ 400 millions de cas de dengue sont déclarés chaque année dans le monde.', 'On déclare environ 400 millions de cas de dengue chaque année dans le monde.'],
    ['Le candidat est considéré comme le favori.', 'On considère le candidat comme le favori.'],
    ['Le verdict est attendu vendredi.', 'On attend le verdict vendredi.'],
    ['La livraison est prévue pour 2025.', 'On prévoit la livraison pour 2025.'],
    ['Les dégâts étaient évalués à 2 millions d’euros.', 'On évaluait les dégâts à 2 millions d’euros.'],
    ['Selon le ministère, les dégâts sont estimés à 3 millions d’euros.', 'Selon le ministère, on estime les dégâts à 3 millions d’euros.'],
    ['Depuis 2015, le vaccin est utilisé dans quatre pays.', 'Depuis 2015, on utilise le vaccin dans quatre pays.'],
    ['Le projet n’est pas présenté comme une priorité.', 'On ne présente pas le projet comme une priorité.'],
    ['Le projet n’est plus attendu cette année.', 'On n’attend plus le projet cette année.'],
    ['Elle est estimée à 6 milliards.', 'On l’estime à 6 milliards.'],
    ['Elle est considérée comme la meilleure joueuse du monde.', 'On la considère comme la meilleure joueuse du monde.'],
    ['Ils ne sont pas déclarés.', 'On ne les déclare pas.'],
    // A quotation after the participle moves with the rest, word for word.
    ['Le prêt est présenté comme « un nouveau chapitre » des relations entre les deux pays.', 'On présente le prêt comme « un nouveau chapitre » des relations entre les deux pays.'],
    [
      'Le prêt, précédé d’importants travaux de restauration, est présenté comme « un nouveau chapitre » des relations culturelles entre les deux pays, sur fond de Brexit.',
      'On présente le prêt, précédé d’importants travaux de restauration, comme « un nouveau chapitre » des relations culturelles entre les deux pays, sur fond de Brexit.',
    ],
  ])('%s', (passive, active) => expectActive(passive, active, 'active-voice-on-present'));
});

describe('rule active-voice-future: the future or the conditional with its agent', () => {
  it.each([
    ['Le projet sera présenté par le ministre en avril.', 'Le ministre présentera le projet en avril.'],
    ['Les aides seront versées par l’État.', 'L’État versera les aides.'],
    ['Le texte serait signé par les deux pays.', 'Les deux pays signeraient le texte.'],
    ['Elle ne sera pas reprise par Google.', 'Google ne la reprendra pas.'],
    // With its agent named, any verb: the agent acts, "on" names no one.
    ['La région sera touchée par la sécheresse.', 'La sécheresse touchera la région.'],
  ])('%s', (passive, active) => expectActive(passive, active, 'active-voice-future'));
});

describe('rule active-voice-modal: a modal and a passive infinitive with its agent', () => {
  it.each([
    ['Les sites peuvent être repris par Google.', 'Google peut reprendre les sites.'],
    ['Le texte doit être voté par les députés mardi.', 'Les députés doivent voter le texte mardi.'],
    ['Il pourrait être racheté par Google.', 'Google pourrait le racheter.'],
    ['Il doit encore être approuvé formellement par le Conseil de l’Union européenne.', 'Le Conseil de l’Union européenne doit encore l’approuver formellement.'],
    // An agent of a figure after a word of quantity: the verb agrees with the figure.
    ['Le Conseil constitutionnel pourra ensuite être saisi par au moins 60 députés ou 60 sénateurs.', 'Au moins 60 députés ou 60 sénateurs pourront ensuite saisir le Conseil constitutionnel.'],
  ])('%s', (passive, active) => expectActive(passive, active, 'active-voice-modal'));

  // No sentence opens on a figure in digits: an agent that does stays.
  it('leaves an agent that opens on a figure in digits', () => {
    expect(activeVoice('Le Conseil constitutionnel pourra être saisi par 60 députés.')).toBeUndefined();
  });
});

describe('rule active-voice-on-future: the future or the conditional without agent', () => {
  it.each([
    ['Les résultats seront publiés en avril.', 'On publiera les résultats en avril.'],
    ['Les résultats complets seront publiés en avril dans la revue Nature Astronomy.', 'On publiera les résultats complets en avril dans la revue Nature Astronomy.'],
    ['Le pont serait construit en 2030.', 'On construirait le pont en 2030.'],
    ['Les deux hôpitaux seraient construits à Lyon.', 'On construirait les deux hôpitaux à Lyon.'],
    ['Le vaccin sera acheté à Sanofi.', 'On achètera le vaccin à Sanofi.'],
    ['Les aides seront versées sous la forme d’une avance.', 'On versera les aides sous la forme d’une avance.'],
    // Negation, elision, an object pronoun before the verb.
    ['Les résultats ne seront pas publiés.', 'On ne publiera pas les résultats.'],
    ['Le chantier ne sera jamais achevé.', 'On n’achèvera jamais le chantier.'],
    ['Elle sera publiée en avril.', 'On la publiera en avril.'],
    ['Elles ne seront plus vendues.', 'On ne les vendra plus.'],
    ['Elle serait achevée en 2030.', 'On l’achèverait en 2030.'],
    ['En 2027, le pont sera reconstruit.', 'En 2027, on reconstruira le pont.'],
  ])('%s', (passive, active) => expectActive(passive, active, 'active-voice-on-future'));
});

describe('rule active-voice-on-modal: a modal and a passive infinitive without agent', () => {
  it.each([
    ['Le site peut être transformé.', 'On peut transformer le site.'],
    ['L’eau peut en effet être transformée en oxygène respirable.', 'On peut en effet transformer l’eau en oxygène respirable.'],
    ['Le chantier doit être achevé en 2027.', 'On doit achever le chantier en 2027.'],
    ['Les travaux doivent être achevés en 2027.', 'On doit achever les travaux en 2027.'],
    ['La tapisserie doit être restaurée avant son départ.', 'On doit restaurer la tapisserie avant son départ.'],
    ['La délibération doit encore être transmise à la préfecture.', 'On doit encore transmettre la délibération à la préfecture.'],
    ['Les aides devraient être versées en mai.', 'On devrait verser les aides en mai.'],
    ['Le projet pourrait être abandonné.', 'On pourrait abandonner le projet.'],
    ['Le projet allait être abandonné.', 'On allait abandonner le projet.'],
    ['L’usine va être vendue.', 'On va vendre l’usine.'],
    // The negation goes around the modal, the object pronoun before the infinitive.
    ['Le chantier ne doit pas être achevé avant mai.', 'On ne doit pas achever le chantier avant mai.'],
    ['Les travaux n’allaient pas être achevés.', 'On n’allait pas achever les travaux.'],
    ['Elle peut être transformée.', 'On peut la transformer.'],
    ['Elle ne peut pas être achevée avant 2030.', 'On ne peut pas l’achever avant 2030.'],
    ['Elles pourraient être abandonnées.', 'On pourrait les abandonner.'],
  ])('%s', (passive, active) => expectActive(passive, active, 'active-voice-on-modal'));
});

describe('a passive clause reported after a verb of saying and "que"', () => {
  it.each([
    [
      'Il a annoncé l’envoi de renforts et promis que l’état de catastrophe naturelle serait examiné « dans les meilleurs délais ».',
      'Il a annoncé l’envoi de renforts et promis qu’on examinerait l’état de catastrophe naturelle « dans les meilleurs délais ».',
      'active-voice-on-future',
    ],
    ['La NASA a salué ces résultats et indiqué qu’ils seraient pris en compte dans la sélection des sites.', 'La NASA a salué ces résultats et indiqué qu’on les prendrait en compte dans la sélection des sites.', 'active-voice-on-future'],
    ['Le club a annoncé que les billets, réservés aux abonnés, seraient mis en vente mardi.', 'Le club a annoncé qu’on mettrait les billets, réservés aux abonnés, en vente mardi.', 'active-voice-on-future'],
    ['Le maire assure que le chantier ne sera pas abandonné.', 'Le maire assure qu’on n’abandonnera pas le chantier.', 'active-voice-on-future'],
    ['Le préfet a précisé que le pont devait être reconstruit.', 'Le préfet a précisé qu’on devait reconstruire le pont.', 'active-voice-on-modal'],
    ['Le maire a rappelé que le site avait été racheté en 2015.', 'Le maire a rappelé qu’on avait racheté le site en 2015.', 'active-voice-on'],
    // The agent keeps its case; "que" elides before a vowel.
    ['Il a précisé que le texte serait voté par les députés.', 'Il a précisé que les députés voteraient le texte.', 'active-voice-future'],
    ['Le club assure que le transfert sera financé par Air France.', 'Le club assure qu’Air France financera le transfert.', 'active-voice-future'],
  ])('%s', (passive, active, rule) => expectActive(passive, active, rule));

  it.each([
    ['a verb not of saying before "que"', 'Il faut que le pont soit reconstruit.'],
    ['a relative "que"', 'Le projet que le maire a annoncé sera abandonné en mai et remplacé.'],
    ['a passive before "que"', 'Il a été annoncé que le pont serait reconstruit.'],
    ['a quotation before "que"', 'Il a dit « oui » et annoncé que le pont serait reconstruit.'],
    ['a clause that is no plain passive', 'La direction assure qu’aucun site ne sera fermé et que les effectifs seront maintenus.'],
    ['a cause that is not a person', 'Le maire a indiqué que trois maisons avaient été détruites.'],
    ['an agent that opens on an h', 'Le club a annoncé que le stade serait racheté par Hydro-Québec.'],
  ])('leaves alone %s', (_, sentence) => {
    expect(toActiveVoice(sentence)).toBeUndefined();
  });
});

describe('toActiveVoice leaves alone, in the future, the conditional and after a modal', () => {
  it.each([
    // Verbs whose passive may say a state: "on" would say an act.
    ['a state (closed)', 'La ligne sera fermée jusqu’à lundi.'],
    ['a state after a modal (open)', 'Le site pourra être ouvert au public.'],
    ['a state (forbidden)', 'L’accès serait interdit aux camions.'],
    // Causes that are not persons.
    ['a cause that is not a person (killed)', 'Trois personnes pourraient être tuées.'],
    ['a cause that is not a person (touched)', 'La région sera touchée.'],
    ['a cause that is not a person, after a modal', 'La région pourrait être touchée.'],
    ['a verb not listed', 'Les trains seront assurés à 60 %.'],
    // A compound tense of a verb with "être", not a passive.
    ['a future perfect of a verb with "être"', 'Le train sera arrivé à midi.'],
    ['a past infinitive of a verb with "être" after a modal', 'Le train doit être parti à midi.'],
    // An impersonal "il", or a pronoun "il" that may be one.
    ['an impersonal "il" in the future', 'Il sera décidé de fermer l’usine.'],
    ['"il" after a modal', 'Il peut être transformé.'],
    ['an agent with "de"', 'La réunion sera suivie d’une conférence de presse.'],
    ['an object pronoun before an h', 'Elles peuvent être hébergées.'],
    ['an indefinite subject under a negation', 'Des cas ne seront pas signalés.'],
    ['a negated infinitive', 'Le site peut ne pas être transformé.'],
    ['a detached part after the agent that describes it', 'Le texte sera voté par les députés en mai, en désaccord avec le Sénat.'],
    ['a second verb', 'Les résultats seront publiés en avril et commentés en mai.'],
    ['a clause in the rest', 'Les appareils seront livrés au standard F4, qui améliore la connectivité.'],
    ['a passive in a clause after a verb not of saying', 'Le club espère que les billets seront mis en vente mardi.'],
    ['a modal with a past participle of "avoir"', 'Le site doit avoir été transformé.'],
    ['an adjective after "être"', 'Le vaccin doit être efficace.'],
  ])('%s', (_, sentence) => {
    expect(toActiveVoice(sentence)).toBeUndefined();
  });
});

describe('toActiveVoice leaves alone', () => {
  it.each([
    // "gérant" is a noun too: an apposition that opens on it is not read as a participle's.
    ['an apposition opening on a noun in -ant', 'Le beau-frère du maire, gérant de l’entreprise, a été condamné à 18 mois de prison.'],
    // States, not actions: "on" would say something else.
    ['a present passive of a state', 'Disponible depuis décembre 2015, il est autorisé dans quatre pays.'],
    ['a present passive of a state, with an adverb', 'L’Amérique est particulièrement touchée dans sa partie sud.'],
    ['a state of a closed list', 'Les écoles sont fermées depuis lundi.'],
    ['a state of place', 'La ville est située au bord de la mer.'],
    ['a present passive of a verb not listed', 'Le festival est organisé chaque année à Cannes.'],
    ['a "dont" with a verb of its own', 'Neuf pompiers, dont deux ont été hospitalisés, ont été secourus par les médecins.'],
    // "par deux fois", "par trois voix contre deux": a number that names no agent.
    ['a number of times', 'Le record a été battu par deux fois en 2015.'],
    ['a count of votes', 'Le texte a été adopté par trois voix contre deux.'],
    // An infinitive of cause, not of purpose, is the subject's: the agent would become its subject.
    ['an infinitive of cause after the agent', 'Un homme a été interpellé par la police pour avoir volé un vélo.'],
    // A second participle whose cause may be a thing, or that agrees with another subject.
    ['a second participle of a cause that is not a person', 'Trois randonneurs ont été évacués par précaution et blessés dans leur fuite.'],
    ['a second participle that agrees with another noun', 'Les habitants ont été évacués et accueillie par la mairie.'],
    ['a second participle after an agent', 'Les habitants ont été évacués par les pompiers et accueillis dans un gymnase.'],
    // Causes that are not persons.
    ['a cause that is not a person (accident)', 'Trois personnes ont été tuées dans l’accident.'],
    ['a cause that is not a person (disease)', 'La région a été touchée en 2015.'],
    ['an agent with "de"', 'La réunion a été suivie d’une conférence de presse.'],
    ['a complement with "de" after the participle', 'Le joueur a été exclu du match.'],
    // Shapes that are not plain.
    ['a quotation after an agent', 'Le texte a été qualifié par le ministre de « très bon ».'],
    // Past a complement, "par" and a thing name the way, not who acts.
    ['a way after a complement', 'Une déviation de 27 kilomètres est mise en place pour les poids lourds par le pont de Saumur.'],
    // A detached phrase after the agent that is no time may describe it.
    ['an adjective phrase after the agent', 'Le mouvement a été lancé par le Syndicat national des contrôleurs aériens, majoritaire dans la profession.'],
    // After the object, a detached part that described the agent would describe something else.
    ['a detached part after the agent that describes it', 'Cette élection avait été provoquée par la démission de onze conseillers en décembre, en désaccord avec le projet du maire.'],
    ['a quotation that holds a verb', 'Le projet est présenté comme « ce qui a été fait de mieux ».'],
    ['a quotation before the participle', 'Le « nouveau chapitre » a été annoncé en 2018.'],
    ['a coordinated verb after the passive', 'La Tapisserie de Bayeux a été faite dans la deuxième moitié du XIᵉ siècle et décrit en particulier la bataille d’Hastings.'],
    ['a coordinated participle', 'La loi avait été votée et promulguée en 2019.'],
    ['a second participle after a comma', 'Les résultats ont été publiés, puis commentés.'],
    ['a coordinated clause', 'L’entreprise n’a été fondée qu’en 2015 et le résultat la placerait aux côtés de Google.'],
    ['a modal with a demonstrative subject', 'Cela doit être vu dans le contexte du retrait.'],
    ['an infinitive passive', 'Avant d’être transportée, la tapisserie subira des travaux de restauration.'],
    ['an impersonal "il"', 'Il n’est pas encore connu pour le moment où au Royaume-Uni la broderie sera exposée.'],
    ['an impersonal "il" before an infinitive', 'Il a été décidé de fermer l’usine.'],
    ['an impersonal "il" before a clause', 'Il est prévu que le site ferme en 2025.'],
    ['an impersonal "il" with an agent', 'Il a été décidé par le conseil de fermer l’usine.'],
    ['"il" without agent (maybe impersonal)', 'Il a été arrêté mardi.'],
    ['a fronted participle, which would then speak of "on"', 'Valorisé désormais à près de 19 milliards, Snapchat est considéré comme une menace pour Facebook.'],
    ['a fronted infinitive', 'Pour réduire les coûts, les vaccins sont estimés à 20 euros.'],
    ['a fronted past infinitive', 'Après avoir été testé, le vaccin a été vendu au Brésil.'],
    ['a past infinitive after the participle', 'Un homme a été interpellé après avoir menacé des passants.'],
    ['the agent further on', 'Deux suspects ont été interpellés mercredi à Nantes par la police.'],
    ['a second participle and its agent', 'Le suspect a été interpellé mardi et entendu par les enquêteurs.'],
    ['a second participle after a comma and its agent', 'Le suspect a été interpellé mardi, puis entendu par les enquêteurs.'],
    // "produit" is also a finite verb: the comma may open a clause.
    ['an apposition whose participle is also a finite verb', 'Le vaccin, produit à Lyon, a été vendu au Brésil.'],
    ['an apposition holding a clause', 'Le vaccin, fabriqué à Lyon depuis que la loi existe, a été vendu au Brésil.'],
    ['an apposition to a pronoun', 'Elle, fabriquée à Lyon, a été vendue au Brésil.'],
    ['a subject holding a clause', 'La loi qu’il a votée a été annulée par le Conseil.'],
    ['a subject holding a clause, no agent', 'Le vaccin, qui a nécessité 20 ans de recherche, est produit à Lyon.'],
    ['a subject without determiner', 'Samsung a été condamné à verser un milliard de dollars.'],
    ['a pronoun standing alone as the subject', 'Tout a été fait pour sauver les otages.'],
    ['an impersonal pronoun subject', 'On a été reçu par le ministre.'],
    ['a pronominal verb', 'Les experts se sont estimés lésés.'],
    ['a verb with "être" in its compound tenses', 'Le train est passé par Lyon.'],
    ['a verb with "être", no agent', 'La loi est entrée en vigueur en janvier.'],
    ['an indefinite subject under a negation', 'Des cas n’ont pas été signalés en France.'],
    ['an adjective used as an adverb', 'En effet, les vaccins ont été achetés trop cher.'],
    ['an apposition after the participle', 'Le pont a été inauguré, premier du genre en Europe.'],
    // Agents that are not plain.
    ['a "par" that names a time', 'La loi a été adoptée par la suite.'],
    ['an agent followed by an apposition', 'Le texte avait été signé par le gouvernement Papadimos, déjà composé du PASOK.'],
    ['an agent followed by an adverb', 'Le site a été racheté par Google récemment.'],
    ['a passive relative clause after the agent', 'Le poste a été confié par le Premier ministre qui sera assisté par un conseiller.'],
    ['a relative clause that does not end the sentence', 'Les enfants sont encadrés par des animateurs qui sont formés, dit-on, par la mairie.'],
    ['a collective agent, whose verb may take either number', 'Le texte est soutenu par la plupart des députés.'],
    ['an agent without determiner', 'Le budget a été voté par 300 voix contre 200.'],
    ['a second agent after the rest', 'Le vaccin a été acheté en 2015 par les autorités.'],
    ['a phrase that may complete the agent', 'Un automobiliste de 67 ans a été tué par la chute d’un arbre sur sa voiture.'],
    ['an object pronoun before an h', 'Elle est hantée par des fantômes.'],
    ['an adverb not listed, before the participle', 'Cette option sera cependant analysée en conseil des ministres.'],
    ['an adverb that singles out the agent', 'Le projet a été financé notamment par l’État.'],
    ['an active sentence', 'Le président a pris la décision.'],
    ['a sentence in the active voice with "est"', 'Le vaccin est efficace contre la dengue.'],
  ])('%s', (_, sentence) => {
    expect(toActiveVoice(sentence)).toBeUndefined();
  });
});

describe('parsePassive', () => {
  it('reads the fronted phrase, the subject, the tense, the participle and the rest', () => {
    expect(parsePassive('Dans le cas des Philippines, chaque injection n’a pas été achetée à Sanofi Pasteur.')).toMatchObject({
      fronted: 'Dans le cas des Philippines',
      subject: 'chaque injection',
      pronoun: false,
      negated: true,
      tense: 'compound',
      auxiliary: 'a',
      adverbs: ' pas',
      participle: 'achetée',
      masculine: 'acheté',
      verb: { infinitive: 'acheter' },
      rest: ' à Sanofi Pasteur',
    });
  });

  it('reads the future and the modal', () => {
    expect(parsePassive('Les résultats complets ne seront pas publiés en avril.')).toMatchObject({ subject: 'Les résultats complets', negated: true, tense: 'future', auxiliary: 'seront', rest: ' en avril' });
    expect(parsePassive('Le pont serait construit en 2030.')).toMatchObject({ tense: 'conditional', auxiliary: 'serait', verb: { infinitive: 'construire' } });
    expect(parsePassive('Les travaux ne doivent pas encore être achevés.')).toMatchObject({ tense: 'modal', auxiliary: 'doit', adverbs: ' pas encore', verb: { infinitive: 'achever' } });
  });

  it('reads the agent and its number', () => {
    expect(parsePassive('Les sites étaient repris par Paris et Berlin en 2015.')).toMatchObject({ tense: 'imperfect', agent: { phrase: 'Paris et Berlin', number: 'P' }, rest: ' en 2015' });
  });
});

describe('holdsVerb', () => {
  const lexicon = activeVoiceLexicon();
  it.each([
    ['dans la deuxième moitié du siècle et décrit la bataille', true],
    ['en 2015 et le résultat la placerait en tête', true],
    ['et promulguée en 2019', true],
    ['chaque année dans le monde', false],
    ['lors d’une rencontre diplomatique avec May', false],
    ['en garde à vue', false],
    ['par une famille anglaise', false],
    ['contre la dengue', false],
  ])('%s → %s', (text, expected) => {
    expect(holdsVerb(text, lexicon)).toBe(expected);
  });
});
