/**
 * When an event happens, in the site's language: "du samedi 3 au dimanche 4 septembre 2022",
 * "9 h 00" in French (as a French programme prints them, which Intl does not), Intl's own
 * forms in English ("Saturday, September 3 – Sunday, September 4, 2022", "9:00 a.m.").
 * Dates are the event's local wall-clock dates (lib/content/events/times.ts makes sure of
 * it), so formatting happens in UTC.
 */
import type { ContentDate } from '../dates';
import { ui } from '../messages/interface';
import { siteConfig } from '../site-config';

type Day = Pick<ContentDate, 'year' | 'month' | 'day'>;

const NBSP = '\u00a0';
const formatter = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(siteConfig.locale, { ...options, timeZone: 'UTC' });
const weekdayFormat = formatter({ weekday: 'long' });
const monthFormat = formatter({ month: 'long' });
const shortMonthFormat = formatter({ month: 'short' });
const longDateFormat = formatter({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const longDateNoYearFormat = formatter({ weekday: 'long', day: 'numeric', month: 'long' });
const timeFormat = formatter({ hour: 'numeric', minute: '2-digit' });
/** French typography is written by hand below; other languages take Intl's forms. */
const french = () => siteConfig.language === 'fr';

const asDate = (d: Day) => new Date(Date.UTC(d.year, d.month - 1, d.day));
const dayNumber = (d: Day) => (d.day === 1 ? '1er' : String(d.day));
export const sameDay = (a: Day, b: Day) => a.year === b.year && a.month === b.month && a.day === b.day;

export function weekday(d: Day): string {
  return weekdayFormat.format(asDate(d));
}

/** "samedi 3 septembre 2022", or without the year. */
export function formatLongDate(d: Day, { year = true } = {}): string {
  if (!french()) return (year ? longDateFormat : longDateNoYearFormat).format(asDate(d));
  return `${weekday(d)} ${dayNumber(d)} ${monthFormat.format(asDate(d))}${year ? ` ${d.year}` : ''}`;
}

/** "9 h 00", with no-break spaces so it never splits across lines. */
export function formatTime(d: Pick<ContentDate, 'hour' | 'minute'>): string {
  if (!french()) return timeFormat.format(new Date(Date.UTC(2000, 0, 1, d.hour, d.minute))).replace(/ /g, NBSP);
  return `${d.hour}${NBSP}h${NBSP}${String(d.minute).padStart(2, '0')}`;
}

/** "mardi 12 juillet 2022", "du samedi 3 au dimanche 4 septembre 2022", across months and years too. */
export function formatDateRange(start: Day, end?: Day): string {
  if (!end || sameDay(start, end)) return formatLongDate(start);
  if (!french()) return longDateFormat.formatRange(asDate(start), asDate(end));
  if (start.year !== end.year) return `du ${formatLongDate(start)} au ${formatLongDate(end)}`;
  if (start.month !== end.month) return `du ${formatLongDate(start, { year: false })} au ${formatLongDate(end)}`;
  return `du ${weekday(start)} ${dayNumber(start)} au ${formatLongDate(end)}`;
}

/** "de 9 h 00 à 17 h 00", "à 19 h 00", "de 9 h 00 le samedi à 17 h 00 le dimanche". */
export function formatTimeRange(start: ContentDate, end?: ContentDate): string {
  const words = ui().when;
  if (!end) return words.at(formatTime(start));
  if (sameDay(start, end)) return words.fromTo(formatTime(start), formatTime(end));
  return words.fromToAcrossDays(formatTime(start), weekday(start), formatTime(end), weekday(end));
}

/** The date block of lists: "3–4" over "sept." over "2022" (the first day when months differ). */
export function dateBlock(start: Day, end?: Day): { day: string; month: string; year: string } {
  const sameMonth = end && end.year === start.year && end.month === start.month && end.day !== start.day;
  return {
    day: sameMonth ? `${start.day}–${end.day}` : String(start.day),
    month: shortMonthFormat.format(asDate(start)),
    year: String(start.year),
  };
}

/** Number of calendar days the event covers (1 for an evening). */
export function dayCount(start: Day, end?: Day): number {
  if (!end) return 1;
  return Math.round((asDate(end).getTime() - asDate(start).getTime()) / 86_400_000) + 1;
}

/** "Rym, Pablo et Mathieu", "Rym, Pablo and Mathieu". */
export function frenchList(items: string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${ui().and} ${items[items.length - 1]}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "45 min", "4 h", "1 h 30": how long a session lasts, as a French programme prints it. */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes}${NBSP}min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours}${NBSP}h${NBSP}${String(rest).padStart(2, '0')}` : `${hours}${NBSP}h`;
}

/** A track name worth showing: not when the session title already says it. */
export function trackLabel(track: string | undefined, title: string): string | undefined {
  if (!track) return undefined;
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return fold(title).includes(fold(track)) ? undefined : track;
}
