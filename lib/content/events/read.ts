/**
 * Reads one event (content/events/<slug>.mdx): its times in its own time zone, its
 * sessions with their anchors, and the rules of checks.ts. Read by load.ts in the same pass
 * as posts, so `npm run check` and the build report event problems like any other; an
 * event with an error is not published.
 */
import GithubSlugger from 'github-slugger';
import { sitePaths } from '../../urls';
import type { ReadContext, Source } from '../collection';
import { issue, type ContentIssue } from '../../messages/issues';
import { readMdxFile } from '../mdx-file';
import { describePath } from '../schema-issues';
import type { Partner, Speaker } from '../types';
import { checkEvent, checkPeople } from './checks';
import type { eventSchema, EventFrontMatter } from './schema';
import { endOfDay, parseEventTime, zonedDate, type TimeError } from './times';
import type { Session, SiteEvent } from './types';
import { EVENT_PAGE_IDS } from '../../page-ids';

export type EventContext = ReadContext & {
  partners: Map<string, Partner>;
  speakers: Map<string, Speaker>;
};

/** Soonest first; the same start, by slug. */
export const soonestFirst = (a: SiteEvent, b: SiteEvent) => a.start.time - b.start.time || a.slug.localeCompare(b.slug);

export function readEvent(
  { abs, file, key: slug, schema }: Source<typeof eventSchema>,
  context: EventContext,
): SiteEvent | undefined {
  const { issues } = context;
  // A field that breaks the schema does not hide the file's other key errors: one run lists them all.
  const read = readMdxFile(abs, file, schema, context, (data, lineOf) =>
    issues.push(...checkPeople({ file, ...writtenPeople(data) }, lineOf, context.speakers)),
  );
  if (!read) return undefined;
  const { body, lineOf } = read;

  const fm = read.data;
  const found: ContentIssue[] = [];
  const time = (written: string, at: (string | number)[]) => {
    const result = parseEventTime(written, fm.timezone);
    if (!isTimeError(result)) return result;
    found.push(issue(file, lineOf(at), `${describePath(at)}: ${result.error}`, result.hint));
    return undefined;
  };
  const start = time(fm.start, ['start']);
  const end = fm.end === undefined ? undefined : time(fm.end, ['end']);
  const ids = new SessionIds();
  const sessions = fm.sessions.map((s, index) =>
    toSession(
      s,
      s.start === undefined ? undefined : time(s.start, ['sessions', index, 'start']),
      fm.timezone,
      ids.next(s.id ?? s.title),
    ),
  );
  const call = (written: { url: string; until?: string } | undefined, field: string) => {
    if (!written) return undefined;
    if (written.until === undefined) return { url: written.url };
    const until = time(written.until, [field, 'until']);
    if (!until) return undefined;
    const dateOnly = !/[T ]\d/.test(written.until.trim());
    return { url: written.url, until, closes: dateOnly ? endOfDay(until, fm.timezone) : until.time };
  };
  const registration = call(fm.registration, 'registration');
  const cfp = call(fm.cfp, 'cfp');
  if (found.length || !start) {
    issues.push(...found);
    return undefined;
  }

  const event: SiteEvent = {
    slug,
    file,
    url: sitePaths.event(slug),
    calendarUrl: sitePaths.eventCalendar(slug),
    title: fm.title,
    summary: (fm.summary ?? body.summary).trim(),
    status: fm.status,
    timeZone: fm.timezone,
    start,
    end,
    until: end ? end.time : endOfDay(start, fm.timezone),
    venue: fm.venue,
    online: fm.online,
    website: fm.website,
    registration,
    cfp,
    banners: fm.hero ?? [],
    image: fm.hero?.[0]?.src,
    tags: fm.tags,
    partners: fm.partners,
    organizers: fm.organizers,
    sessions,
    source: body.source,
    links: body.links,
    images: body.images,
    componentUses: body.componentUses,
    bareComponents: body.bareComponents,
  };
  const problems = checkEvent(event, lineOf, context, context.dirs);
  issues.push(...problems);
  if (!read.bodyValid || problems.some((i) => i.severity === 'error')) return undefined;
  return { ...event, sessions: inScheduleOrder(sessions) };
}

function isTimeError(value: unknown): value is TimeError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

function toSession(
  fm: EventFrontMatter['sessions'][number],
  start: Session['start'],
  timeZone: string,
  id: string,
): Session {
  const end = start && fm.duration ? zonedDate(start.time + fm.duration * 60_000, timeZone) : undefined;
  return { ...fm, id, start, end };
}

/** Anchors made from titles like GitHub's heading ids ("table-ronde", "table-ronde-1"), unique within one event. */
class SessionIds {
  private slugger = new GithubSlugger();
  constructor() {
    // Ids the event page already uses for its own sections.
    for (const taken of EVENT_PAGE_IDS) this.slugger.slug(taken);
  }
  next(written: string): string {
    return this.slugger.slug(written.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) || 'session';
  }
}

/** Timed sessions by start (track order for ties, as written), then the untimed ones. */
function inScheduleOrder(sessions: Session[]): Session[] {
  const timed = sessions.filter((s) => s.start).sort((a, b) => a.start!.time - b.start!.time);
  return [...timed, ...sessions.filter((s) => !s.start)];
}

/** The people keys of a front matter that broke the schema, where they are text. */
function writtenPeople(data: Record<string, unknown>): { organizers: string[]; sessions: { speakers: string[] }[] } {
  const texts = (v: unknown) => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : '')) : []);
  const sessions = Array.isArray(data.sessions) ? data.sessions : [];
  return {
    organizers: texts(data.organizers),
    sessions: sessions.map((s) => ({ speakers: texts((s as { speakers?: unknown } | null)?.speakers) })),
  };
}
