import { describe, expect, it } from 'vitest';
import { checkFrench } from '../../src/source/language.js';
import { InputError } from '../../src/errors.js';

const ENGLISH = 'The company announced on Monday that its quarterly profits had risen sharply, driven by strong demand for its new smartphones in Asia and Europe, analysts said.';
const FRENCH = 'L’entreprise a annoncé lundi que ses bénéfices trimestriels avaient fortement augmenté, portés par une forte demande pour ses nouveaux smartphones en Asie et en Europe, selon les analystes.';

describe('checkFrench', () => {
  it('throws an InputError naming English for an English paragraph', () => {
    expect(() => checkFrench(ENGLISH)).toThrow(InputError);
    expect(() => checkFrench(ENGLISH)).toThrow(/English/);
  });

  it('accepts a French paragraph', () => {
    expect(() => checkFrench(FRENCH)).not.toThrow();
  });

  it('does not judge a text too short to be reliable', () => {
    expect(() => checkFrench('The cat is on the table.')).not.toThrow();
  });
});
