import { getTag } from '@/lib/content';
import type { Archive, Talk } from '@/lib/content/archive';
import { formatPlurals } from '@/lib/community/labels';
import { sitePaths } from '@/lib/urls';
import { PageHeading } from './PageHeading';
import { TalkItem } from './TalkItem';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from './SiteLink';

type TalkArchiveProps = {
  title: string;
  intro: string;
  talks: Talk[];
  archive: Archive;
  /** The filter this page shows, marked as the current one. */
  current: string;
};

const pill = 'inline-block rounded-full border px-3 py-1 text-sm no-underline';
const idle = `${pill} border-slate-300 text-slate-700 hover:border-coral-700 hover:text-coral-700 dark:border-slate-600 dark:text-slate-300 dark:hover:border-coral-300 dark:hover:text-coral-300`;
const active = `${pill} border-navy-900 bg-navy-900 font-semibold text-white dark:border-coral-300 dark:bg-coral-300 dark:text-navy-950`;

/** The talks archive and its filter pages: one static page per format and per topic, no script. */
export function TalkArchive({ title, intro, talks, archive, current }: TalkArchiveProps) {
  const byYear = groupByYear(talks);
  const link = (href: string, label: string, count?: number) => (
    <li key={href}>
      <SiteLink
        href={href}
        className={href === current ? active : idle}
        aria-current={href === current ? 'page' : undefined}
      >
        {label}
        {count !== undefined ? <span className="sr-only"> ({count})</span> : null}
      </SiteLink>
    </li>
  );
  return (
    // Only the whole archive is indexed: a filter page holds a subset of the same talks, and
    // indexed too it would come up again and again for the same words.
    <div
      className="mx-grid max-w-4xl px-4 py-10 md:px-6"
      data-pagefind-body={current === sitePaths.talks() ? true : undefined}
    >
      <PageHeading title={title}>
        <p className="m-0">{intro}</p>
      </PageHeading>
      <nav aria-label={ui().archive.filter} className="mb-10 space-y-3" data-pagefind-ignore>
        <div className="flex flex-wrap items-center gap-2">
          <span className="mr-1 text-sm font-semibold text-slate-700 dark:text-slate-300">Format</span>
          <ul className="m-0 flex list-none flex-wrap gap-2 p-0">
            {link(sitePaths.talks(), ui().archive.all, archive.talks.length)}
            {archive.formats.map((f) =>
              link(sitePaths.talksByFormat(f.format), formatPlurals()[f.format], f.talks.length),
            )}
          </ul>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <span className="mr-1 text-sm font-semibold text-slate-700 dark:text-slate-300">{ui().archive.topic}</span>
          <ul className="m-0 flex list-none flex-wrap gap-2 p-0">
            {archive.topics.map((t) => link(sitePaths.talksByTopic(t.tag), topicTitle(t.tag), t.talks.length))}
          </ul>
        </div>
      </nav>
      <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">
        {talks.length} {talks.length > 1 ? 'sessions' : 'session'} ·{' '}
        <SiteLink
          href={sitePaths.proposeTalk()}
          className="font-semibold text-coral-700 underline underline-offset-2 dark:text-coral-300"
        >
          {ui().home.proposeTalk}
        </SiteLink>
      </p>
      {byYear.map(({ year, talks: ofYear }) => (
        <section key={year} aria-labelledby={`annee-${year}`} className="mb-10">
          <h2 id={`annee-${year}`} className="mb-4 text-2xl font-bold text-navy-900 dark:text-white">
            {year}
          </h2>
          <ol className="m-0 list-none space-y-4 p-0">
            {ofYear.map((talk) => (
              <li key={talk.key}>
                <TalkItem talk={talk} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

/** A topic reads as the site names its tag (« Meetups »), not as its key (« #meetup »). */
export function topicTitle(tag: string): string {
  return getTag(tag)?.title ?? tag;
}

function groupByYear(talks: Talk[]): { year: number; talks: Talk[] }[] {
  const years: { year: number; talks: Talk[] }[] = [];
  for (const talk of talks) {
    const last = years[years.length - 1];
    if (last?.year === talk.year) last.talks.push(talk);
    else years.push({ year: talk.year, talks: [talk] });
  }
  return years;
}
