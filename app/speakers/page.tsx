import { PageHeading } from '@/components/PageHeading';
import { SpeakerAvatar } from '@/components/SpeakerAvatar';
import { getArchive } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { siteConfig } from '@/lib/site-config';
import { sitePaths } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';
import { CardTitle } from '@/components/CardTitle';

const intro = siteConfig.intros.speakers;

export const metadata = pageMetadata({ title: ui().speakers.title, description: intro, path: sitePaths.speakers() });

export default function SpeakersPage() {
  const { speakers } = getArchive();
  return (
    <div className="mx-grid max-w-5xl px-4 py-10 md:px-6" data-pagefind-body>
      <PageHeading title={ui().speakers.title}>
        <p className="m-0">{intro}</p>
      </PageHeading>
      <ul className="m-0 grid list-none gap-4 p-0 sm:grid-cols-2 lg:grid-cols-3">
        {speakers.map(({ speaker, url, talks }) => (
          <li key={speaker.key}>
            <article className="speaker-card group relative flex items-center gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:shadow-md dark:border-slate-700 dark:bg-navy-900">
              <SpeakerAvatar speaker={speaker} />
              <div className="min-w-0">
                <CardTitle
                  as="h2"
                  href={url}
                  className="m-0 text-lg font-bold leading-snug text-navy-900 dark:text-white"
                  linkClassName="no-underline after:absolute after:inset-0 group-hover:text-coral-700 dark:group-hover:text-coral-300"
                >
                  {speaker.name}
                </CardTitle>
                {speaker.company ? (
                  <p className="m-0 text-sm text-slate-700 dark:text-slate-300">{speaker.company}</p>
                ) : null}
                <p className="m-0 text-sm text-slate-600 dark:text-slate-400">
                  {talks.length} {talks.length > 1 ? 'sessions' : 'session'}
                </p>
              </div>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
