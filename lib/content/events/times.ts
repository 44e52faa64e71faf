/**
 * Times of events, always in the event's own time zone: what organizers write
 * (2022-09-03 09:00) is local time there, and a written offset must be that zone's.
 */
import { dateFix, parseContentDate, timeZoneOffsetMinutes, wallClock, type ContentDate } from '../../dates';
import { say } from '../../messages/say';

export type TimeError = { error: string; hint?: string };

export function parseEventTime(raw: string, timeZone: string): ContentDate | TimeError {
  const parsed = parseContentDate(raw, timeZone);
  if ('error' in parsed) {
    if (parsed.hint) return { error: parsed.error, hint: parsed.hint };
    // An event's times are local times: the fix is in that one form, with her own date.
    const fix = dateFix(raw, timeZone, 'local');
    const error = parsed.error.replace(/ ; écrivez-la .*$|; write it as .*$/, '');
    return {
      error,
      hint: fix
        ? say(`écrivez l'heure locale : ${fix}`, `write the local time: ${fix}`)
        : say("écrivez l'heure locale : AAAA-MM-JJ HH:MM", 'write the local time: YYYY-MM-DD HH:MM'),
    };
  }
  const wall = Date.UTC(parsed.year, parsed.month - 1, parsed.day, parsed.hour, parsed.minute);
  const written = Math.round((wall - parsed.time) / 60_000);
  const expected = timeZoneOffsetMinutes(wall, timeZone);
  if (written !== expected) {
    // A Hugo habit: +01:00 all year round. Shown as is, the times would be an hour off.
    return {
      error: say(
        `"${raw}" porte le décalage ${formatOffset(written)}, mais ${timeZone} est à ${formatOffset(expected)} ce jour-là`,
        `"${raw}" has the offset ${formatOffset(written)}, but ${timeZone} is at ${formatOffset(expected)} on that day`,
      ),
      hint: say(
        `écrivez l'heure locale sans décalage (${parsed.iso.slice(0, 10)} ${parsed.iso.slice(11, 16)}), ou le décalage ${formatOffset(expected)}`,
        `write the local time without offset (${parsed.iso.slice(0, 10)} ${parsed.iso.slice(11, 16)}), or the offset ${formatOffset(expected)}`,
      ),
    };
  }
  return parsed;
}

/** The wall-clock date and time of an instant in a time zone. */
export function zonedDate(instant: number, timeZone: string): ContentDate {
  const { year, month, day, hour, minute } = wallClock(instant, timeZone);
  const offset = Math.round((Date.UTC(year, month - 1, day, hour, minute) - instant) / 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${formatOffset(offset)}`;
  return { iso, time: instant, year, month, day, hour, minute };
}

/** The last instant of a date's local day. */
export function endOfDay(date: ContentDate, timeZone: string): number {
  const nextMidnight = Date.UTC(date.year, date.month - 1, date.day + 1);
  return nextMidnight - timeZoneOffsetMinutes(nextMidnight, timeZone) * 60_000 - 1;
}

/** "2022-09-03 09:00", the way organizers write times, for error messages. */
export function writtenTime(date: ContentDate): string {
  return `${date.iso.slice(0, 10)} ${date.iso.slice(11, 16)}`;
}

function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
