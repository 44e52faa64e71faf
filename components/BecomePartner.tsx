import { standalonePagePath } from '@/lib/content';
import { ui } from '@/lib/messages/interface';
import { siteConfig } from '@/lib/site-config';
import { SiteLink } from './SiteLink';

/** Where a company, a venue or a community reads how to support the events, and whom to write to. */
export function BecomePartner() {
  const email = siteConfig.social.find((s) => s.icon === 'email')?.href;
  const contact = standalonePagePath('contact');
  const words = ui().partnerCall;
  const call = siteConfig.partnerCall ?? words;
  const last = call.ways.length - 1;
  return (
    <section
      id="devenir-partenaire"
      aria-labelledby="devenir-partenaire-titre"
      className="become-partner mt-12 scroll-mt-4 rounded-xl border border-slate-200 bg-slate-50 p-5 sm:p-7 dark:border-slate-700 dark:bg-navy-900"
    >
      <h2 id="devenir-partenaire-titre" className="m-0 text-2xl font-bold text-navy-900 dark:text-white">
        {words.title}
      </h2>
      <p className="m-0 mt-3 text-slate-800 dark:text-slate-200">
        {call.intro}
        {ui().beforeColon}:
      </p>
      <ul className="m-0 mt-3 list-disc space-y-1 pl-5 text-slate-800 dark:text-slate-200">
        {call.ways.map((way, index) =>
          index < last ? (
            <li key={way}>
              {way}
              {ui().beforeColon}
              {';'}
            </li>
          ) : (
            <li key={way}>{`${way}.`}</li>
          ),
        )}
      </ul>
      {email || contact ? (
        <p className="m-0 mt-4 flex flex-wrap gap-x-6 gap-y-2">
          {email ? (
            <a
              href={email}
              className="inline-block rounded-lg bg-coral-700 px-4 py-2 font-semibold text-white no-underline hover:bg-coral-800 dark:bg-coral-300 dark:text-navy-950"
            >
              {call.write}
            </a>
          ) : null}
          {contact ? (
            <SiteLink
              href={contact}
              className="inline-block py-2 font-semibold text-coral-700 underline underline-offset-2 dark:text-coral-300"
            >
              {words.contacts}
            </SiteLink>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
