import { siteConfig } from '@/lib/site-config';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/JsonLd';
import { SpeakerAvatar } from '@/components/SpeakerAvatar';
import { TalkItem } from '@/components/TalkItem';
import { domainOf } from '@/components/ResourceLinks';
import { getArchive } from '@/lib/content';
import { personJsonLd } from '@/lib/community/json-ld';
import { pageMetadata } from '@/lib/seo';
import { sitePaths } from '@/lib/urls';
import { PAGE_IDS } from '@/lib/page-ids';
import { ui } from '@/lib/messages/interface';
import { pagesOrPlaceholder } from '@/lib/static-params';
import { SiteLink } from '@/components/SiteLink';
import { DayDate } from '@/components/DateText';

type Props = { params: Promise<{ key: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pagesOrPlaceholder(
    getArchive().speakers.map((s) => ({ key: s.speaker.key })),
    ['key'],
  );
}

const profileOf = async (params: Props['params']) => getArchive().speakerByKey.get((await params).key);

export async function generateMetadata({ params }: Props) {
  const profile = await profileOf(params);
  if (!profile) return {};
  const { speaker, talks } = profile;
  const description =
    speaker.bio ??
    ui().speakers.description(
      `${speaker.name}${speaker.company ? ` (${speaker.company})` : ''}`,
      talks.length,
      siteConfig.title,
    );
  return pageMetadata({
    title: speaker.name,
    description,
    path: profile.url,
    card: sitePaths.shareCard('speaker', speaker.key),
  });
}

export default async function SpeakerPage({ params }: Props) {
  const profile = await profileOf(params);
  if (!profile) notFound();
  const { speaker, talks, recaps } = profile;
  return (
    <article className="mx-grid max-w-3xl px-4 py-10 md:px-6" data-pagefind-body>
      <JsonLd data={personJsonLd(profile)} />
      <header className="mb-8 flex items-center gap-5">
        <SpeakerAvatar speaker={speaker} size="lg" />
        <div className="min-w-0">
          <p
            className="m-0 text-sm font-semibold uppercase tracking-[0.15em] text-coral-700 dark:text-coral-300"
            data-pagefind-ignore
          >
            {ui().speakers.one}
          </p>
          <h1 className="m-0 mt-1 text-3xl font-extrabold tracking-tight text-navy-900 md:text-4xl dark:text-white">
            {speaker.name}
          </h1>
          {speaker.company ? (
            <p className="m-0 mt-1 text-lg text-slate-700 dark:text-slate-300">{speaker.company}</p>
          ) : null}
        </div>
      </header>
      {speaker.bio ? (
        <p className="speaker-bio mb-6 text-lg leading-relaxed text-slate-800 dark:text-slate-200">
          {speaker.bio.trim()}
        </p>
      ) : null}
      {speaker.links.length ? (
        <ul className="mb-8 flex list-none flex-wrap gap-x-5 gap-y-2 p-0" aria-label={`${speaker.name} ailleurs`}>
          {speaker.links.map((link) => (
            <li key={link.url}>
              <a
                href={link.url}
                className="inline-block py-0.5 font-medium text-coral-700 underline underline-offset-2 dark:text-coral-300"
              >
                {link.label ?? domainOf(link.url) ?? link.url}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="sessions">
        <h2 id="sessions" className="mb-4 text-2xl font-bold text-navy-900 dark:text-white">
          {talks.length > 1 ? `Ses ${talks.length} sessions` : 'Sa session'}
        </h2>
        <ol className="m-0 list-none space-y-4 p-0">
          {talks.map((talk) => (
            <li key={talk.key}>
              <TalkItem talk={talk} speaker={speaker.key} />
            </li>
          ))}
        </ol>
      </section>
      {recaps.length ? (
        <section aria-labelledby={PAGE_IDS.recaps} className="mt-10">
          <h2 id={PAGE_IDS.recaps} className="mb-4 text-2xl font-bold text-navy-900 dark:text-white">
            {ui().events.recaps(recaps.length)}
          </h2>
          <ul className="m-0 list-none space-y-2 p-0">
            {recaps.map((post) => (
              <li key={post.slug}>
                <SiteLink
                  href={post.url}
                  className="font-semibold text-navy-900 underline decoration-coral-500 underline-offset-4 hover:text-coral-700 dark:text-white dark:hover:text-coral-300"
                >
                  {post.title}
                </SiteLink>{' '}
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  · <DayDate date={post.date} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-10" data-pagefind-ignore>
        <SiteLink
          href={sitePaths.speakers()}
          className="inline-block py-1 font-semibold text-coral-700 underline underline-offset-2 dark:text-coral-300"
        >
          {ui().speakers.all}
        </SiteLink>
      </p>
    </article>
  );
}
