/**
 * The kinds of content, declared once: the folder of content/ each lives in, what one file
 * of it is called in messages, how the check counts them, and the word `npm run new` makes
 * one with. The collections, the wrong-folder rule, the stray-file check, `npm run new` and
 * the check's summary all read this list, so a kind's folder is written in one place.
 * In the order the check names them.
 */
import { checkLanguage, say } from '../messages/say';
import type { ContentKind } from './kind';
import type { SiteContent } from './types';
import { JOB_KIND } from '../jobs/kind';

export type { ContentKind, LocalTime, NewFileInput } from './kind';

export const KINDS = {
  post: {
    folder: 'post',
    newWord: 'post',
    record: false,
    aFile: () => say('un article', 'a post'),
    noun: () => [say('article', 'post'), say('articles', 'posts')],
    count: (c) => c.posts.length,
    claims: [
      { field: 'event', in: ['page'] },
      { field: 'date', unless: 'start', in: ['event'] },
      { field: 'date', in: ['tag'] },
    ],
  },
  page: {
    folder: 'page',
    newWord: 'page',
    record: false,
    aFile: () => say('une page', 'a page'),
    noun: () => ['page', 'pages'],
    count: (c) => c.pages.length,
  },
  tag: {
    folder: 'tags',
    record: false,
    aFile: () => say('une description de mot-clé', 'a tag description'),
    noun: () => [say('mot-clé', 'tag'), say('mots-clés', 'tags')],
    count: (c) => c.tags.length,
  },
  event: {
    folder: 'events',
    newWord: 'event',
    record: false,
    aFile: () => say('un événement', 'an event'),
    noun: () => [say('événement', 'event'), say('événements', 'events')],
    count: (c) => c.events.length,
    claims: [
      { field: 'start', in: ['page', 'tag'] },
      { field: 'start', unless: 'date', in: ['post'] },
    ],
  },
  speaker: {
    folder: 'speakers',
    newWord: 'speaker',
    record: true,
    aFile: () => say('une personne', 'a person'),
    noun: () => [say('intervenant·e', 'speaker'), say('intervenant·es', 'speakers')],
    count: (c) => c.speakers.size,
    claims: ['photo', 'bio', 'company', 'links'].map((field) => ({ field, unless: 'logo', in: ['partner'] })),
  },
  partner: {
    folder: 'partners',
    newWord: 'partner',
    record: true,
    aFile: () => say('un partenaire', 'a partner'),
    noun: () => [say('partenaire', 'partner'), say('partenaires', 'partners')],
    count: (c) => c.partners.size,
    claims: ['logo', 'url'].map((field) => ({ field, unless: 'photo', in: ['speaker'] })),
  },
  job: JOB_KIND,
} satisfies Record<string, ContentKind>;

export type KindName = keyof typeof KINDS;

export const KIND_LIST: (ContentKind & { name: KindName })[] = Object.entries(KINDS).map(([name, kind]) => ({
  name: name as KindName,
  ...kind,
}));

/** The kinds `npm run new` makes, by the word it takes. */
export const NEW_WORDS = new Map(KIND_LIST.flatMap((k) => (k.newWord ? [[k.newWord, k] as const] : [])));

/** « 3 articles, 1 page, ... » for every kind, in the registry's order. */
export function kindCounts(content: SiteContent): string {
  return KIND_LIST.map((kind) => {
    const n = kind.count(content);
    const [one, many] = kind.noun();
    // French says « 0 article », English "0 posts".
    const plural = checkLanguage() === 'fr' ? n > 1 : n !== 1;
    return `${n} ${plural ? many : one}`;
  }).join(', ');
}
