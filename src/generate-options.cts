/**
 * The options of `plume generate`, for node's parseArgs: read by the command (cli.ts) and by the
 * executable (plume.cts), which must tell the input file from the options' values before it loads the
 * command. CommonJS, as the executable is.
 */
export const GENERATE_OPTIONS = {
  output: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  'min-words': { type: 'string' },
  keyphrase: { type: 'string' },
  seed: { type: 'string' },
  date: { type: 'string' },
  url: { type: 'string' },
  'allow-short': { type: 'boolean' },
  explain: { type: 'boolean' },
  keywords: { type: 'string' },
  image: { type: 'string' },
  'image-alt': { type: 'string' },
  'source-url': { type: 'string' },
  links: { type: 'string' },
  'site-name': { type: 'string' },
  author: { type: 'string' },
} as const;
