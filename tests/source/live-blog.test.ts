import { describe, expect, it } from 'vitest';
import { withoutLiveMark, withoutLiveTimes } from '../../src/source/live-blog.js';
import { parseSource } from '../../src/source/parse.js';

describe('withoutLiveTimes', () => {
  const blog = [
    'En direct',
    '',
    '18h45 — Fin de ce direct. Les syndicats se réuniront lundi. Merci de nous avoir suivis.',
    '',
    '17h20 — Le ministre propose de recevoir les syndicats mardi.',
    '',
    '17h10 — Le ministre annonce qu’il convoquera jeudi le président. Les syndicats saluent un geste.',
    '',
    '14h32 — Lucas Martin prend la parole devant le cortège.',
    '',
    '8h30 — Pourquoi les médecins font-ils grève ? Ils contestent l’article 24.',
    '',
    '9 h — Première explication officielle. Le réseau est rétabli.',
  ];

  it('opens each entry on its time, as the source writes it', () => {
    const { lines } = withoutLiveTimes(blog);
    expect(lines).toContain('À 17h20, le ministre propose de recevoir les syndicats mardi.');
    // A future after "que" is what was said at that time.
    expect(lines).toContain('À 17h10, le ministre annonce qu’il convoquera jeudi le président. Les syndicats saluent un geste.');
    // A name keeps its capital.
    expect(lines).toContain('À 14h32, Lucas Martin prend la parole devant le cortège.');
    expect(lines).toContain('À 9 h, première explication officielle. Le réseau est rétabli.');
  });

  it('says a question or a future as the update of that time, not as a fact of it', () => {
    const { lines } = withoutLiveTimes(blog);
    expect(lines).toContain('Point de 8h30 : pourquoi les médecins font-ils grève ? Ils contestent l’article 24.');
    // The blog's words about itself go; the time stays with the entry's fact.
    expect(lines).toContain('Point de 18h45 : les syndicats se réuniront lundi.');
  });

  it('says an entry that opens on "À", or that would make a third sentence in a row that does, as the update of that time', () => {
    const { lines } = withoutLiveTimes(['12h10 — À Lyon, 900 médecins se rassemblent. À Marseille, ils sont 600.', '', '10h15 — Les pharmacies relaient l’information.', '', '9h00 — Le mouvement est très suivi.']);
    expect(lines.filter((line) => line !== '')).toEqual([
      'Point de 12h10 : à Lyon, 900 médecins se rassemblent. À Marseille, ils sont 600.',
      'À 10h15, les pharmacies relaient l’information.',
      'Point de 9h00 : le mouvement est très suivi.',
    ]);
  });

  it('says the event the blog invites to follow as a fact', () => {
    const { lines } = withoutLiveTimes(['Suivez en direct la panne qui touche depuis ce mardi matin le réseau de Lumio.', '', '18h30 – Le service est rétabli.', '', '17h10 – Le ministre parle.']);
    expect(lines[0]).toBe('La panne touche depuis ce mardi matin le réseau de Lumio.');
  });

  it('leaves out the "En direct" mark on a line of its own', () => {
    expect(withoutLiveTimes(blog)).toMatchObject({ furniture: ['En direct'] });
    expect(withoutLiveTimes(blog).lines).not.toContain('En direct');
  });

  it('leaves a text with one time or none as it is', () => {
    const text = ['14h30 — La réunion commence.', 'Le maire a parlé. Fin de ce direct.', 'En direct'];
    expect(withoutLiveTimes(text).lines).toEqual(text);
  });
});

describe('withoutLiveMark', () => {
  it.each([
    ['EN DIRECT – Panne géante chez Lumio', 'Panne géante chez Lumio'],
    ['Direct : la grève des médecins', 'La grève des médecins'],
    ['Live Nation rachète un festival', 'Live Nation rachète un festival'],
    ['En direct', 'En direct'],
  ])('"%s" → "%s"', (headline, expected) => {
    expect(withoutLiveMark(headline)).toBe(expected);
  });

  it('reads a live blog’s headline without its mark', () => {
    const source = parseSource('EN DIRECT – Panne géante chez Lumio\n\n18h30 – Le service est rétabli.\n\n17h10 – Le ministre annonce une réunion jeudi.');
    expect(source.title).toBe('Panne géante chez Lumio');
    expect(source.paragraphs).toEqual(['À 18h30, le service est rétabli.', 'À 17h10, le ministre annonce une réunion jeudi.']);
  });
});
