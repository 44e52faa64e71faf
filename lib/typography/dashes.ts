/**
 * A hyphen typed between two words with a space each side (« 2022 - Résumé ») is a dash in
 * French print: an en dash with the same spaces, the first one no-break so the dash never
 * starts a line. Hyphens inside words (post-mortem) and list markers are left alone.
 */
const SPACED_HYPHEN = /(?<=[\p{L}\p{N}’)»])[ \u00A0]-[ ](?=[\p{L}\p{N}«(])/gu;

export function frenchDashes(text: string): string {
  return text.includes(' - ') || text.includes('\u00A0- ') ? text.replace(SPACED_HYPHEN, '\u00A0– ') : text;
}
