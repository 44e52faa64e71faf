/**
 * The check speaks the site's language (site.yaml's `language`, once it is read): the
 * organizers who read its messages write the site. A contributor who prefers the other one
 * sets CONTENT_LANG=en or fr. Before the settings are read, or when they cannot say, an
 * English LANG gives English (C.UTF-8, the default of CI runners, stays French).
 */
export type CheckLanguage = 'fr' | 'en';

let siteLanguage: CheckLanguage | undefined;

/** Called by the settings reader with site.yaml's language. */
export function speakSiteLanguage(language: CheckLanguage | undefined): void {
  siteLanguage = language;
}

export function checkLanguage(env: Record<string, string | undefined> = process.env): CheckLanguage {
  if (env.CONTENT_LANG) return env.CONTENT_LANG.toLowerCase().startsWith('en') ? 'en' : 'fr';
  if (siteLanguage) return siteLanguage;
  const chosen = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  return chosen.startsWith('en') ? 'en' : 'fr';
}

/** One message in both languages; the reader's language is picked when it is written. */
export function say(fr: string, en: string): string {
  return checkLanguage() === 'en' ? en : fr;
}
