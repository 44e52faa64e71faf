/** A short Markdown text (a tag's description) as one plain line for cards and meta descriptions. */
export function markdownAsPlainText(markdown: string): string {
  // Links keep their text, not their address; emphasis, code, heading and quote signs go.
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>]/g, '');
}
