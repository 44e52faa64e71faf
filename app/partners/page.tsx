import { JsonLd } from '@/components/JsonLd';
import { PageHeading } from '@/components/PageHeading';
import { Picture } from '@/components/Picture';
import { domainOf } from '@/components/ResourceLinks';
import { getArchive } from '@/lib/content';
import { TIER_LABELS } from '@/lib/community/labels';
import { partnersJsonLd } from '@/lib/community/json-ld';
import { formatDateRange } from '@/lib/events/when';
import { pageMetadata } from '@/lib/seo';
import { siteConfig } from '@/lib/site-config';
import { sitePaths, withBase } from '@/lib/urls';

const intro =
  'Les entreprises, lieux et communautés qui rendent possibles les meetups et le SummerCamp, et les événements qu’ils ont soutenus.';

export const metadata = pageMetadata({ title: 'Partenaires', description: intro, path: sitePaths.partners() });

export default function PartnersPage() {
  // The association organizes its events: it is not thanked as their partner (as on events).
  const partners = getArchive().partners.filter(({ partner }) => partner.key !== siteConfig.organizerPartner);
  return (
    <div className="mx-grid max-w-4xl px-4 py-10 md:px-6" data-pagefind-body>
      <JsonLd data={partnersJsonLd(partners)} />
      <PageHeading title="Partenaires">
        <p className="m-0">{intro}</p>
      </PageHeading>
      <ul className="m-0 list-none space-y-5 p-0">
        {partners.map(({ partner, events }) => (
          <li
            key={partner.key}
            id={partner.key}
            className="partner scroll-mt-4 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-navy-900"
          >
            <div className="flex flex-wrap items-center gap-4">
              {partner.logo ? (
                <Picture
                  src={partner.logo}
                  alt=""
                  sizes="96px"
                  className="block h-12 w-24 shrink-0"
                  imgClassName="h-full w-full object-contain"
                />
              ) : null}
              <div className="min-w-0">
                <h2 className="m-0 text-xl font-bold text-navy-900 dark:text-white">{partner.name}</h2>
                <a
                  href={partner.url}
                  className="text-sm font-medium text-coral-700 underline underline-offset-2 dark:text-coral-300"
                >
                  {domainOf(partner.url) ?? partner.url}
                </a>
              </div>
            </div>
            {partner.description ? (
              <p className="m-0 mt-3 text-slate-700 dark:text-slate-300">{partner.description}</p>
            ) : null}
            {events.length ? (
              <ul
                className="m-0 mt-3 list-none space-y-1 p-0 text-sm"
                aria-label={`Événements soutenus par ${partner.name}`}
              >
                {events.map(({ event, tier }) => (
                  <li key={event.slug}>
                    <a
                      href={withBase(event.url)}
                      className="font-semibold text-navy-900 underline decoration-slate-400 underline-offset-2 hover:decoration-coral-700 dark:text-white"
                    >
                      {event.title}
                    </a>
                    <span className="text-slate-600 dark:text-slate-400">
                      {' '}
                      · {formatDateRange(event.start, event.end)} · {TIER_LABELS[tier][0]}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="m-0 mt-3 text-sm text-slate-600 dark:text-slate-400">Partenaire de l’association.</p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
