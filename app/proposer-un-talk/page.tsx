import { PageHeading } from '@/components/PageHeading';
import { getContent } from '@/lib/content';
import { openCallsForTalks, proposalForm } from '@/lib/community/calls';
import { FORMAT_LABELS, PROPOSAL_FORMATS } from '@/lib/community/labels';
import { ui } from '@/lib/messages/interface';
import { pageMetadata } from '@/lib/seo';
import { siteConfig } from '@/lib/site-config';
import { sitePaths, withBase } from '@/lib/urls';

const intro = siteConfig.intros.proposeTalk ?? ui().pages.proposeTalkIntro;

export const metadata = pageMetadata({
  title: ui().home.proposeTalk,
  description: intro,
  path: sitePaths.proposeTalk(),
});

const h2 = 'mb-3 mt-10 text-2xl font-bold text-navy-900 dark:text-white';
const button =
  'inline-flex items-center gap-2 rounded-lg bg-coral-700 px-4 py-2.5 font-semibold text-white no-underline hover:bg-coral-800 dark:bg-coral-300 dark:text-navy-950 dark:hover:bg-white';

export default function ProposeTalkPage() {
  const { events, builtAt } = getContent();
  const open = openCallsForTalks(events, builtAt);
  return (
    <div className="mx-grid max-w-3xl px-4 py-10 md:px-6" data-pagefind-body>
      <PageHeading title={ui().home.proposeTalk}>
        <p className="m-0">{intro}</p>
      </PageHeading>

      {open.length ? (
        <section aria-labelledby="appels-ouverts" className="mb-8 rounded-xl border-2 border-coral-500 p-5">
          <h2 id="appels-ouverts" className="m-0 text-xl font-bold text-navy-900 dark:text-white">
            Appels à talks ouverts
          </h2>
          <ul className="m-0 mt-3 list-none space-y-2 p-0">
            {open.map(({ event, cfp }) => (
              <li key={event.slug}>
                <a
                  href={withBase(event.url)}
                  className="font-semibold text-navy-900 underline underline-offset-2 dark:text-white"
                >
                  {event.title}
                </a>
                {'\u202f: '}jusqu&apos;au {cfp.until},{' '}
                <a
                  href={cfp.url}
                  className="font-semibold text-coral-700 underline underline-offset-2 dark:text-coral-300"
                >
                  proposer un talk<span className="sr-only"> pour {event.title}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2 className={h2}>Trois formats</h2>
      <dl className="m-0 grid gap-4 sm:grid-cols-3">
        {PROPOSAL_FORMATS.map((item) => (
          <div key={item.format} className="rounded-xl border border-slate-300 p-4 dark:border-slate-600">
            <dt className="text-lg font-bold text-navy-900 dark:text-white">
              {FORMAT_LABELS[item.format]}{' '}
              <span className="whitespace-nowrap text-base font-normal text-slate-700 dark:text-slate-300">
                (environ {item.minutes}&nbsp;min)
              </span>
            </dt>
            <dd className="m-0 mt-1 text-slate-700 dark:text-slate-300">{item.pitch}</dd>
          </div>
        ))}
      </dl>
      <p className="m-0 mt-3 text-slate-700 dark:text-slate-300">
        Les mêmes formats que{' '}
        <a
          href={withBase(sitePaths.talks())}
          className="font-medium text-coral-700 underline underline-offset-2 dark:text-coral-300"
        >
          les talks déjà donnés
        </a>
        , où chacun se filtre par format.
      </p>

      <h2 className={h2}>En français ou en anglais</h2>
      <p className="m-0 text-slate-800 dark:text-slate-200">
        Les talks se donnent en français ou en anglais : dites-nous laquelle dans votre proposition.
      </p>

      <h2 className={h2}>Comment proposer</h2>
      <ol className="m-0 list-decimal space-y-2 pl-6 text-slate-800 dark:text-slate-200">
        <li>Ouvrez le formulaire (un ticket GitHub, un compte GitHub suffit).</li>
        <li>Donnez votre nom, une courte bio, le format, la langue et un résumé de quelques lignes.</li>
        <li>L'équipe vous répond sur le ticket, et vous aide à préparer le talk si vous le souhaitez.</li>
      </ol>
      <p className="mt-6">
        <a href={proposalForm()} className={button}>
          Ouvrir le formulaire de proposition
        </a>
      </p>
      <p className="mt-8 text-slate-700 dark:text-slate-300">
        Pour vous inspirer{'\u202f: '}
        <a
          href={withBase(sitePaths.talks())}
          className="font-medium text-coral-700 underline underline-offset-2 dark:text-coral-300"
        >
          tous les talks déjà donnés
        </a>
        .
      </p>
    </div>
  );
}
