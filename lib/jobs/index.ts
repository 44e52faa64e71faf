/** What the job pages ask of the content layer: every valid offer, one by slug, the open ones. */
import { getContent } from '../content';
import { openOffers } from './board';
import { offersOf } from './kind';
import type { JobOffer } from './types';

export type { JobOffer } from './types';

/** Every valid offer, open or closed: each keeps its page, so a shared link keeps working. */
export function getJobOffers(): readonly JobOffer[] {
  return offersOf(getContent());
}

export function getJobOffer(slug: string): JobOffer | undefined {
  return getJobOffers().find((offer) => offer.slug === slug);
}

/** The offers the board lists: open when the site is built, newest first. */
export function getOpenJobOffers(): JobOffer[] {
  return openOffers(getJobOffers(), getContent().builtAt);
}
