/**
 * What a kind of content declares (kinds.ts lists them): its folder, how messages name and
 * count it, its template, collection and pages. Types only, so that a kind's own files and the
 * readers below the registry can name them without importing the registry.
 */
import type { Collection, ReadContext } from './collection';
import type { SiteContent } from './types';

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

/** A kind as the registry lists it, with its name. */
export type NamedKind = ContentKind & { name: string };
