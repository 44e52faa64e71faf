/**
 * schema.org Event data for search engines, written into the page as
 * <script type="application/ld+json">: data, not code (the post-export step keeps it and
 * the Content-Security-Policy still forbids every script).
 */
import type { EventStatus } from '../content/events/schema';
import type { Partner, SiteEvent, Speaker } from '../content/types';
import { siteConfig } from '../site-config';
import { absoluteUrl } from '../urls';
import { speakerKeys } from '../events/schedule';
import type { JsonLdObject } from '../structured-data';

const STATUS: Record<EventStatus, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
};

type Registries = { speakers: Map<string, Speaker>; partners: Map<string, Partner> };

export function eventJsonLd(event: SiteEvent, { speakers, partners }: Registries): JsonLdObject {
  const person = (key: string) => {
    const p = speakers.get(key)!;
    return {
      '@type': 'Person',
      name: p.name,
      ...(p.company ? { worksFor: { '@type': 'Organization', name: p.company } } : {}),
    };
  };
  const url = absoluteUrl(event.url);
  const place = event.venue && {
    '@type': 'Place',
    name: event.venue.name,
    address: {
      '@type': 'PostalAddress',
      ...(event.venue.address ? { streetAddress: event.venue.address } : {}),
      ...(event.venue.postalCode ? { postalCode: event.venue.postalCode } : {}),
      addressLocality: event.venue.city,
      addressCountry: 'FR',
    },
    ...(event.venue.lat !== undefined
      ? { geo: { '@type': 'GeoCoordinates', latitude: event.venue.lat, longitude: event.venue.lng } }
      : {}),
  };
  const virtual = event.online && { '@type': 'VirtualLocation', url: event.online.url ?? event.website ?? url };
  const mode = place && virtual ? 'Mixed' : virtual ? 'Online' : 'Offline';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url,
    startDate: event.start.iso,
    ...(event.end ? { endDate: event.end.iso } : {}),
    eventStatus: STATUS[event.status],
    eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
    location: [place, virtual].filter(Boolean),
    ...(event.image ? { image: [absoluteUrl(event.image)] } : {}),
    organizer: [
      { '@type': 'Organization', name: siteConfig.title, url: absoluteUrl('/') },
      ...event.organizers.map(person),
    ],
    performer: speakerKeys(event.sessions).map(person),
    sponsor: event.partners.map(({ key }) => ({
      '@type': 'Organization',
      name: partners.get(key)!.name,
      url: partners.get(key)!.url,
    })),
  };
}
