/**
 * Rules an event must follow beyond the shape of its fields: it says where it happens,
 * it ends after it starts, every session fits inside it, sessions of one track do not
 * overlap, and every person, partner and image it names exists. Each broken rule is an
 * error at the line that breaks it.
 */
import fs from 'node:fs';
import type { ContentDate } from '../../dates';
import { issue, type ContentIssue } from '../../messages/issues';
import { checkDocumentReferences, slidesSourceFile, type AssetDirs } from '../references';
import { say } from '../../messages/say';
import { didYouMean, keyHint } from '../../messages/suggest';
import type { Document, Partner, Speaker } from '../types';
import type { Locator } from '../yaml';
import { writtenTime } from './times';
import type { EventCall, Session, SiteEvent } from './types';

type Registries = { partners: Map<string, Partner>; speakers: Map<string, Speaker> };

export function checkEvent(event: SiteEvent, lineOf: Locator, registries: Registries, dirs: AssetDirs): ContentIssue[] {
  return [
    ...checkPlace(event, lineOf),
    ...checkTimes(event, lineOf),
    ...checkOverlaps(event, lineOf),
    ...checkPeople(event, lineOf, registries.speakers),
    ...checkAssets(event, lineOf, registries.partners, dirs),
    ...checkCalls(event, lineOf),
    ...checkSlides(event, lineOf, dirs),
  ];
}

/**
 * A call for talks closes by the day the event starts, registration by the day it ends. A
 * date alone means "that day": registration "until" the evening of a meetup is fine.
 */
function checkCalls(event: SiteEvent, lineOf: Locator): ContentIssue[] {
  const found: ContentIssue[] = [];
  const { cfp, registration } = event;
  const after = (call: EventCall, limit: ContentDate) =>
    call.closes === call.until!.time
      ? call.until!.time > limit.time
      : call.until!.iso.slice(0, 10) > limit.iso.slice(0, 10);
  if (cfp?.until && after(cfp, event.start)) {
    found.push(
      issue(
        event.file,
        lineOf(['cfp', 'until']),
        say(
          `cfp.until (${writtenTime(cfp.until).slice(0, 10)}) tombe après le début de l'événement (${writtenTime(event.start)})`,
          `cfp.until (${writtenTime(cfp.until).slice(0, 10)}) is after the event starts (${writtenTime(event.start)})`,
        ),
        say(
          "l'appel à talks doit fermer avant l'événement : avancez la date",
          'the call for talks must close before the event: set an earlier day',
        ),
      ),
    );
  }
  if (registration?.until && after(registration, event.end ?? event.start)) {
    found.push(
      issue(
        event.file,
        lineOf(['registration', 'until']),
        say(
          `registration.until (${writtenTime(registration.until).slice(0, 10)}) tombe après la fin de l'événement`,
          `registration.until (${writtenTime(registration.until).slice(0, 10)}) is after the event ends`,
        ),
        say(
          "les inscriptions ferment au plus tard à la fin de l'événement : avancez la date",
          'registration closes at the latest when the event ends: set an earlier day',
        ),
      ),
    );
  }
  return found;
}

/** Slides written /slides/x.pdf must be a file of content/slides/. */
function checkSlides(event: SiteEvent, lineOf: Locator, dirs: AssetDirs): ContentIssue[] {
  const found: ContentIssue[] = [];
  event.sessions.forEach((session, index) => {
    if (!session.slides?.startsWith('/slides/')) return;
    if (fs.existsSync(slidesSourceFile(session.slides, dirs))) return;
    found.push(
      issue(
        event.file,
        lineOf(['sessions', index, 'slides']),
        say(
          `sessions[${index + 1}] : les slides "${session.slides}" n'existent pas`,
          `sessions[${index + 1}]: slides "${session.slides}" do not exist`,
        ),
        say(
          `ajoutez le PDF dans content${session.slides}, ou corrigez le chemin`,
          `add the PDF as content${session.slides}, or fix the path`,
        ),
      ),
    );
  });
  return found;
}

function checkPlace(event: SiteEvent, lineOf: Locator): ContentIssue[] {
  const found: ContentIssue[] = [];
  if (!event.venue && !event.online) {
    found.push(
      issue(
        event.file,
        lineOf(['venue']),
        say(
          "l'événement ne dit ni où il a lieu ni où le suivre",
          'the event says neither where it happens nor where to follow it',
        ),
        say(
          'ajoutez venue: {name, address, city} ou online: https://...',
          'add venue: {name, address, city} or online: https://...',
        ),
      ),
    );
  }
  const venue = event.venue;
  if (venue && (venue.lat === undefined) !== (venue.lng === undefined)) {
    found.push(
      issue(
        event.file,
        lineOf(['venue', venue.lat === undefined ? 'lng' : 'lat'], 'key'),
        say('venue : donnez lat et lng, ou aucun des deux', 'venue: give both lat and lng, or neither'),
      ),
    );
  }
  return found;
}

function checkTimes(event: SiteEvent, lineOf: Locator): ContentIssue[] {
  const found: ContentIssue[] = [];
  if (event.end && event.end.time <= event.start.time) {
    found.push(
      issue(
        event.file,
        lineOf(['end']),
        say(
          `end (${writtenTime(event.end)}) n'est pas après start (${writtenTime(event.start)})`,
          `end (${writtenTime(event.end)}) is not after start (${writtenTime(event.start)})`,
        ),
        say("vérifiez le jour et l'heure des deux", 'check the day and the time of both'),
      ),
    );
    return found;
  }
  const limit = event.end
    ? say(`la fin de l'événement (${writtenTime(event.end)})`, `the event ends (${writtenTime(event.end)})`)
    : say("la fin du jour de l'événement (il n'a pas de end:)", "the event's day ends (it has no end:)");
  event.sessions.forEach((session, index) => {
    if (!session.start) return;
    const at = lineOf(['sessions', index, 'start']);
    const name = `sessions[${index + 1}]: "${session.title}"`;
    if (session.start.time < event.start.time) {
      found.push(
        issue(
          event.file,
          at,
          say(
            `${name} commence à ${writtenTime(session.start)}, avant le début de l'événement (${writtenTime(event.start)})`,
            `${name} starts at ${writtenTime(session.start)}, before the event starts (${writtenTime(event.start)})`,
          ),
          say(
            "vérifiez le jour et l'heure de la session, ou le start de l'événement",
            "check the session's day and time, or the event's start",
          ),
        ),
      );
    } else if ((session.end ?? session.start).time > event.until) {
      const when = session.end
        ? say(`finit à ${writtenTime(session.end)}`, `ends at ${writtenTime(session.end)}`)
        : say(`commence à ${writtenTime(session.start)}`, `starts at ${writtenTime(session.start)}`);
      found.push(
        issue(
          event.file,
          at,
          say(`${name} ${when}, après ${limit}`, `${name} ${when}, after ${limit}`),
          say(
            "vérifiez le start et la duration de la session, ou le end de l'événement",
            "check the session's start and duration, or the event's end",
          ),
        ),
      );
    }
  });
  return found;
}

/** Overlaps reported per event: past this, one line says how many more there are. */
export const MAX_REPORTED_OVERLAPS = 20;

/**
 * Two sessions of one track overlap when one starts before the other ends (or both start
 * together). Each track is sorted by start and swept once, keeping the session that reaches
 * furthest: thousands of sessions cost n log n, never a comparison of every pair. Each
 * session is reported once, against the earlier session it runs into.
 */
function checkOverlaps(event: SiteEvent, lineOf: Locator): ContentIssue[] {
  type Timed = { session: Session & { start: NonNullable<Session['start']> }; index: number };
  const tracks = new Map<string, Timed[]>();
  event.sessions.forEach((session, index) => {
    if (!session.start) return;
    const track = session.track ?? '';
    const list = tracks.get(track) ?? [];
    list.push({ session, index } as Timed);
    tracks.set(track, list);
  });
  const endOf = (s: Session) => (s.end ?? s.start)!.time;
  const pairs: [Timed, Timed][] = [];
  for (const timed of tracks.values()) {
    timed.sort((a, b) => a.session.start.time - b.session.start.time || a.index - b.index);
    let furthest: Timed | undefined;
    let previous: Timed | undefined;
    for (const current of timed) {
      const start = current.session.start.time;
      if (furthest && start < endOf(furthest.session)) pairs.push([furthest, current]);
      else if (previous && start === previous.session.start.time) pairs.push([previous, current]);
      if (!furthest || endOf(current.session) > endOf(furthest.session)) furthest = current;
      previous = current;
    }
  }
  pairs.sort((a, b) => a[1].index - b[1].index);
  const found = pairs.slice(0, MAX_REPORTED_OVERLAPS).map(([first, second]) => {
    const track = first.session.track
      ? say(` dans la piste "${first.session.track}"`, ` in track "${first.session.track}"`)
      : '';
    return issue(
      event.file,
      lineOf(['sessions', second.index, 'start']),
      say(
        `sessions[${second.index + 1}]: "${second.session.title}" (${span(second.session)}) chevauche sessions[${first.index + 1}]: "${first.session.title}" (${span(first.session)})${track}`,
        `sessions[${second.index + 1}]: "${second.session.title}" (${span(second.session)}) overlaps sessions[${first.index + 1}]: "${first.session.title}" (${span(first.session)})${track}`,
      ),
      say(
        "déplacez ou raccourcissez l'une des deux ; des sessions vraiment en parallèle ont des track: différents",
        'move or shorten one of them; sessions that really run in parallel need different track: names',
      ),
    );
  });
  const more = pairs.length - found.length;
  if (more > 0) {
    const last = pairs[found.length][1];
    found.push(
      issue(
        event.file,
        lineOf(['sessions', last.index, 'start']),
        say(
          `… et ${more} autres sessions qui en chevauchent une autre`,
          `… and ${more} more sessions that overlap another`,
        ),
        say(
          'corrigez les horaires ci-dessus puis relancez npm run check',
          'fix the times above, then run npm run check again',
        ),
      ),
    );
  }
  return found;
}

function span(session: Session): string {
  const start = writtenTime(session.start!);
  return session.end ? `${start}–${session.end.iso.slice(11, 16)}` : start;
}

/** The people an event names; exported for an event whose other fields break the schema. */
export function checkPeople(
  event: Pick<SiteEvent, 'file' | 'organizers'> & { sessions: { speakers: string[] }[] },
  lineOf: Locator,
  speakers: Map<string, Speaker>,
): ContentIssue[] {
  const found: ContentIssue[] = [];
  const known = [...speakers.keys()].join(', ') || say("aucune pour l'instant", 'none yet');
  const names = [...speakers].map(([key, s]): [string, string] => [key, s.name]);
  const missing = (key: string, path: (string | number)[], role: string) =>
    issue(
      event.file,
      lineOf(path),
      say(`${role} "${key}" n'est pas dans content/speakers/`, `${role} "${key}" is not in content/speakers/`),
      keyHint(key, speakers.keys(), 'speakers', names) ??
        say(
          `créez content/speakers/${key}.yml (npm run new -- speaker "Prénom Nom"), ou utilisez une clé existante : ${known}`,
          `add content/speakers/${key}.yml, or use one of: ${known}`,
        ),
    );
  event.organizers.forEach((key, index) => {
    if (key && !speakers.has(key)) found.push(missing(key, ['organizers', index], say('la personne', 'organizer')));
  });
  event.sessions.forEach((session, s) => {
    session.speakers.forEach((key, index) => {
      if (key && !speakers.has(key))
        found.push(missing(key, ['sessions', s, 'speakers', index], say('la personne', 'speaker')));
    });
  });
  return found;
}

/** Partners, the hero and the description's images and components, checked like a post's. */
function checkAssets(
  event: SiteEvent,
  lineOf: Locator,
  partners: Map<string, Partner>,
  dirs: AssetDirs,
): ContentIssue[] {
  // The shared check locates banners under `bigimg`; an event calls them `hero`.
  const heroLineOf: Locator = (path, at) => lineOf(path[0] === 'bigimg' ? ['hero', ...path.slice(1)] : path, at);
  return checkDocumentReferences(event, heroLineOf, partners, dirs);
}

/** A post's `event:` must name an event of content/events/. */
export function checkEventReference(
  doc: Pick<Document, 'file' | 'event'>,
  lineOf: Locator,
  events: ReadonlySet<string>,
): ContentIssue[] {
  if (!doc.event || events.has(doc.event)) return [];
  const known = [...events].sort().join(', ') || say("aucun pour l'instant", 'none yet');
  return [
    issue(
      doc.file,
      lineOf(['event']),
      say(
        `l'événement "${doc.event}" n'est pas dans content/events/`,
        `event "${doc.event}" is not in content/events/`,
      ),
      didYouMean(doc.event, events) ??
        say(
          `écrivez le nom de fichier d'un événement, sans .mdx : ${known}`,
          `use the file name of an event, without .mdx: ${known}`,
        ),
    ),
  ];
}
