/**
 * Reads content/events/<slug>.mdx and the people registry content/speakers/<key>.yml.
 * Called by load.ts in the same pass as posts, so `npm run check` and the build report
 * event problems like any other; an event with an error is not published.
 */
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { sitePaths } from '../urls';
import { checkEvent } from './event-checks';
import { eventSchema, speakerSchema, type EventFrontMatter } from './event-schema';
import { endOfDay, parseEventTime, zonedDate, type TimeError } from './event-times';
import type { Session, SiteEvent, Speaker } from './event-types';
import { guardFile, listFiles } from './files';
import { issue, type ContentIssue } from './issues';
import { checkImage, type AssetDirs } from './references';
import { readYamlRegistry } from './registry';
import { KEBAB } from './schema';
import { describePath } from './schema-issues';
import { readMdxFile } from './mdx-file';
import type { Partner } from './types';
import { say } from './say';

type Display = (abs: string) => string;

export function readSpeakers(dir: string, display: Display, issues: ContentIssue[], dirs: AssetDirs): Map<string, Speaker> {
  const speakers = new Map<string, Speaker>();
  for (const { key, file, data, lineOf } of readYamlRegistry(dir, speakerSchema, { noun: 'speaker', example: 'arthur-busser' }, display, issues)) {
    const photoIssue = data.photo ? checkImage(data.photo, () => lineOf(['photo']), file, dirs) : undefined;
    if (photoIssue) {
      issues.push(photoIssue);
      continue;
    }
    speakers.set(key, { key, ...data });
  }
  return speakers;
}

export type EventContext = {
  display: Display;
  issues: ContentIssue[];
  partners: Map<string, Partner>;
  speakers: Map<string, Speaker>;
  dirs: AssetDirs;
};

/** Valid events, soonest first. */
export function readEvents(dir: string, context: EventContext): SiteEvent[] {
  const events: SiteEvent[] = [];
  const seen = new Map<string, string>();
  for (const abs of listFiles(dir)) {
    const ext = path.extname(abs);
    if (ext !== '.mdx' && ext !== '.md') continue;
    const file = context.display(abs);
    const slug = path.basename(abs, ext);
    if (seen.has(slug)) {
      context.issues.push(issue(file, { line: 1 }, say(`deux fichiers publient /events/${slug}/ : ${seen.get(slug)} et celui-ci`, `two files publish /events/${slug}/: ${seen.get(slug)} and this one`), say("gardez-en un (renommez ou supprimez l'autre)", 'keep one of them (rename or delete the other)')));
      continue;
    }
    seen.set(slug, file);
    if (!KEBAB.test(slug)) {
      context.issues.push(issue(file, { line: 1 }, say(`le nom de fichier "${slug}" ne peut pas faire une adresse`, `the file name "${slug}" cannot be a URL`), say('utilisez des minuscules, des chiffres et des tirets, par exemple 2024-05-12-meetup-lyon.mdx', 'use lower-case letters, digits and hyphens, e.g. 2024-05-12-meetup-lyon.mdx')));
      continue;
    }
    const event = guardFile(file, context.issues, () => readEvent(abs, file, slug, context));
    if (event) events.push(event);
  }
  return events.sort((a, b) => a.start.time - b.start.time || a.slug.localeCompare(b.slug));
}

function readEvent(abs: string, file: string, slug: string, context: EventContext): SiteEvent | undefined {
  const { issues } = context;
  const read = readMdxFile(abs, file, eventSchema, issues);
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
    toSession(s, s.start === undefined ? undefined : time(s.start, ['sessions', index, 'start']), fm.timezone, ids.next(s.id ?? s.title)),
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

function toSession(fm: EventFrontMatter['sessions'][number], start: Session['start'], timeZone: string, id: string): Session {
  const end = start && fm.duration ? zonedDate(start.time + fm.duration * 60_000, timeZone) : undefined;
  return { ...fm, id, start, end };
}

/** Anchors made from titles like GitHub's heading ids ("table-ronde", "table-ronde-1"), unique within one event. */
class SessionIds {
  private slugger = new GithubSlugger();
  constructor() {
    // Ids the event page already uses for its own sections.
    for (const taken of ['contenu', 'programme', 'partners-partenaires', 'comptes-rendus', 'appel-a-talks']) this.slugger.slug(taken);
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
