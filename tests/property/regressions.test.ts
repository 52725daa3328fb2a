/** Cases the property tests found: each failed once and must never fail again. */
import { describe, expect, it } from 'vitest';
import { digitNumbers, outcome } from '../support/outcome.js';
import { pageFacts } from '../support/html.js';

const numbersKept = (text: string, missingOk: readonly string[] = []): void => {
  const result = outcome(text, { minWords: 1 });
  expect(result.status).toBe(0);
  const written = new Set(digitNumbers(pageFacts(result.html!).text));
  expect(digitNumbers(text).filter((n) => !written.has(n) && !missingOk.includes(n))).toEqual([]);
};

describe('regressions found by fast-check', () => {
  it('keeps a short first line without a full stop (taken for a subheading) and its figure', () => {
    numbersKept(
      "Trois parcs nationaux y verront le jour.3,5 %\nEn fait, elle re viendra probablement pour la première fois dans à peu près 950 ans au sol britannique, parce qu'on assume que la broderie a été faite à Canterbury. Ubuntu est un système d'exploitation libre dérivé du système Debian et incluant le noyau Linux.** Rappelons que la société coréenne a été condamnée à verser plus d'un milliard de dollars à son rival américain pour violation de brevets.",
    );
  });

  it('keeps a subheading whose paragraph the lead took, and its figure', () => {
    numbersKept(
      "# Ubuntu est un système d'exploitation libre dérivé du système\nRappelons que la société coréenne a été condamnée à verser plus d'un milliard de dollars à son rival américain pour violation de brevets.\nEn 2014, Facebook revient avec une autre application en 2014, Slingshot.- \nUbuntu est un système d'exploitation libre dérivé du système Debian et incluant le noyau Linux.\nLes régions les plus touchées sont l'Asie du Sud-Est et le Pacifique occidental. 12 juillet 2012. - L'annonce est tombée ce matin, l'entreprise PSA Peugeot Citroën va supprimer pas moins de 8 000 postes en France.",
    );
  });

  it('keeps a subheading when the sentence after the lead that points back opens its paragraph, and its figures', () => {
    numbersKept(
      "Ubuntu est un système d'exploitation libre dérivé du système Debian et incluant le noyau Linux.\nLundi soir, les actions Samsung étaient en repli de 7,45 %.3,5 %\nIls estiment que si le conglomérat à battit son succès en s'inspirant de produits existants pour en créer des versions souvent meilleures, il est temps pour le premier fabricant mondial de téléphones portables de se montrer beaucoup plus innovant.\n20 août 2016. – La domination de Usain Bolt sur le sprint olympique s'est encore une fois affirmée cette nuit à Rio quand il a pris part au relais 4x100m, qu'il remporte avec ses compatriotes Powell, Blake et Ashmeade, devant les relais japonais et canadiens.\nUbuntu est un système d'exploitation libre dérivé du système Debian et incluant le noyau Linux. Ubuntu est un système d'exploitation libre dérivé du système Debian et incluant le noyau Linux.",
    );
  });

  it('does not eat the last figure of a sentence whose quotation never closes', () => {
    numbersKept(
      "« On nous a dit qu'on avait transmis le témoin trop tôt. La suppression de ces postes est due à une chute des ventes (15,2 % de moins pour le marché européen au premier semestre 2012), ajoutée à une chute libre du titre en bourse (- 33 % pour le premier semestre 2012 et - 60 % en 2011).7 000\nUbuntu est un système d'exploitation libre dérivé du système Debian et incluant le noyau Linux.",
    );
  });

  it('keeps a subheading after the first paragraph when the keyphrase first comes past it (the lead opens on the first sentence only in its paragraph)', () => {
    numbersKept(
      "# Ubuntu est un système d'exploitation libre dérivé du système\n18 janvier 2018. – La première ministre de l'Angleterre, Theresa May, a annoncé jeudi matin que la France va prêter au Royaume-Uni, d'ici cinq ans, la fameuse Tapisserie de Bayeux, dans le cadre d'un programme d’échange d’œuvres.\nIl nécessite trois injections à des intervalles de 6 mois.3,5 %\nUbuntu est un système d'exploitation libre dérivé du système Debian et incluant le noyau Linux.\" Près de 47 % des utilisateurs de Snapchat sont âgés de 18 à 24 contre seulement 23 % pour Instagram et 16,5 % pour Facebook.",
    );
  });
});
