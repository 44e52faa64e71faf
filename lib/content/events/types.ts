/**
 * An event as pages use it: the fields written in front matter keep the schema's types
 * (schema.ts); only what reading computes (times, addresses, the description) is added here.
 */
import type { ContentDate } from '../../dates';
import type { MdxAnalysis } from '../../mdx/analyze';
import type { Banner } from '../schema';
import type { EventFrontMatter, SessionFrontMatter } from './schema';

export type Venue = NonNullable<EventFrontMatter['venue']>;

export type Session = Omit<SessionFrontMatter, 'id' | 'start'> & {
  /** Anchor on the event page, unique in the event: front matter `id`, else made from the title. */
  id: string;
  /** Local time of the event (the offset is the event time zone's). */
  start?: ContentDate;
  /** start + duration, when both are given. */
  end?: ContentDate;
};

/** A call to act (register, propose a talk) open until the end of `until`. */
export type EventCall = {
  url: string;
  /** The last day (or instant) as written, local to the event. */
  until?: ContentDate;
  /** The instant after which the call is closed. */
  closes?: number;
};

/** An event, validated: every key resolves, every session fits, nothing overlaps. */
export type SiteEvent = Pick<
  EventFrontMatter,
  'title' | 'status' | 'venue' | 'online' | 'website' | 'tags' | 'partners' | 'organizers'
> &
  Pick<MdxAnalysis, 'source' | 'links' | 'images' | 'componentUses' | 'bareComponents'> & {
    slug: string;
    /** Path from the project root, as printed in errors: content/events/x.mdx. */
    file: string;
    url: string;
    /** The event's own .ics file. */
    calendarUrl: string;
    /** Plain text: front matter `summary`, else the first paragraph of the description. */
    summary: string;
    timeZone: string;
    start: ContentDate;
    end?: ContentDate;
    /** The instant after which the event is past: its end, else the end of its first day. */
    until: number;
    registration?: EventCall;
    /** The call for talks, with the date it closes. */
    cfp?: EventCall;
    banners: Banner[];
    image?: string;
    /** Timed sessions by start, then untimed ones in file order. */
    sessions: Session[];
  };
