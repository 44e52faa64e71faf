/**
 * iCalendar (RFC 5545) files of events: one per event, and one with them all to
 * subscribe to. ical-generator writes the format (escaping, CRLF, lines folded at 75
 * octets, never inside a UTF-8 character); times are written in UTC, which every
 * calendar shows in its reader's own zone, so no VTIMEZONE is needed.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import type { SiteEvent } from '../content/types';
import type { EventStatus } from '../content/events/schema';
import { siteConfig } from '../site-config';
import { absoluteUrl } from '../urls';
import { formatAddress } from './place';
import { withoutXmlForbidden } from '../text/xml-chars';
import { ui } from '@/lib/messages/interface';

const STATUS: Record<EventStatus, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * Same event, same UID, whatever the build and wherever the site is served: calendars update
 * it instead of adding a copy, also after a move to another domain (the UID names the
 * community, not the host).
 */
export function eventUid(slug: string): string {
  return `event-${slug}@${siteConfig.calendarId}`;
}

/**
 * An event written without `end` lasts this long in calendars (a meetup evening), instead of
 * the zero-length event calendar apps show for a start alone. CONTRIBUTING says so.
 */
export const DEFAULT_EVENT_HOURS = 3;

/** When the event ends in calendars: its `end`, else its start plus the default length. */
export function calendarEnd(event: Pick<SiteEvent, 'start' | 'end'>): Date {
  return new Date(event.end ? event.end.time : event.start.time + DEFAULT_EVENT_HOURS * 3_600_000);
}

type CalendarOptions = {
  /** X-WR-CALNAME, shown by calendars that subscribe. */
  name: string;
  /** The page the calendar comes from. */
  url: string;
  /** A calendar to subscribe to: clients fetch it again once a day. */
  subscription?: boolean;
};

/** Text without control characters; line breaks are kept where the field allows them. */
function plain(text: string, multiline = false): string {
  return text.replace(multiline ? /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g : CONTROL, ' ');
}
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** RFC 5545 TEXT escaping, for the one property ical-generator writes raw. */
function icsEscape(text: string): string {
  return plain(text).replace(/[\\;,]/g, (c) => `\\${c}`);
}

export function eventsCalendar(
  events: SiteEvent[],
  { name, url: pageUrl, subscription = false }: CalendarOptions,
): string {
  const calendar = ical({
    name: icsEscape(name),
    prodId: { company: siteConfig.title, product: 'site', language: siteConfig.language.toUpperCase() },
    url: absoluteUrl(pageUrl),
    ttl: subscription ? 24 * 60 * 60 : null,
  });
  for (const event of events) {
    const url = absoluteUrl(event.url);
    const online = event.online?.url ?? event.online?.platform;
    calendar.createEvent({
      id: eventUid(event.slug),
      // DTSTAMP from the content, not the clock: the same content gives the same bytes, so
      // a rebuild changes no calendar and no cache. The start is a fact of the event's file.
      stamp: new Date(event.start.time),
      start: new Date(event.start.time),
      end: calendarEnd(event),
      summary: plain(event.title),
      description: plain(
        [event.summary, online ? `${ui().calendarText.online}${online}` : '', `${ui().calendarText.details}${url}`]
          .filter(Boolean)
          .join('\n\n'),
        true,
      ),
      location: event.venue
        ? {
            title: plain(event.venue.name),
            address: plain(formatAddress(event.venue)),
            geo:
              event.venue.lat !== undefined && event.venue.lng !== undefined
                ? { lat: event.venue.lat, lon: event.venue.lng }
                : undefined,
          }
        : event.online?.url
          ? plain(event.online.url)
          : null,
      url,
      status: STATUS[event.status],
    });
  }
  const text = withoutXmlForbidden(calendar.toString());
  // RFC 5545 ends every content line with CRLF, the last one included.
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
