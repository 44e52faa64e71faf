import type { Talk } from '@/lib/content/archive';
import { formatLabels, languageNames, speakersUnknown } from '@/lib/community/labels';
import { formatFrenchDate } from '@/lib/dates';
import { sitePaths } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from './SiteLink';
import { CardTitle } from './CardTitle';

const linkClass =
  'inline-flex min-h-6 items-center font-medium text-coral-700 underline underline-offset-2 dark:text-coral-300';

/**
 * A talk in a list: format, title (its permanent link), speakers, event, slides and video.
 * On a speaker's own page (`speaker`), only the people beside them are named.
 */
export function TalkItem({
  talk,
  heading: Heading = 'h3',
  speaker,
}: {
  talk: Talk;
  heading?: 'h2' | 'h3' | 'h4';
  speaker?: string;
}) {
  const { session, event } = talk;
  const others = talk.speakers.filter((s) => s.key !== speaker);
  return (
    <article
      className="talk rounded-xl border border-slate-200 bg-white p-4 sm:p-5 dark:border-slate-700 dark:bg-navy-900"
      data-format={talk.format}
    >
      <p className="m-0 flex flex-wrap gap-x-2 text-xs text-slate-600 dark:text-slate-400">
        <span className="font-semibold uppercase tracking-wider text-coral-700 dark:text-coral-300">
          {formatLabels()[talk.format]}
        </span>
        {/* Spaces between the flex items: search excerpts and copied text read "Quickie 15 min". */}
        {session.duration ? (
          <>
            {' '}
            <span>{session.duration} min</span>
          </>
        ) : null}
        {session.language ? (
          <>
            {' '}
            <span>{languageNames()[session.language] ?? session.language}</span>
          </>
        ) : null}
      </p>
      <CardTitle
        as={Heading}
        lang={session.language}
        href={talk.url}
        className="m-0 mt-1 text-lg font-bold leading-snug text-navy-900 dark:text-white"
        linkClassName="talk-title inline-block no-underline hover:underline"
      >
        {talk.title}
      </CardTitle>
      {others.length ? (
        <p className="m-0 mt-1 text-sm">
          {speaker ? 'Avec ' : null}
          {others.map((person, index) => (
            <span key={person.key}>
              {index ? (index === others.length - 1 ? ` ${ui().and} ` : ', ') : null}
              <SiteLink
                href={sitePaths.speaker(person.key)}
                className="talk-speaker inline-block py-0.5 font-semibold text-slate-800 underline decoration-slate-400 underline-offset-2 hover:decoration-coral-700 dark:text-slate-200"
              >
                {person.name}
              </SiteLink>
              {person.company ? <span className="text-slate-600 dark:text-slate-400"> · {person.company}</span> : null}
            </span>
          ))}
        </p>
      ) : speaker ? null : (
        <p className="talk-no-speaker m-0 mt-1 text-sm italic text-slate-600 dark:text-slate-400">
          {speakersUnknown()}
        </p>
      )}
      {/* Where and when, and the media links, are a card's furniture: search matches the talk, not them. */}
      <p data-pagefind-ignore className="m-0 mt-1 text-sm text-slate-700 dark:text-slate-300">
        <SiteLink
          href={event.url}
          className="talk-event underline decoration-slate-400 underline-offset-2 hover:decoration-coral-700"
        >
          {event.title}
        </SiteLink>
        {' · '}
        <time dateTime={(session.start ?? event.start).iso}>{formatFrenchDate(session.start ?? event.start)}</time>
        {event.venue ? ` · ${event.venue.city}` : ''}
      </p>
      {session.video || session.slides ? (
        <p data-pagefind-ignore className="m-0 mt-2 flex flex-wrap gap-x-4 text-sm">
          {session.video ? (
            <a href={session.video} className={linkClass}>
              {ui().video}
              <span className="sr-only">
                {`${ui().beforeColon}: `}
                {talk.title}
              </span>
            </a>
          ) : null}
          {session.slides ? (
            <SiteLink href={session.slides} className={linkClass}>
              Slides{session.slides.endsWith('.pdf') ? ' (PDF)' : ''}
              <span className="sr-only">
                {`${ui().beforeColon}: `}
                {talk.title}
              </span>
            </SiteLink>
          ) : null}
        </p>
      ) : null}
    </article>
  );
}
