/**
 * The check speaks French first: the organizers who read its messages are French-speaking.
 * A contributor who prefers English sets CONTENT_LANG=en (an English LANG also works;
 * C.UTF-8, the default of CI runners, stays French).
 */
export type CheckLanguage = 'fr' | 'en';

export function checkLanguage(env: Record<string, string | undefined> = process.env): CheckLanguage {
  const chosen = (env.CONTENT_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  return chosen.startsWith('en') ? 'en' : 'fr';
}

/** One message in both languages; the reader's language is picked when it is written. */
export function say(fr: string, en: string): string {
  return checkLanguage() === 'en' ? en : fr;
}
