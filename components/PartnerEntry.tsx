import type { PartnerProfile } from '@/lib/content/archive';
import { tierLabels } from '@/lib/community/labels';
import { formatDateRange } from '@/lib/events/when';
import { monogram } from './PartnerCredits';
import { Picture } from './Picture';
import { domainOf } from './ResourceLinks';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from './SiteLink';

/** A partner on /partners/: its logo (or a monogram), site, description and the events it supported. */
export function PartnerEntry({ profile: { partner, events }, large }: { profile: PartnerProfile; large: boolean }) {
  return (
    <li
      id={partner.key}
      className={`partner scroll-mt-4 rounded-xl border bg-white dark:bg-navy-900 ${large ? 'border-coral-700/40 p-6 shadow-sm dark:border-coral-300/40' : 'border-slate-200 p-5 dark:border-slate-700'}`}
    >
      <div className="flex flex-wrap items-center gap-4">
        {partner.logo ? (
          <Picture
            src={partner.logo}
            alt=""
            sizes={large ? '192px' : '128px'}
            className={`partner-logo block shrink-0 rounded-md bg-white p-1 ${large ? 'h-20 w-48' : 'h-12 w-32'}`}
            imgClassName="h-full w-full object-contain"
          />
        ) : (
          <span
            aria-hidden="true"
            data-pagefind-ignore
            className={`grid shrink-0 place-items-center rounded-md bg-navy-900 font-extrabold tracking-wider text-coral-300 dark:bg-navy-700 ${large ? 'h-20 w-20 text-2xl' : 'h-12 w-12 text-base'}`}
          >
            {monogram(partner.name)}
          </span>
        )}
        <div className="min-w-0">
          <h3 className={`m-0 font-bold text-navy-900 dark:text-white ${large ? 'text-2xl' : 'text-lg'}`}>
            {partner.name}
          </h3>
          <a
            href={partner.url}
            className="inline-block py-0.5 text-sm font-medium text-coral-700 underline underline-offset-2 dark:text-coral-300"
          >
            {domainOf(partner.url) ?? partner.url}
          </a>
        </div>
      </div>
      {partner.description ? (
        <p className="m-0 mt-3 text-slate-700 dark:text-slate-300">{partner.description}</p>
      ) : null}
      {events.length ? (
        <ul className="m-0 mt-3 list-none space-y-1 p-0 text-sm" aria-label={ui().partnerEvents(partner.name)}>
          {events.map(({ event, tier }) => (
            <li key={event.slug}>
              <SiteLink
                href={event.url}
                className="font-semibold text-navy-900 underline decoration-slate-400 underline-offset-2 hover:decoration-coral-700 dark:text-white"
              >
                {event.title}
              </SiteLink>
              <span className="text-slate-600 dark:text-slate-400">
                {' '}
                · {formatDateRange(event.start, event.end)} · {tierLabels()[tier][0]}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
