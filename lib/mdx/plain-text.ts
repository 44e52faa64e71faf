/** A short Markdown text (a tag's description) as one plain line for cards and meta descriptions. */
export function markdownAsPlainText(markdown: string): string {
  // Links keep their text, not their address; emphasis, code, heading and quote signs go.
  return linkTexts(markdown).replace(/[*_`#>]/g, '');
}

/**
 * Every `[text](address)` replaced by its text, in one scan: a regular expression here
 * rescans the rest of the text at each unclosed "[", hours on a description full of them.
 * Same result as /\[([^\]]*)\]\([^)]*\)/g: the text holds no "]", the address no ")".
 */
function linkTexts(s: string): string {
  const next = (ch: string) => {
    // next[i]: index of the first `ch` at or after i (s.length if none).
    const at = new Int32Array(s.length + 1).fill(s.length);
    for (let i = s.length - 1; i >= 0; i--) at[i] = s[i] === ch ? i : at[i + 1];
    return at;
  };
  const closeBracket = next(']');
  const closeParen = next(')');
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '[') continue;
    const end = closeBracket[i + 1];
    if (end >= s.length || s[end + 1] !== '(') continue;
    const close = closeParen[end + 2];
    if (close >= s.length) continue;
    out.push(s.slice(from, i), s.slice(i + 1, end));
    from = close + 1;
    i = close;
  }
  out.push(s.slice(from));
  return out.join('');
}
