/** The facts about a generated page that the hostile-input and property tests check. */
import { parseDocument, DomUtils } from 'htmlparser2';

export interface PageFacts {
  readonly h1: number;
  readonly scriptTypes: readonly string[];
  readonly jsonLd: readonly unknown[];
  readonly elements: readonly string[];
  readonly eventAttributes: number;
  readonly text: string;
}

export function pageFacts(html: string): PageFacts {
  const document = parseDocument(html);
  const elements = DomUtils.findAll(() => true, document.children);
  const scripts = elements.filter((e) => e.name === 'script');
  return {
    h1: elements.filter((e) => e.name === 'h1').length,
    scriptTypes: scripts.map((s) => s.attribs.type ?? ''),
    jsonLd: scripts.map((s) => JSON.parse(DomUtils.textContent(s))),
    elements: [...new Set(elements.map((e) => e.name))].sort(),
    eventAttributes: elements.filter((e) => Object.keys(e.attribs).some((a) => a.startsWith('on'))).length,
    text: DomUtils.textContent(elements.find((e) => e.name === 'article') ?? document),
  };
}
