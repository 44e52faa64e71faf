/**
 * Calls to act on upcoming events (propose a talk, register), open or closed as of the
 * build: the site is static, so "open" means "open when the site was built".
 */
import type { EventCall, SiteEvent } from '../content/types';
import { isUpcoming } from '../events/timeline';
import { formatFrenchDate } from '../dates';
import { siteConfig } from '../site-config';

export type OpenCall = { url: string; until?: string };
export type EventCalls = { cfp?: OpenCall; registration?: OpenCall };

function open(call: EventCall | undefined, now: number): OpenCall | undefined {
  if (!call || (call.closes !== undefined && call.closes < now)) return undefined;
  return { url: call.url, until: call.until && formatFrenchDate(call.until) };
}

/** The calls of an event still open at `now`; none once the event is over or cancelled. */
export function openCalls(event: SiteEvent, now: number): EventCalls {
  if (!isUpcoming(event, now) || event.status === 'cancelled') return {};
  return { cfp: open(event.cfp, now), registration: open(event.registration, now) };
}

/** Upcoming events whose call for talks is open, soonest first. */
export function openCallsForTalks(events: SiteEvent[], now: number): { event: SiteEvent; cfp: OpenCall }[] {
  return events.flatMap((event) => {
    const { cfp } = openCalls(event, now);
    return cfp ? [{ event, cfp }] : [];
  });
}

/** Where talks are proposed when no event has its own form. */
export const proposalForm = () => siteConfig.talkProposalForm;
