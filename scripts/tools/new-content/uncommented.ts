/** A template with every example switched on: comment marks removed from fields and components. */
export function uncommented(text: string): string {
  return text
    .split('\n')
    .filter((line) => line !== '<!--' && line !== '-->')
    .map((line) => line.replace(/^(\s*)# (?=[a-zA-Z]+:|\s+- |\s+[a-zA-Z]+:)/, '$1'))
    .join('\n');
}
