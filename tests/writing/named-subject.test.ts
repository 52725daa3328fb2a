/** A subject pronoun said by the name it stands for (src/writing/named-subject.ts). */
import { describe, expect, it } from 'vitest';
import { withNamedSubject } from '../../src/writing/named-subject.js';
import { generateArticle } from '../../src/index.js';

const merieux = { name: 'Jean-Claude Mérieux', role: 'le chef d’orchestre français' };
const monteil = { name: 'Claire Monteil', role: 'la romancière' };
const guerin = { name: 'Thomas Guérin', role: 'le directeur actuel de l’orchestre' };

describe('withNamedSubject', () => {
  it('says the person the sentence before opens on, by the name or by the role and the name', () => {
    expect(withNamedSubject('Il avait dirigé l’Orchestre national de Lyon pendant vingt ans.', 'Le chef d’orchestre français Jean-Claude Mérieux est mort dimanche à Lyon.', [merieux]))
      .toBe('Jean-Claude Mérieux avait dirigé l’Orchestre national de Lyon pendant vingt ans.');
    expect(withNamedSubject('Elle signe son cinquième roman.', 'Claire Monteil a vécu trois ans au Chili.', [monteil])).toBe('Claire Monteil signe son cinquième roman.');
    // Past a phrase set before the subject, without a verb of its own.
    expect(withNamedSubject('Il avait remporté le concours de Besançon en 1964.', 'Né en 1938 à Grenoble, Jean-Claude Mérieux avait étudié le violon.', [merieux]))
      .toBe('Jean-Claude Mérieux avait remporté le concours de Besançon en 1964.');
  });

  it('leaves a pronoun whose gender the role does not say, an impersonal "il", and a sentence before that does not open on the person', () => {
    expect(withNamedSubject('Elle avait dirigé l’orchestre.', 'Le chef d’orchestre français Jean-Claude Mérieux est mort dimanche.', [merieux])).toBeUndefined();
    expect(withNamedSubject('Il faut compter deux semaines.', 'Jean-Claude Mérieux est mort dimanche.', [merieux])).toBeUndefined();
    expect(withNamedSubject('Il s’agit de son dernier concert.', 'Jean-Claude Mérieux est mort dimanche.', [merieux])).toBeUndefined();
    // "Il" may be the concert: the person is the object.
    expect(withNamedSubject('Il a duré trois heures.', 'Le public a applaudi Jean-Claude Mérieux lors du concert.', [merieux])).toBeUndefined();
    // Two people: which one?
    expect(withNamedSubject('Il a salué son travail.', 'Jean-Claude Mérieux a formé Thomas Guérin.', [merieux, guerin])).toBeUndefined();
    // A person without a role: no gender to agree with.
    expect(withNamedSubject('Il a dirigé l’orchestre.', 'Jean-Claude Mérieux est mort dimanche.', [{ name: 'Jean-Claude Mérieux' }])).toBeUndefined();
  });
});

describe('writeKeyFigures: a fact told by a pronoun', () => {
  it('lists it with the name the pronoun stands for', () => {
    const text = [
      '# Le chef d’orchestre Jean-Claude Mérieux est mort à 87 ans',
      '',
      'Le chef d’orchestre français Jean-Claude Mérieux est mort dimanche à Lyon, à l’âge de 87 ans. Il avait dirigé l’Orchestre national de Lyon pendant près de vingt ans.',
      '',
      'Sa discographie compte plus de 120 enregistrements. Il avait aussi dirigé à l’Opéra de Paris et à la Scala de Milan.',
    ].join('\n');
    const items = generateArticle(text, { minWords: 1, allowShort: true }).blocks.flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.sentence.text) : []));
    expect(items.some((item) => item.startsWith('Jean-Claude Mérieux avait dirigé l’Orchestre national de Lyon'))).toBe(true);
  });
});
