/**
 * The examples a template shows are real names from the content folder it writes into (an
 * event, a speaker, a partner, an image), so an example uncommented as it is passes the
 * check. An empty folder gets the names of the site's own content.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatOfExtension } from '../../../lib/images/formats';
import { walkFiles } from '../../../lib/files/walk';
import { KINDS } from '../../../lib/content/kinds';
import type { NewFileInput } from '../../../lib/content/kind';

export type Examples = { event: string; speakers: [string, string]; partner: string; image: string; image2: string };

/** What a template of either language is given: the new file's title and time, and the examples it shows. */
export type TemplateInput = NewFileInput & { examples: Examples };

const FALLBACK: Examples = {
  event: 'summercamp-2022',
  speakers: ['arthur-busser', 'guilhem-lettron'],
  partner: 'resilience-care',
  image: '/img/meetup/summercamp2022.jpg',
  image2: '/img/meetup/14-1.jpg',
};

const keys = (dir: string, ext: RegExp) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => ext.test(f))
        .map((f) => f.replace(ext, ''))
        .sort()
    : [];

const images = (dir: string) =>
  walkFiles(dir)
    .filter((f) => formatOfExtension(path.extname(f.rel)))
    .map((f) => `/img/${f.rel}`);

export function examplesFrom(contentDir: string): Examples {
  const events = keys(path.join(contentDir, KINDS.event.folder), /\.mdx?$/);
  const speakers = keys(path.join(contentDir, KINDS.speaker.folder), /\.ya?ml$/);
  const partners = keys(path.join(contentDir, KINDS.partner.folder), /\.ya?ml$/);
  // Photos first: a logo or a share card makes an odd example of a photo.
  const photos = images(path.join(contentDir, 'img')).sort(
    (a, b) => Number(b.split('/').length > 3) - Number(a.split('/').length > 3) || a.localeCompare(b),
  );
  return {
    event: events[0] ?? FALLBACK.event,
    speakers: [speakers[0] ?? FALLBACK.speakers[0], speakers[1] ?? speakers[0] ?? FALLBACK.speakers[1]],
    partner: partners[0] ?? FALLBACK.partner,
    image: photos[0] ?? FALLBACK.image,
    image2: photos[1] ?? photos[0] ?? FALLBACK.image2,
  };
}
