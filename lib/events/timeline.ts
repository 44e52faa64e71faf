/**
 * Which events are still to come and which are past, relative to one clock (the build's:
 * the site is static, so "upcoming" means "not over when the site was built").
 */
import type { SiteEvent } from '../content/event-types';

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
