/**
 * Which events are still to come and which are past, relative to one clock (the build's:
 * the site is static, so "upcoming" means "not over when the site was built").
 */
import { getContent } from '../content';
import type { Post, SiteEvent } from '../content/types';

export type EventTimeline = {
  /** Not over yet, soonest first. */
  upcoming: SiteEvent[];
  /** Over, grouped by the year they started in, newest first. */
  pastByYear: { year: number; events: SiteEvent[] }[];
};

export function isUpcoming(event: Pick<SiteEvent, 'until'>, now: number): boolean {
  return event.until >= now;
}

export function splitEvents(events: SiteEvent[], now: number): EventTimeline {
  const byStart = [...events].sort((a, b) => a.start.time - b.start.time || a.slug.localeCompare(b.slug));
  const upcoming = byStart.filter((e) => isUpcoming(e, now));
  const past = byStart.filter((e) => !isUpcoming(e, now)).reverse();
  const pastByYear: EventTimeline['pastByYear'] = [];
  for (const event of past) {
    const last = pastByYear[pastByYear.length - 1];
    if (last?.year === event.start.year) last.events.push(event);
    else pastByYear.push({ year: event.start.year, events: [event] });
  }
  return { upcoming, pastByYear };
}

/** Upcoming and past events of the site, as of the build. */
export function getEventTimeline(): EventTimeline & { builtAt: number } {
  const { events, builtAt } = getContent();
  return { ...splitEvents(events, builtAt), builtAt };
}

export type FeaturedEvent = { event: SiteEvent; upcoming: boolean; recap?: Post };

/**
 * The event the home page puts forward: the next one, else the last one with its recap
 * (the newest post that reports on it), so the home always has something to show.
 */
export function featuredEvent(timeline: EventTimeline, recapsOf: (slug: string) => Post[]): FeaturedEvent | undefined {
  const next = timeline.upcoming[0];
  if (next) return { event: next, upcoming: true };
  const last = timeline.pastByYear[0]?.events[0];
  return last ? { event: last, upcoming: false, recap: recapsOf(last.slug)[0] } : undefined;
}
