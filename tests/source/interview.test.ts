import { describe, expect, it } from 'vitest';
import { withoutInterviewLabels } from '../../src/source/interview.js';
import { parseSource } from '../../src/source/parse.js';

describe('withoutInterviewLabels', () => {
  it('leaves out the "Q :" and "R :" labels of an interview', () => {
    const lines = ['Q : Combien de visiteurs ?', '', 'R : Nous avons compté 182 000 entrées.', '', 'Question. Et l’an prochain ?', '', 'Réponse – La foire aura lieu en septembre.'];
    expect(withoutInterviewLabels(lines)).toEqual(['Combien de visiteurs ?', '', 'Nous avons compté 182 000 entrées.', '', 'Et l’an prochain ?', '', 'La foire aura lieu en septembre.']);
  });

  it('leaves out the names of two speakers who take turns, one of them asking only questions', () => {
    const lines = ['Le Journal : Quel bilan tirez-vous ?', '', 'Claire Moreau : Nous avons accueilli 48 000 spectateurs.', '', 'Le Journal : Et l’an prochain ?', '', 'Claire Moreau : Une deuxième scène ouvrira.'];
    expect(withoutInterviewLabels(lines)).toEqual(['Quel bilan tirez-vous ?', '', 'Nous avons accueilli 48 000 spectateurs.', '', 'Et l’an prochain ?', '', 'Une deuxième scène ouvrira.']);
  });

  it.each([
    ['one answer only', ['Q : Combien ?', 'R : Beaucoup.', 'Q : Et ensuite ?']],
    ['places that open results', ['Lyon : 3 buts à 1.', 'Paris : 2 buts à 2.', 'Lyon : deuxième victoire.', 'Paris : un nul.']],
    ['two speakers neither of whom only asks', ['Le maire : Nous construirons.', 'L’opposition : Avec quel argent ?', 'Le maire : Avec l’État.', 'L’opposition : Nous verrons.']],
    ['a third speaker', ['Le Journal : Et alors ?', 'Claire Moreau : Oui.', 'Le Journal : Et ensuite ?', 'Claire Moreau : Non.', 'Paul Durand : Peut-être.']],
    ['labels that open no text', ['R :', 'Q :', 'R :', 'Q :']],
    ['a word that starts like a label', ['Question : la réforme passera-t-elle ?', 'Rien ne le dit.', 'Réponses attendues lundi.']],
  ])('keeps the lines as they are with %s', (_, lines) => {
    expect(withoutInterviewLabels(lines)).toEqual(lines);
  });
});

describe('parseSource on an interview in questions and answers', () => {
  it('sets each short question apart as a subheading and reads each answer without its label', () => {
    const source = parseSource(
      [
        'La foire a attiré 182 000 visiteurs',
        '',
        'La foire a fermé ses portes lundi soir. Son commissaire général en tire le bilan.',
        '',
        'Q : Combien de visiteurs avez-vous accueillis ?',
        '',
        'R : Nous avons compté 182 000 entrées, contre 164 000 l’an dernier.',
        '',
        'Q : Comment expliquez-vous ce succès ?',
        '',
        'R : La météo nous a aidés.',
      ].join('\n'),
    );
    expect(source.subheadings.map((h) => h.text)).toEqual(['Combien de visiteurs avez-vous accueillis ?', 'Comment expliquez-vous ce succès ?']);
    expect(source.paragraphs.slice(1)).toEqual(['Nous avons compté 182 000 entrées, contre 164 000 l’an dernier.', 'La météo nous a aidés.']);
  });
});
