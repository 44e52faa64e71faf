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

const STATUS: Record<EventStatus, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** Same event, same UID, whatever the build: calendars update it instead of adding a copy. */
export function eventUid(slug: string): string {
  return `event-${slug}@${new URL(siteConfig.siteUrl).host}`;
}

type CalendarOptions = {
  /** DTSTAMP: when the file was made (the build). */
  stamp: number;
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
  { stamp, name, url: pageUrl, subscription = false }: CalendarOptions,
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
      stamp: new Date(stamp),
      start: new Date(event.start.time),
      end: event.end ? new Date(event.end.time) : null,
      summary: plain(event.title),
      description: plain(
        [event.summary, online ? `En ligne : ${online}` : '', `Programme et détails : ${url}`]
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
