import { siteConfig } from '@/lib/site-config';
import { standalonePagePath } from '@/lib/content';
import { withBase } from '@/lib/urls';

/** Where a company, a venue or a community reads how to support the events, and whom to write to. */
export function BecomePartner() {
  const email = siteConfig.social.find((s) => s.icon === 'email')?.href;
  const contact = standalonePagePath('contact');
  return (
    <section
      id="devenir-partenaire"
      aria-labelledby="devenir-partenaire-titre"
      className="become-partner mt-12 scroll-mt-4 rounded-xl border border-slate-200 bg-slate-50 p-5 sm:p-7 dark:border-slate-700 dark:bg-navy-900"
    >
      <h2 id="devenir-partenaire-titre" className="m-0 text-2xl font-bold text-navy-900 dark:text-white">
        Devenir partenaire
      </h2>
      <p className="m-0 mt-3 text-slate-800 dark:text-slate-200">
        Les meetups et le SummerCamp existent grâce aux entreprises, lieux et communautés qui les accueillent et les
        soutiennent. Vous pouvez{'\u202f'}:
      </p>
      <ul className="m-0 mt-3 list-disc space-y-1 pl-5 text-slate-800 dark:text-slate-200">
        <li>accueillir un meetup dans vos locaux (une salle, un écran, de quoi boire un verre){'\u202f'};</li>
        <li>soutenir le SummerCamp, comme partenaire principal ou comme soutien{'\u202f'};</li>
        <li>relayer les événements auprès de votre communauté ou de votre média.</li>
      </ul>
      {email || contact ? (
        <p className="m-0 mt-4 flex flex-wrap gap-x-6 gap-y-2">
          {email ? (
            <a
              href={email}
              className="inline-block rounded-lg bg-coral-700 px-4 py-2 font-semibold text-white no-underline hover:bg-coral-800 dark:bg-coral-300 dark:text-navy-950"
            >
              Écrire à l’association
            </a>
          ) : null}
          {contact ? (
            <a
              href={withBase(contact)}
              className="inline-block py-2 font-semibold text-coral-700 underline underline-offset-2 dark:text-coral-300"
            >
              Tous les contacts
            </a>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
