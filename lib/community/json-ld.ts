/** schema.org data for the archive: a Person per speaker page, an Organization per partner. */
import type { PartnerProfile, SpeakerProfile } from '../content/archive';
import type { JsonLdObject } from '../structured-data';
import { shareImage } from '../seo';
import { absoluteUrl } from '../urls';

export function personJsonLd({ speaker, url, talks }: SpeakerProfile): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': absoluteUrl(`${url}#person`),
    name: speaker.name,
    url: absoluteUrl(url),
    ...(speaker.bio ? { description: speaker.bio.trim() } : {}),
    ...(speaker.photo ? { image: shareImage(speaker.photo).url } : {}),
    ...(speaker.company ? { worksFor: { '@type': 'Organization', name: speaker.company } } : {}),
    ...(speaker.links.length ? { sameAs: speaker.links.map((l) => l.url) } : {}),
    subjectOf: talks.map((talk) => ({
      '@type': 'Event',
      name: talk.title,
      url: absoluteUrl(talk.url),
      startDate: (talk.session.start ?? talk.event.start).iso,
    })),
  };
}

export function partnersJsonLd(partners: PartnerProfile[]): JsonLdObject[] {
  return partners.map(({ partner, events }) => ({
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: partner.name,
    url: partner.url,
    ...(partner.logo ? { logo: shareImage(partner.logo).url } : {}),
    ...(partner.description ? { description: partner.description } : {}),
    subjectOf: events.map(({ event }) => ({
      '@type': 'Event',
      name: event.title,
      url: absoluteUrl(event.url),
      startDate: event.start.iso,
    })),
  }));
}
