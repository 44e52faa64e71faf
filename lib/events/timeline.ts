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

export type HomeEvents = {
  /** The next event, when one is announced. */
  next?: SiteEvent;
  /** The latest past event that left a recap, a video or slides, else the latest past event. */
  last?: SiteEvent;
};

/**
 * What the home page puts forward: what's next (or that no date is set yet) and the latest
 * memory, so the site never looks dormant between two events.
 */
export function homeEvents(timeline: EventTimeline, recapsOf: (slug: string) => Post[]): HomeEvents {
  const past = timeline.pastByYear.flatMap((year) => year.events);
  const remembered = past.find(
    (event) => recapsOf(event.slug).length > 0 || event.sessions.some((s) => s.video || s.slides),
  );
  return { next: timeline.upcoming[0], last: remembered ?? past[0] };
}
