/** schema.org JobPosting of an offer's page, the data search engines list job offers from. */
import type { JsonLdObject } from '../structured-data';
import { absoluteUrl } from '../urls';
import type { Contract } from './schema';
import type { JobOffer } from './types';

const EMPLOYMENT_TYPES: Record<Contract, string> = {
  cdi: 'FULL_TIME',
  cdd: 'TEMPORARY',
  freelance: 'CONTRACTOR',
  stage: 'INTERN',
  alternance: 'INTERN',
};

export function jobPostingJsonLd(offer: JobOffer): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: offer.title,
    description: offer.summary || offer.title,
    datePosted: offer.date.iso,
    validThrough: new Date(offer.closes).toISOString(),
    employmentType: EMPLOYMENT_TYPES[offer.contract],
    hiringOrganization: { '@type': 'Organization', name: offer.company },
    url: absoluteUrl(offer.url),
    sameAs: offer.applyUrl,
    directApply: false,
    ...(offer.city
      ? { jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: offer.city } } }
      : {}),
    ...(offer.remote
      ? { jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'France' } }
      : {}),
  };
}
