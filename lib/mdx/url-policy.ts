/**
 * The site's one URL policy: which addresses content may write, wherever it writes them
 * (MDX body, front matter, partner, speaker and tag records, the Hugo importer). It knows
 * nothing of MDX, so readers of front matter and records need not load the allow-list.
 */
import { say } from '../messages/say';

/** Attributes whose value is a URL, checked against isSafeUrl. */
export const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'link', 'poster', 'action', 'formaction']);

/**
 * Links and images may point at the web, mail, phone, or this site. `javascript:`,
 * `data:`, `vbscript:` and any other scheme are refused. Whitespace and control
 * characters are removed first, as browsers do ("java\tscript:").
 */
export function isSafeUrl(raw: string): boolean {
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (!scheme) return true;
  return ['http', 'https', 'mailto', 'tel'].includes(scheme[1].toLowerCase());
}

/**
 * A path a browser reads as another site's address: it drops tabs and line breaks and reads
 * "\\" as "/", so "/\\evil.example" and "/<tab>/evil.example" open //evil.example. Written
 * "//host" it says what it is and is an outside link; disguised as a path of this site, refused.
 */
export function isDisguisedOffSite(raw: string): boolean {
  const trimmed = raw.replace(/^[\u0000-\u0020]+/, '');
  if (trimmed.startsWith('//')) return false;
  return /^[/\\]{2}/.test(trimmed.replace(/[\t\n\r]/g, '').replace(/\\/g, '/'));
}

export const disguisedMessage = (url: string) =>
  say(
    `le lien vers "${url.slice(0, 60)}" mène à un autre site : un navigateur lit \\ comme / et ignore tabulations et retours à la ligne`,
    `the link to "${url.slice(0, 60)}" leads to another site: browsers read \\ as / and drop tabs and line breaks`,
  );
export const disguisedHint = () =>
  say(
    'écrivez / et non \\ : /post/... pour une page du site, https://... pour un autre site',
    'write / rather than \\: /post/... for a page of this site, https://... for another site',
  );
