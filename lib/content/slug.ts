/**
 * Titles to URL segments: "Rétro 2024 à Lyon" → "retro-2024-a-lyon". Accents are folded
 * so that every URL of the site stays plain ASCII (tags and file names alike).
 */

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', þ: 'th' };

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæßøđłþ]/g, (c) => LIGATURES[c])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
