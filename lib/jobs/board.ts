/** What the job board lists: the offers still open when the site is built, newest first. */
import type { JobOffer } from './types';

/**
 * Listed from its date (an offer dated ahead waits for it, as a post does) to the end of its
 * `until` day, Paris time: the daily build puts it on the board and takes it off.
 */
export const isOpen = (offer: Pick<JobOffer, 'date' | 'closes'>, now: number) =>
  offer.date.time <= now && now <= offer.closes;

export function newestFirst(a: JobOffer, b: JobOffer): number {
  return b.date.time - a.date.time || a.slug.localeCompare(b.slug);
}

export function openOffers(offers: readonly JobOffer[], now: number): JobOffer[] {
  return offers.filter((offer) => isOpen(offer, now)).sort(newestFirst);
}
