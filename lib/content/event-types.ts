import type { ContentDate } from '../dates';
import type { LinkRef } from '../mdx/analyze';
import type { AllowedComponent } from '../mdx/allow-list';
import type { EventStatus, SessionFormat } from './event-schema';
import type { Banner, PartnerRef } from './schema';
import type { ComponentUse } from './types';

/** A person from content/speakers/<key>.yml: speakers, and organizers too. */
export type Speaker = {
  key: string;
  name: string;
  company?: string;
  /** A few sentences, shown on the speaker's page. */
  bio?: string;
  photo?: string;
  links: { label?: string; url: string }[];
};

export type Venue = {
  name: string;
  address?: string;
  postalCode?: string;
  city: string;
  lat?: number;
  lng?: number;
};

export type Session = {
  title: string;
  /** Anchor on the event page, unique in the event: front matter `id`, else made from the title. */
  id: string;
  /** Speaker keys, all present in the registry. */
  speakers: string[];
  format: SessionFormat;
  /** Local time of the event (the offset is the event time zone's). */
  start?: ContentDate;
  /** start + duration, when both are given. */
  end?: ContentDate;
  duration?: number;
  track?: string;
  language?: string;
  slides?: string;
  video?: string;
  description?: string;
  /** Topics written on the session (the event's own tags are not repeated here). */
  tags: string[];
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
export type SiteEvent = {
  slug: string;
  /** Path from the project root, as printed in errors: content/events/x.mdx. */
  file: string;
  url: string;
  /** The event's own .ics file. */
  calendarUrl: string;
  title: string;
  /** Plain text: front matter `summary`, else the first paragraph of the description. */
  summary: string;
  status: EventStatus;
  timeZone: string;
  start: ContentDate;
  end?: ContentDate;
  /** The instant after which the event is past: its end, else the end of its first day. */
  until: number;
  venue?: Venue;
  online?: { url?: string; platform?: string };
  website?: string;
  registration?: EventCall;
  /** The call for talks, with the date it closes. */
  cfp?: EventCall;
  banners: Banner[];
  image?: string;
  tags: string[];
  partners: PartnerRef[];
  /** People keys, all present in the registry. */
  organizers: string[];
  /** Timed sessions by start, then untimed ones in file order. */
  sessions: Session[];
  /** MDX description with the front matter blanked (lines match the file). */
  source: string;
  links: LinkRef[];
  images: LinkRef[];
  componentUses: ComponentUse[];
  bareComponents: Set<AllowedComponent>;
};
