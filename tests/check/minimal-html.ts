/**
 * A source text wrapped in a minimal HTML page, as someone else than Plume would publish it: the
 * "# " headline as <title> and <h1>, short lines without a final stop as <h2>, "- " lines as a list,
 * the other lines as paragraphs. An instruction line (a first line followed by bullets) is dropped.
 */
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface MinimalPage {
  readonly title?: string;
  readonly description?: string;
  readonly slug?: string;
  readonly keywords?: string;
}

export function minimalHtml(source: string, page: MinimalPage = {}): string {
  const lines = source.split(/\r?\n/).map((l) => l.trim());
  if (lines.length > 1 && !lines[0]!.startsWith('# ') && lines[1]!.startsWith('- ')) lines.shift();
  const body: string[] = [];
  let list: string[] = [];
  const closeList = (): void => {
    if (list.length) body.push(`<ul>\n${list.map((i) => `<li>${escape(i)}</li>`).join('\n')}\n</ul>`);
    list = [];
  };
  let headline: string | undefined;
  for (const line of lines) {
    if (line === '') continue;
    if (line.startsWith('- ')) {
      list.push(line.slice(2));
      continue;
    }
    closeList();
    if (line.startsWith('# ')) {
      headline ??= line.slice(2);
      body.push(`<h1>${escape(line.slice(2))}</h1>`);
    } else if (line.length < 80 && !/[.!»…]$/.test(line)) body.push(`<h2>${escape(line)}</h2>`);
    else body.push(`<p>${escape(line)}</p>`);
  }
  closeList();
  const title = page.title ?? headline ?? '';
  const head = [
    '<meta charset="utf-8">',
    `<title>${escape(title)}</title>`,
    ...(page.description !== undefined ? [`<meta name="description" content="${escape(page.description)}">`] : []),
    ...(page.slug !== undefined ? [`<meta name="slug" content="${escape(page.slug)}">`] : []),
    ...(page.keywords !== undefined ? [`<meta name="keywords" content="${escape(page.keywords)}">`] : []),
  ];
  return `<!doctype html>\n<html lang="fr">\n<head>\n${head.join('\n')}\n</head>\n<body>\n<article>\n${body.join('\n')}\n</article>\n</body>\n</html>\n`;
}
