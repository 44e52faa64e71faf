/**
 * What each generated share card says: title, a line of date and city, the hero photo when
 * there is one. One card per post, event and speaker page, at /og/<kind>/<slug>.jpg, and one
 * for every other page (the site's name), at /og/site.jpg.
 */
import type { Archive } from '../content/archive';
import type { SiteContent } from '../content/types';
import { formatFrenchDate } from '../dates';
import { capitalize, formatDateRange } from '../events/when';
import { siteConfig } from '../site-config';
import { sitePaths } from '../urls';
import { ui } from '../messages/interface';

/** The size every network reads (Open Graph, X, LinkedIn). */
export const SHARE_CARD = { width: 1200, height: 630 } as const;

export type CardSpec = {
  /** Site path of the JPEG. */
  path: string;
  /** Small capitals above the title: "Article", "Événement", "Intervenant". */
  kicker: string;
  title: string;
  /** Date, city, company... */
  line?: string;
  /** A content image (/img/...), shown behind the text. */
  photo?: string;
  /** Initials shown in a disc when a speaker has no photo. */
  initials?: string;
};

export function cardSpecs(
  content: Pick<SiteContent, 'posts' | 'events'>,
  archive: Pick<Archive, 'speakers'>,
): CardSpec[] {
  const words = ui().shareCards;
  const cityOf = new Map(content.events.map((e) => [e.slug, e.venue?.city]));
  const posts = content.posts.map((post) => ({
    path: sitePaths.shareCard('post', post.slug),
    kicker: words.post,
    title: post.title,
    // A recap names the city of its event.
    line: [formatFrenchDate(post.date), post.event && cityOf.get(post.event)].filter(Boolean).join(' · '),
    photo: post.image,
  }));
  const events = content.events.map((event) => ({
    path: sitePaths.shareCard('event', event.slug),
    kicker: words.event,
    title: event.title,
    line: [capitalize(formatDateRange(event.start, event.end)), event.venue?.city ?? words.online].join(' · '),
    photo: event.image,
  }));
  const speakers = archive.speakers.map(({ speaker, talks }) => ({
    path: sitePaths.shareCard('speaker', speaker.key),
    kicker: words.speaker,
    title: speaker.name,
    line: [speaker.company, words.sessions(talks.length)].filter(Boolean).join(' · '),
    photo: speaker.photo,
    initials: speaker.photo ? undefined : speaker.name,
  }));
  const site = {
    path: sitePaths.siteCard(),
    kicker: ui().shareCards.site,
    title: siteConfig.title,
    line: siteConfig.subtitle,
  };
  return [site, ...posts, ...events, ...speakers];
}
