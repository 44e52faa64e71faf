import type { ContentDate } from '../dates';
import type { Heading, LinkRef } from '../mdx/analyze';
import type { AllowedComponent } from '../mdx/allow-list';
import type { Banner, PartnerRef, PartnerTier, Resource } from './schema';
import type { Session, SiteEvent, Speaker, Venue } from './event-types';

export type { Banner, PartnerRef, PartnerTier, Resource, Heading, LinkRef, Session, SiteEvent, Speaker, Venue };

export type Alias = { path: string; line: number };

/** A post or a standalone page, validated and with everything lists need computed. */
export type Document = {
  kind: 'post' | 'page';
  slug: string;
  /** Path from the project root, as printed in errors: content/post/x.mdx. */
  file: string;
  url: string;
  title: string;
  subtitle?: string;
  date?: ContentDate;
  lastmod?: ContentDate;
  tags: string[];
  banners: Banner[];
  /** Share and thumbnail image: `image`, else the first banner. */
  image?: string;
  /** Plain text: front matter `summary`, else up to <!--more-->, else the first paragraph. */
  summary: string;
  draft: boolean;
  resources: Resource[];
  partners: PartnerRef[];
  event?: string;
  /** Old addresses that redirect here, with the front matter line that gives each. */
  aliases: Alias[];
  /** MDX body with the front matter and HTML comments blanked (lines match the file). */
  source: string;
  wordCount: number;
  readingMinutes: number;
  headings: Heading[];
  links: LinkRef[];
  images: LinkRef[];
  components: Set<AllowedComponent>;
  bareComponents: Set<AllowedComponent>;
  componentUses: ComponentUse[];
};

export type Post = Document & { kind: 'post'; date: ContentDate };
export type Page = Document & { kind: 'page' };

export type ComponentUse = {
  name: AllowedComponent;
  attributes: Record<string, string>;
  line: number;
  column: number;
};

export type TagInfo = {
  tag: string;
  title: string;
  /** Markdown description from content/tags/<tag>.md, if any. */
  description?: string;
  url: string;
  count: number;
};

export type Partner = {
  key: string;
  name: string;
  url: string;
  logo?: string;
  description?: string;
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
  /** Events, soonest first (lib/content/events.ts). */
  events: SiteEvent[];
  /** People (speakers and organizers) by key. */
  speakers: Map<string, Speaker>;
  /** The clock the content was read at: what is scheduled, what is upcoming. */
  builtAt: number;
};
