/**
 * Creates a post, page, event, speaker or partner file from its template: dated and
 * slugged name, never overwriting, and refusing names the site could not publish.
 */
import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../../../lib/site-config';
import { slugify } from '../../../lib/content/slug';
import { offsetAt } from '../../../lib/dates';
import { TEMPLATES, type LocalTime } from './templates';
import { NEW_WORDS } from '../../../lib/content/kinds';
import { examplesFrom } from './examples';

/** The words npm run new takes: every kind of lib/content/kinds.ts with one. */
export const KINDS = [...NEW_WORDS.keys()];

/** `url`: the page's address once published; `key`: what other files write to name a record. */
export type Created = { file: string; url?: string; key: string };

export class UsageError extends Error {}

/** The wall-clock time of an instant in the site's time zone, to the minute, with its offset. */
export function localTime(instant: number, timeZone = siteConfig.timeZone): LocalTime {
  const minute = Math.floor(instant / 60_000) * 60_000;
  const offset = offsetAt(minute, timeZone);
  const wall = new Date(minute + offset * 60_000).toISOString();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    day: wall.slice(0, 10),
    time: `${wall.slice(11, 16)}:00`,
    offset: `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`,
  };
}

/** File names stop at 255 bytes: a long title makes an address cut at a word, well under it. */
const MAX_SLUG = 80;
function shortened(slug: string): string {
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, MAX_SLUG);
}

export function createContent(kind: string, title: string, options: { contentDir: string; now?: number }): Created {
  const found = NEW_WORDS.get(kind);
  if (!found) throw new UsageError(`"${kind}" is not something npm run new makes: use ${KINDS.join(', ')}`);
  const clean = title.trim();
  if (!clean) throw new UsageError('give a title in quotes, e.g. npm run new -- post "Meetup SRE à Lyon"');
  const slug = shortened(slugify(clean));
  if (!slug) throw new UsageError(`"${clean}" has no letter or digit to make an address from: choose another title`);
  if (kind === 'page' && /^\d+$/.test(slug)) {
    throw new UsageError(
      `a page named "${slug}" would take the address /page/${slug}/ of the home page's page ${slug}: choose a title with a word in it`,
    );
  }
  const now = localTime(options.now ?? Date.now());
  const name = kind === 'post' ? `${now.day}-${slug}` : slug;
  const dir = path.join(options.contentDir, found.folder);
  const { record } = found;
  for (const ext of record ? ['.yml', '.yaml'] : ['.mdx', '.md']) {
    const existing = path.join(dir, name + ext);
    if (fs.existsSync(existing)) {
      throw new UsageError(
        `${path.relative(process.cwd(), existing)} exists already: nothing written. Edit that file, or choose another title`,
      );
    }
  }
  const file = path.join(dir, `${name}${record ? '.yml' : '.mdx'}`);
  const text = found.template
    ? found.template({ title: clean, now })
    : TEMPLATES[kind]({ title: clean, now, examples: examplesFrom(options.contentDir) });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, text, { flag: 'wx' });
  return { file, key: name, url: record ? undefined : `/${found.folder}/${name}/` };
}
