/**
 * The helpers of the sentence templates (templates/sentences.json), by name. Every entry is registered
 * on the templates' Handlebars instance, and the build precompiles the templates with these names as
 * their only known helpers: a helper added here is usable in a template, any other name is refused.
 */
import type { HelperDelegate } from 'handlebars';
import { capitalise } from '../text.js';
import { OPEN } from './french/segments.js';

/** A capital on the first letter; a protected value starts with its marker, so the capital goes on the letter after it. */
function cap(text: unknown): string {
  const value = String(text);
  return value.startsWith(OPEN) ? `${OPEN}${capitalise(value.slice(1))}` : capitalise(value);
}

export const templateHelpers = { cap } satisfies Record<string, HelperDelegate>;
