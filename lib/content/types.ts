/**
 * What the content layer gives pages. Fields written by organizers keep the types of their
 * schemas (schema.ts, events/schema.ts); only what reading computes is written here.
 */
import type { z } from 'zod';
import type { ContentDate } from '../dates';
import type { Heading, LinkRef, MdxAnalysis } from '../mdx/analyze';
import type { Banner, PageFrontMatter, Partner, PartnerRef, PartnerTier, Resource, speakerSchema } from './schema';
import type { EventCall, Session, SiteEvent, Venue } from './events/types';

export type {
  Banner,
  Partner,
  PartnerRef,
  PartnerTier,
  Resource,
  Heading,
  LinkRef,
  EventCall,
  Session,
  SiteEvent,
  Venue,
};

/** A record of a registry (content/<folder>/<key>.yml) with the key its file name gives. */
type Keyed<T> = { key: string } & T;

/** A person from content/speakers/<key>.yml: speakers, and organizers too. */
export type Speaker = Keyed<z.output<typeof speakerSchema>>;

export type Alias = { path: string; line: number };

/** A post or a standalone page, validated and with everything lists need computed. */
export type Document = Pick<
  PageFrontMatter,
  'title' | 'subtitle' | 'lastmod' | 'tags' | 'draft' | 'resources' | 'partners' | 'event'
> &
  Pick<
    MdxAnalysis,
    'source' | 'wordCount' | 'headings' | 'links' | 'images' | 'components' | 'bareComponents' | 'componentUses'
  > & {
    kind: 'post' | 'page';
    slug: string;
    /** Path from the project root, as printed in errors: content/post/x.mdx. */
    file: string;
    url: string;
    date?: ContentDate;
    banners: Banner[];
    /** Share and thumbnail image: `image`, else the first banner. */
    image?: string;
    /** Plain text: front matter `summary`, else up to <!--more-->, else the first paragraph. */
    summary: string;
    /** Old addresses that redirect here, with the front matter line that gives each. */
    aliases: Alias[];
    readingMinutes: number;
  };

export type Post = Document & { kind: 'post'; date: ContentDate };
export type Page = Document & { kind: 'page' };

export type TagInfo = {
  tag: string;
  title: string;
  /** Markdown description from content/tags/<tag>.md, if any. */
  description?: string;
  url: string;
  count: number;
};

export type SiteContent = {
  /** Published posts, newest first. */
  posts: Post[];
  /** Published pages, by title. */
  pages: Page[];
  /** Every tag used by a published post, most used first, then by name. */
  tags: TagInfo[];
  partners: Map<string, Partner>;
  /** Posts dated after the build, not exported yet. */
  scheduled: Post[];
  drafts: Document[];
  /** Events, soonest first (lib/content/events/read.ts). */
  events: SiteEvent[];
  /** People (speakers and organizers) by key. */
  speakers: Map<string, Speaker>;
  /** The clock the content was read at: what is scheduled, what is upcoming. */
  builtAt: number;
  /**
   * The records of each kind that brings its own collection (lib/content/kinds.ts), by the
   * kind's name; the kind's own module gives them their type.
   */
  records: ReadonlyMap<string, readonly unknown[]>;
};
