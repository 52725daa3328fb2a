import { describe, expect, it } from 'vitest';
import { splitParagraph, splitSentences } from '../../src/analysis/sentences.js';

describe('splitParagraph', () => {
  it.each([
    ['M. Dupont a parlé hier. Il est parti.', ['M. Dupont a parlé hier.', 'Il est parti.']],
    ['MM. Dupont et Durand sont là. Ils parlent.', ['MM. Dupont et Durand sont là.', 'Ils parlent.']],
    ['Mme Martin est arrivée. Elle a souri.', ['Mme Martin est arrivée.', 'Elle a souri.']],
    ['Le Dr Durand et Mgr Lustiger sont venus. Ils ont parlé.', ['Le Dr Durand et Mgr Lustiger sont venus.', 'Ils ont parlé.']],
    ['Il a dit : « Je ne reviendrai plus. » Puis il est parti.', ['Il a dit : « Je ne reviendrai plus. »', 'Puis il est parti.']],
    ['Il a dit : « Je pars. Je ne reviendrai plus. » Puis il est parti.', ['Il a dit : « Je pars. Je ne reviendrai plus. »', 'Puis il est parti.']],
    ['La version Ubuntu 12.10 sort jeudi. Elle apporte des nouveautés.', ['La version Ubuntu 12.10 sort jeudi.', 'Elle apporte des nouveautés.']],
    ['Il attend... Puis il part.', ['Il attend...', 'Puis il part.']],
    ['Quoi ? Il est parti ! Vraiment.', ['Quoi ?', 'Il est parti !', 'Vraiment.']],
    // A unit's symbol after a number takes no full stop: one after it ends the sentence.
    ['Les perturbations dureront entre 16h30 et 19 h. Le service Handistar est maintenu.', ['Les perturbations dureront entre 16h30 et 19 h.', 'Le service Handistar est maintenu.']],
    ['La séance a duré 3 min. Puis elle a repris.', ['La séance a duré 3 min.', 'Puis elle a repris.']],
    // compromise's quotation merge kept the sentence after the attribution with the quotation.
    ['« On nous a annoncé. Les salariés », a dit Karim Benali. Quelque 200 salariés.', ['« On nous a annoncé. Les salariés », a dit Karim Benali.', 'Quelque 200 salariés.']],
    ['« Il part. Il revient », a dit Paul Martin, à la sortie de la réunion. Quelque 200 salariés attendaient.', ['« Il part. Il revient », a dit Paul Martin, à la sortie de la réunion.', 'Quelque 200 salariés attendaient.']],
    // compromise cut inside the quotation ("« C’est fini." | "» Puis…"): whole again, it ends its sentence.
    ['Il a dit : « C’est fini. » Puis il est parti.', ['Il a dit : « C’est fini. »', 'Puis il est parti.']],
    // "etc." ends the sentence it closes when a capital follows; a first name's initials do not end one.
    ['Les fouilles ont duré trois ans, etc. Selon J.-P. Durand, la découverte est majeure.', ['Les fouilles ont duré trois ans, etc.', 'Selon J.-P. Durand, la découverte est majeure.']],
    ['On y vend des fruits, des légumes, etc. et des fleurs.', ['On y vend des fruits, des légumes, etc. et des fleurs.']],
    ['Selon J.-M. Martin, le chantier reprendra lundi. Il durera un an.', ['Selon J.-M. Martin, le chantier reprendra lundi.', 'Il durera un an.']],
  ])('%s', (paragraph, expected) => {
    expect(splitParagraph(paragraph)).toEqual(expected);
  });

  // BUG: "av. J.-C." is cut into three sentences although both are in lexicon/abbreviations.json.
  it('does not cut after "av. J.-C."', () => {
    expect(splitParagraph('Il est né en 300 av. J.-C. à Rome. Il est mort jeune.'))
      .toEqual(['Il est né en 300 av. J.-C. à Rome.', 'Il est mort jeune.']);
  });
});

describe('splitSentences', () => {
  it('numbers bullets b1.. and body sentences s1.. across paragraphs', () => {
    const sentences = splitSentences({
      bullets: ['Point un.', 'Point deux.'],
      paragraphs: ['Phrase un. Phrase deux.', 'Phrase trois.'],
      subheadings: [],
      text: '',
    });
    expect(sentences.map((s) => [s.id, s.text, s.origin, s.paragraph])).toEqual([
      ['b1', 'Point un.', 'bullet', -1],
      ['b2', 'Point deux.', 'bullet', -1],
      ['s1', 'Phrase un.', 'body', 0],
      ['s2', 'Phrase deux.', 'body', 0],
      ['s3', 'Phrase trois.', 'body', 1],
    ]);
  });
});
