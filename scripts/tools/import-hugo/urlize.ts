/**
 * Tag names as Hugo turned them into URLs, and as this site names them. Hugo's urlize
 * lower-cases and turns spaces into hyphens ("Summer Camp" → summer-camp) but keeps
 * accents and some punctuation; this site's tags are ASCII kebab-case. When the two
 * differ, the old /tags/<x>/ address changes and the importer says so.
 */
import { slugify } from '../../../lib/content/slug';

export function hugoUrlize(name: string): string {
  return name
    .trim()
    .replace(/\s/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}._\-#+~]/gu, '')
    .toLowerCase();
}

export function tagFromHugo(name: string): { tag: string; hugoPath: string; sameUrl: boolean } {
  const tag = slugify(name);
  const hugoPath = hugoUrlize(name);
  return { tag, hugoPath, sameUrl: tag === hugoPath };
}
