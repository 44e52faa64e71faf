import type { Session, Speaker } from '@/lib/content/types';
import { scheduleByDay, type ScheduleSlot } from '@/lib/events/schedule';
import { capitalize, formatDuration, formatLongDate, formatTime, trackLabel } from '@/lib/events/when';

import { formatLabels, languageNames, speakersUnknown } from '@/lib/community/labels';
import { isTalkFormat } from '@/lib/content/archive';
import { sitePaths } from '@/lib/urls';
import { SiteLink } from './SiteLink';
import { PAGE_IDS } from '@/lib/page-ids';
import { ui } from '@/lib/messages/interface';

type EventScheduleProps = { sessions: Session[]; speakers: Map<string, Speaker> };

/** The programme: one timeline per day, sessions of parallel tracks side by side. */
export function EventSchedule({ sessions, speakers }: EventScheduleProps) {
  if (!sessions.length) return null;
  const { days, untimed } = scheduleByDay(sessions);
  return (
    <section aria-labelledby={PAGE_IDS.schedule} className="event-schedule not-prose my-12">
      <h2 id={PAGE_IDS.schedule} className="mb-6 text-2xl font-bold text-navy-900 dark:text-white">
        Programme
      </h2>
      {days.map((day, index) => (
        <section
          key={day.date.iso}
          aria-labelledby={`jour-${index + 1}`}
          className="schedule-day mb-10"
          data-day={index + 1}
        >
          <h3
            id={`jour-${index + 1}`}
            className="mb-4 flex flex-wrap items-baseline gap-x-3 text-lg font-bold text-navy-900 dark:text-white"
          >
            {days.length > 1 ? (
              <span className="text-sm font-semibold uppercase tracking-[0.15em] text-coral-700 dark:text-coral-300">
                Jour {index + 1}
              </span>
            ) : null}{' '}
            <span>{capitalize(formatLongDate(day.date, { year: false }))}</span>
          </h3>
          <ol className="m-0 list-none p-0">
            {day.slots.map((slot) => (
              <Slot key={slot.start.iso} slot={slot} speakers={speakers} />
            ))}
          </ol>
        </section>
      ))}
      {untimed.length ? (
        <ul className="m-0 list-none space-y-4 p-0">
          {untimed.map((session, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sessions without a time have no key of their own; rendered once at build time
            <li key={index} className="border-l-2 border-coral-500 pl-5">
              <SessionBlock session={session} speakers={speakers} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function Slot({ slot, speakers }: { slot: ScheduleSlot; speakers: Map<string, Speaker> }) {
  const quiet = slot.sessions.every((s) => s.format === 'break');
  return (
    <li className="schedule-slot grid grid-cols-[4.25rem_1fr] gap-x-3 sm:grid-cols-[5.5rem_1fr] sm:gap-x-4">
      <time
        dateTime={slot.start.iso}
        data-pagefind-ignore
        className="pt-0.5 text-right text-sm font-semibold tabular-nums text-navy-900 dark:text-slate-100"
      >
        {formatTime(slot.start)}
      </time>
      <div className="relative border-l-2 border-slate-200 pb-6 pl-5 dark:border-slate-700">
        <span
          aria-hidden="true"
          className={`absolute -left-[7px] top-1.5 h-3 w-3 rounded-full ring-4 ring-white dark:ring-navy-950 ${quiet ? 'bg-slate-300 dark:bg-slate-600' : 'bg-coral-500'}`}
        />
        {slot.sessions.length > 1 ? (
          <ul
            className={`m-0 grid list-none gap-3 p-0 sm:grid-cols-2 ${slot.sessions.length === 3 ? 'md:grid-cols-3' : ''}`}
          >
            {slot.sessions.map((session) => (
              <li
                key={`${session.track}-${session.title}`}
                className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
              >
                <SessionBlock session={session} speakers={speakers} />
              </li>
            ))}
          </ul>
        ) : (
          <SessionBlock session={slot.sessions[0]} speakers={speakers} />
        )}
      </div>
    </li>
  );
}

function SessionBlock({ session, speakers }: { session: Session; speakers: Map<string, Speaker> }) {
  const quiet = session.format === 'break';
  const people = session.speakers.map((key) => speakers.get(key)!);
  // Talks carry a stable anchor: /events/<slug>/#<id> is the talk's permanent link.
  const anchor = isTalkFormat(session.format) ? session.id : undefined;
  const track = trackLabel(session.track, session.title);
  return (
    <div className="session scroll-mt-4" data-format={session.format} id={anchor}>
      <p
        data-pagefind-ignore
        className="m-0 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 dark:text-slate-400"
      >
        {!quiet ? (
          <span className="font-semibold uppercase tracking-wider text-coral-700 dark:text-coral-300">
            {formatLabels()[session.format]}
          </span>
        ) : null}
        {track ? (
          <span className="rounded-full border border-slate-300 px-2 py-px dark:border-slate-600">{track}</span>
        ) : null}
        {session.duration ? <span>{formatDuration(session.duration)}</span> : null}
        {session.language ? <span>{languageNames()[session.language] ?? session.language}</span> : null}
      </p>
      <p
        lang={session.language}
        className={`m-0 mt-0.5 ${quiet ? 'text-base text-slate-600 dark:text-slate-400' : 'text-lg font-bold leading-snug text-navy-900 dark:text-white'}`}
      >
        {anchor ? (
          <a href={`#${anchor}`} className="talk-link inline-block no-underline hover:underline">
            {session.title}
          </a>
        ) : (
          session.title
        )}
      </p>
      {people.length ? (
        <p className="m-0 mt-1 text-sm">
          {people.map((person, index) => (
            <span key={person.key} className="speaker">
              {index ? (index === people.length - 1 ? ` ${ui().and} ` : ', ') : null}
              <SpeakerName person={person} linked={Boolean(anchor)} />
              {person.company ? (
                <span className="text-slate-600 dark:text-slate-400">
                  {'\u00a0· '}
                  {person.company}
                </span>
              ) : null}
            </span>
          ))}
        </p>
      ) : anchor ? (
        <p className="m-0 mt-1 text-sm italic text-slate-600 dark:text-slate-400">{speakersUnknown()}</p>
      ) : null}
      {session.description ? (
        <p lang={session.language} className="m-0 mt-1.5 text-sm text-slate-700 dark:text-slate-300">
          {session.description}
        </p>
      ) : null}
      {session.video || session.slides ? (
        <p data-pagefind-ignore className="m-0 mt-2 flex flex-wrap gap-x-4 text-sm">
          {session.video ? <MediaLink href={session.video} label={ui().video} title={session.title} /> : null}
          {session.slides ? <MediaLink href={session.slides} label="Slides" title={session.title} /> : null}
        </p>
      ) : null}
    </div>
  );
}

/** A speaker of a talk links to their page on the site (every talk, across events). */
function SpeakerName({ person, linked }: { person: Speaker; linked: boolean }) {
  const link = linked ? sitePaths.speaker(person.key) : person.links[0]?.url;
  const name = <span className="font-semibold text-slate-800 dark:text-slate-200">{person.name}</span>;
  return link ? (
    <SiteLink
      href={link}
      className="inline-block py-0.5 underline decoration-slate-400 underline-offset-2 hover:decoration-coral-700"
    >
      {name}
    </SiteLink>
  ) : (
    name
  );
}

function MediaLink({ href, label, title }: { href: string; label: string; title: string }) {
  return (
    <SiteLink
      href={href}
      className="inline-flex min-h-6 items-center font-medium text-coral-700 underline underline-offset-2 dark:text-coral-300"
    >
      {label}
      <span className="sr-only">
        {`${ui().beforeColon}: `}
        {title}
      </span>
    </SiteLink>
  );
}
