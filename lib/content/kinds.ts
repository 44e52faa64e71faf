/**
 * The kinds of content, declared once: the folder of content/ each lives in, what one file
 * of it is called in messages, how the check counts them, and the word `npm run new` makes
 * one with. The collections, the wrong-folder rule, the stray-file check, `npm run new` and
 * the check's summary all read this list, so a kind's folder is written in one place.
 * In the order the check names them.
 */
import { checkLanguage, say } from '../messages/say';
import type { Collection, ReadContext } from './collection';
import type { SiteContent } from './types';
import { JOB_KIND } from '../jobs/kind';

/** A wall-clock time in the site's time zone, with its UTC offset ("+02:00"). */
export type LocalTime = { day: string; time: string; offset: string };

/** What `npm run new` gives a kind's template: the title typed, and the time now. */
export type NewFileInput = { title: string; now: LocalTime };

export type ContentKind = {
  /** Its folder under content/, and the first segment of its pages' addresses. */
  folder: string;
  /** The word of `npm run new -- <word>`; none for tags (a tag exists once a post uses it). */
  newWord?: string;
  /** Records other files name by key (.yml), rather than pages of their own (.mdx). */
  record: boolean;
  /**
   * The file `npm run new` writes, every field explained in French. The first kinds' templates
   * live in scripts/tools/new-content/templates.ts (they show examples read from the content folder).
   */
  template?: (input: NewFileInput) => string;
  /** One file of the kind, with its article, in messages: « un article ». */
  aFile: () => string;
  /** Singular and plural for the check's summary: « 1 article », « 3 articles ». */
  noun: () => [one: string, many: string];
  /** How many the check counts. */
  count: (content: SiteContent) => number;
  /**
   * Fields that say a file of another kind's folder is one of these, unless it also has
   * `unless`: it is refused there with this kind's folder (misplaced.ts).
   */
  claims?: { field: string; unless?: string; in: string[] }[];
  /**
   * A kind that names no other file brings its collection: load.ts reads it after the others
   * into `content.records`, under the kind's name, and the stray-file check knows its folder.
   * (The first kinds reference each other and are read in their order by load.ts.)
   */
  // biome-ignore lint/suspicious/noExplicitAny: each kind's schema types its own reader's input
  collection?: Collection<any, unknown, ReadContext>;
  /** The pages it publishes, for the list every page of the site comes from (routes.ts). */
  paths?: (content: Pick<SiteContent, 'records' | 'pages'>) => Iterable<string>;
  /** Its pages that only redirect (an old or short address), which no alias may take. */
  redirects?: (content: Pick<SiteContent, 'pages'>) => Iterable<string>;
};

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
