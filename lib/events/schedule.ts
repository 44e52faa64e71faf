/**
 * An event's programme as the page shows it: day by day, and within a day by time slot
 * (sessions of parallel tracks share a slot). Untimed sessions are listed apart.
 */
import type { ContentDate } from '../dates';
import type { Session } from '../content/types';
import { sameDay } from './when';

export type TimedSession = Session & { start: ContentDate };
export type ScheduleSlot = { start: ContentDate; sessions: TimedSession[] };
export type ScheduleDay = { date: ContentDate; slots: ScheduleSlot[] };

export function scheduleByDay(sessions: Session[]): { days: ScheduleDay[]; untimed: Session[] } {
  const days: ScheduleDay[] = [];
  const timed = sessions.filter((s): s is TimedSession => Boolean(s.start)).sort((a, b) => a.start.time - b.start.time);
  for (const session of timed) {
    let day = days[days.length - 1];
    if (!day || !sameDay(day.date, session.start)) {
      day = { date: session.start, slots: [] };
      days.push(day);
    }
    const slot = day.slots[day.slots.length - 1];
    if (slot && slot.start.time === session.start.time) slot.sessions.push(session);
    else day.slots.push({ start: session.start, sessions: [session] });
  }
  return { days, untimed: sessions.filter((s) => !s.start) };
}

/** Everyone who speaks at the event, once each, in programme order. */
export function speakerKeys(sessions: Session[]): string[] {
  return [...new Set(sessions.flatMap((s) => s.speakers))];
}
