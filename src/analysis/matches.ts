/**
 * `[...text.matchAll(pattern)]` for a global pattern, by exec: matchAll copies the pattern at each
 * call, which on a sentence costs more than the matching itself. The pattern's lastIndex is 0 again
 * when it returns.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    // As matchAll: past an empty match, one character on (a code point in Unicode mode).
    if (m[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}
