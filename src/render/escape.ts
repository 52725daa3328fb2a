/** Escaping for Markdown, shared by the view model and the Markdown renderer. */

/** Markdown-escape text so that nothing in it becomes markup (emphasis, links, HTML, headings, lists). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .replace(/^([#+\-=>])/u, '\\$1')
    .replace(/^(\d+)([.)])/u, '$1\\$2');
}
