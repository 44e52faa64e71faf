/**
 * The community's memory, computed once from the events: every talk, every speaker with
 * their talks, every partner with the events they supported. One pass over the sessions
 * and partner lists of all events, so its cost grows with the content, not its square.
 * It belongs to the content layer: the pages it publishes are checked like any (routes.ts).
 */
import { siteConfig } from '../site-config';
import { sitePaths } from '../urls';
import type { SessionFormat } from './events/schema';
import { PARTNER_TIERS, type PartnerTier } from './schema';
import type { Partner, Post, Session, SiteContent, SiteEvent, Speaker } from './types';

/** Sessions that are talks of some kind; breaks and outdoor activities are not archived. */
const TALK_FORMATS = [
  'keynote',
  'talk',
  'quickie',
  'lightning',
  'round-table',
] as const satisfies readonly SessionFormat[];
export type TalkFormat = (typeof TALK_FORMATS)[number];

export type Talk = {
  /** Unique across the site: <event slug>#<session id>. */
  key: string;
  /** The talk's permanent link: its anchor on the event page. */
  url: string;
  title: string;
  format: TalkFormat;
  session: Session;
  event: SiteEvent;
  speakers: Speaker[];
  /** The session's own tags, then the event's. */
  topics: string[];
  /** Sort instant: the session's start, else the event's. */
  time: number;
  /** The calendar day as written (20220601), so a day's programme stays together. */
  day: number;
  year: number;
};

export type SpeakerProfile = {
  speaker: Speaker;
  url: string;
  /** Newest first. */
  talks: Talk[];
  /** Recap posts of the events they spoke at, newest first. */
  recaps: Post[];
};

export type PartnerProfile = {
  partner: Partner;
  /** Events they supported, newest first, with their tier at each. */
  events: { event: SiteEvent; tier: PartnerTier }[];
};

export type Archive = {
  /** Newest first. */
  talks: Talk[];
  talksByYear: { year: number; talks: Talk[] }[];
  /** Formats and topics with at least one talk, in a stable order. */
  formats: { format: TalkFormat; talks: Talk[] }[];
  topics: { tag: string; talks: Talk[] }[];
  /** Speakers with at least one talk, by name. */
  speakers: SpeakerProfile[];
  speakerByKey: Map<string, SpeakerProfile>;
  /** Every partner; those with the most recent support first. */
  partners: PartnerProfile[];
};

export const isTalkFormat = (format: SessionFormat): format is TalkFormat =>
  (TALK_FORMATS as readonly string[]).includes(format);

export function buildArchive(content: Pick<SiteContent, 'events' | 'speakers' | 'partners' | 'posts'>): Archive {
  const talks: Talk[] = [];
  const profiles = new Map<string, SpeakerProfile>();
  const partnerEvents = new Map<string, PartnerProfile['events']>();

  for (const event of content.events) {
    for (const session of event.sessions) {
      if (!isTalkFormat(session.format)) continue;
      const time = session.start?.time ?? event.start.time;
      const when = session.start ?? event.start;
      const talk: Talk = {
        key: `${event.slug}#${session.id}`,
        url: `${sitePaths.event(event.slug)}#${session.id}`,
        title: session.title,
        format: session.format,
        session,
        event,
        speakers: session.speakers.map((key) => content.speakers.get(key)).filter((s): s is Speaker => Boolean(s)),
        topics: [...new Set([...session.tags, ...event.tags])],
        time,
        day: when.year * 10_000 + when.month * 100 + when.day,
        year: when.year,
      };
      talks.push(talk);
      for (const speaker of talk.speakers) {
        const profile = profiles.get(speaker.key) ?? {
          speaker,
          url: sitePaths.speaker(speaker.key),
          talks: [],
          recaps: [],
        };
        profiles.set(speaker.key, profile);
        profile.talks.push(talk);
      }
    }
    for (const ref of event.partners) {
      const list = partnerEvents.get(ref.key) ?? [];
      list.push({ event, tier: ref.tier });
      partnerEvents.set(ref.key, list);
    }
  }

  // Newest day first, but a day reads as its programme did: 12:00 before 12:15.
  const newestFirst = (a: Talk, b: Talk) => b.day - a.day || a.time - b.time || a.key.localeCompare(b.key);
  talks.sort(newestFirst);

  const recapsByEvent = new Map<string, Post[]>();
  for (const post of content.posts) {
    if (!post.event) continue;
    const list = recapsByEvent.get(post.event);
    if (list) list.push(post);
    else recapsByEvent.set(post.event, [post]);
  }
  for (const profile of profiles.values()) {
    profile.talks.sort(newestFirst);
    const seen = new Set<string>();
    for (const talk of profile.talks) {
      if (seen.has(talk.event.slug)) continue;
      seen.add(talk.event.slug);
      profile.recaps.push(...(recapsByEvent.get(talk.event.slug) ?? []));
    }
  }

  const partners = [...content.partners.values()].map((partner) => ({
    partner,
    events: (partnerEvents.get(partner.key) ?? []).sort((a, b) => b.event.start.time - a.event.start.time),
  }));
  // Partners of the latest events first; among those of the same event, the main ones first.
  const latest = (p: PartnerProfile) => p.events[0]?.event.start.time ?? -Infinity;
  const level = (p: PartnerProfile) => (p.events[0] ? PARTNER_TIERS.indexOf(p.events[0].tier) : PARTNER_TIERS.length);
  partners.sort(
    (a, b) =>
      latest(b) - latest(a) || level(a) - level(b) || a.partner.name.localeCompare(b.partner.name, siteConfig.language),
  );

  const speakers = [...profiles.values()].sort((a, b) =>
    a.speaker.name.localeCompare(b.speaker.name, siteConfig.language),
  );
  return {
    talks,
    talksByYear: groupBy(talks, (t) => t.year).map(([year, list]) => ({ year, talks: list })),
    formats: TALK_FORMATS.map((format) => ({ format, talks: talks.filter((t) => t.format === format) })).filter(
      (f) => f.talks.length,
    ),
    topics: groupBy(
      talks.flatMap((t) => t.topics.map((tag) => ({ tag, t }))),
      (x) => x.tag,
    )
      .map(([tag, list]) => ({ tag, talks: list.map((x) => x.t) }))
      .sort((a, b) => a.tag.localeCompare(b.tag)),
    speakers,
    speakerByKey: new Map(speakers.map((s) => [s.speaker.key, s])),
    partners,
  };
}

/** Groups in order of first appearance. */
function groupBy<T, K>(items: T[], keyOf: (item: T) => K): [K, T[]][] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups];
}

/** "AB" for "Arthur Busser", "R" for "Rym": shown when a speaker has no photo. */
export function initials(name: string): string {
  const words = name.split(/[\s-]+/).filter(Boolean);
  return (words.length > 1 ? words[0][0] + words[words.length - 1][0] : (words[0] ?? '?')[0]).toUpperCase();
}

/** The pages the archive publishes (routes.ts lists them for the sitemap and the link check). */
export function archivePaths(archive: Archive): string[] {
  return [
    sitePaths.speakers(),
    sitePaths.talks(),
    sitePaths.partners(),
    sitePaths.proposeTalk(),
    ...archive.speakers.map((s) => s.url),
    ...archive.formats.map((f) => sitePaths.talksByFormat(f.format)),
    ...archive.topics.map((t) => sitePaths.talksByTopic(t.tag)),
  ];
}
