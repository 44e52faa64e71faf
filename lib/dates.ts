/**
 * Dates as organizers write them: `2022-09-05T19:00:00+01:00`, `2022-09-05 19:00`, or
 * `2022-09-05`. The calendar day shown to readers is the one written in the file (the
 * author's local day), never the UTC day, so a post dated 00:30 +02:00 stays on its day.
 */
import { say } from './messages/say';
import { siteConfig } from './site-config';

export type ContentDate = {
  /** Normalized ISO 8601 with offset, e.g. 2022-09-05T19:00:00+01:00. */
  iso: string;
  /** Milliseconds since the epoch, for sorting and comparisons. */
  time: number;
  /** The calendar day and time as written. */
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
};

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses a content date; returns an error sentence instead of throwing. */
export function parseContentDate(
  raw: string,
  defaultTimeZone: string = siteConfig.timeZone,
): ContentDate | { error: string; hint?: string } {
  const m = PATTERN.exec(raw.trim());
  if (!m) {
    // The fix is written with her own date and time when they can be read, and the zone's offset that day.
    const fix = dateFix(raw, defaultTimeZone) ?? dateFix(todayIn(defaultTimeZone), defaultTimeZone);
    return {
      error: say(`"${raw}" n'est pas une date ; écrivez-la ${fix}`, `"${raw}" is not a date; write it as ${fix}`),
    };
  }
  const [year, month, day, hour = 0, minute = 0, second = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) =>
    v === undefined ? undefined : Number(v),
  ) as number[];
  if (month < 1 || month > 12)
    return { error: say(`"${raw}" : il n'y a pas de mois ${month}`, `"${raw}" has no month ${month}`) };
  if (day < 1 || day > daysInMonth(year, month)) {
    const days = daysInMonth(year, month);
    const [fr, en] = [
      new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' }),
      new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }),
    ].map((f) => f.format(Date.UTC(year, month - 1, 1)));
    return {
      error: say(
        `"${raw}" n'est pas un jour du calendrier : ${fr} ${year} a ${days} jours`,
        `"${raw}" is not a day of the calendar: ${en} ${year} has ${days} days`,
      ),
    };
  }
  if (hour > 23 || minute > 59 || second > 59)
    return { error: say(`"${raw}" : cette heure n'existe pas`, `"${raw}" has an impossible time`) };

  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = m[7] === undefined ? timeZoneOffsetMinutes(wall, defaultTimeZone) : parseOffset(m[7]);
  if (m[7] === undefined) {
    // A local time the clocks skip (02:30 on the night summer time starts) names no instant.
    const shown = wallClock(wall - offsetMinutes * 60_000, defaultTimeZone);
    if (shown.hour !== hour || shown.minute !== minute) {
      const after = `${m[1]}-${m[2]}-${m[3]} ${pad(shown.hour)}:${pad(shown.minute)}`;
      return {
        error: say(
          `"${raw}" n'existe pas à l'heure de ${defaultTimeZone} : cette nuit-là, les horloges sautent cette heure (passage à l'heure d'été)`,
          `"${raw}" does not exist in ${defaultTimeZone}: that night the clocks skip this hour (summer time starts)`,
        ),
        hint: say(`écrivez l'heure qui suit le saut, ${after}`, `write the time after the jump, ${after}`),
      };
    }
  }
  if (Math.abs(offsetMinutes) > 14 * 60)
    return { error: say(`"${raw}" : ce décalage UTC est impossible`, `"${raw}" has an impossible UTC offset`) };
  const time = wall - offsetMinutes * 60_000;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${pad(hour)}:${pad(minute)}:${pad(second)}${formatOffset(offsetMinutes)}`;
  return { iso, time, year, month, day, hour, minute };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseOffset(text: string): number {
  if (text === 'Z') return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The date an organizer meant, written as the site reads it, from what she wrote
 * ("5/11/2022 19h", "2022-11-5 19:00", "2022-11-05T19:00:00+0100"): `offset` form
 * 2022-11-05T19:00:00+01:00, with the zone's offset on that day, or `local` form
 * 2022-11-05 19:00 (events). Undefined when no day can be read in it.
 */
export function dateFix(raw: string, timeZone: string, form: 'offset' | 'local' = 'offset'): string | undefined {
  const text = raw.trim();
  const ymd = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text);
  const dmy = ymd ? undefined : /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/.exec(text);
  const [year, month, day] = ymd
    ? [ymd[1], ymd[2], ymd[3]].map(Number)
    : dmy
      ? [dmy[3], dmy[2], dmy[1]].map(Number)
      : [];
  if (!year || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const rest = text.slice(((ymd ?? dmy)?.index ?? 0) + (ymd ?? dmy)![0].length);
  const clock = /(\d{1,2})\s*[:hH]\s*(\d{2})?/.exec(rest);
  const hour = clock && Number(clock[1]) < 24 ? Number(clock[1]) : form === 'local' ? 19 : 0;
  const minute = clock?.[2] && Number(clock[2]) < 60 ? Number(clock[2]) : 0;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (form === 'local') return `${date} ${pad(hour)}:${pad(minute)}`;
  const offset = timeZoneOffsetMinutes(Date.UTC(year, month - 1, day, hour, minute), timeZone);
  return `${date}T${pad(hour)}:${pad(minute)}:00${formatOffset(offset)}`;
}

/** Today's date in a time zone, as 2026-11-05. */
function todayIn(timeZone: string): string {
  const { year, month, day } = wallClock(Date.now(), timeZone);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Offset of a time zone at a wall-clock time given as if it were UTC. Two passes settle
 * the daylight-saving transitions.
 */
export function timeZoneOffsetMinutes(wallAsUtc: number, timeZone: string): number {
  let offset = offsetAt(wallAsUtc, timeZone);
  offset = offsetAt(wallAsUtc - offset * 60_000, timeZone);
  return offset;
}

/** Offset of a time zone at an instant, in minutes east of UTC. */
export function offsetAt(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

// Making a formatter costs about 0.2 ms, formatting a few µs: one per time zone, kept.
const clockFormats = new Map<string, Intl.DateTimeFormat>();
function clockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    clockFormats.set(timeZone, format);
  }
  return format;
}

/** The date and time an instant shows on the clocks of a time zone. */
export function wallClock(instant: number, timeZone: string) {
  const parts = clockFormat(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

const frenchDay = new Intl.DateTimeFormat(siteConfig.locale, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "5 septembre 2022", from the day as written (1er for the first of the month). */
export function formatFrenchDate(date: Pick<ContentDate, 'year' | 'month' | 'day'>): string {
  const text = frenchDay.format(new Date(Date.UTC(date.year, date.month - 1, date.day)));
  return date.day === 1 ? text.replace(/^1 /, '1er ') : text;
}
