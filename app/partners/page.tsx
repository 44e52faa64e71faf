import { BecomePartner } from '@/components/BecomePartner';
import { JsonLd } from '@/components/JsonLd';
import { PageHeading } from '@/components/PageHeading';
import { PartnerEntry } from '@/components/PartnerEntry';
import { getArchive } from '@/lib/content';
import type { PartnerProfile } from '@/lib/content/archive';
import { PARTNER_TIERS, type PartnerTier } from '@/lib/content/schema';
import { tierLabels } from '@/lib/community/labels';
import { partnersJsonLd } from '@/lib/community/json-ld';
import { ui } from '@/lib/messages/interface';
import { pageMetadata } from '@/lib/seo';
import { siteConfig } from '@/lib/site-config';
import { sitePaths } from '@/lib/urls';

const intro = siteConfig.intros.partners ?? ui().pages.partnersIntro;

export const metadata = pageMetadata({ title: ui().pages.partners, description: intro, path: sitePaths.partners() });

export default function PartnersPage() {
  // The association organizes its events: it is not thanked as their partner (as on events).
  const partners = getArchive().partners.filter(({ partner }) => partner.key !== siteConfig.organizerPartner);
  const groups = byTier(partners);
  return (
    <div className="mx-grid max-w-4xl px-4 py-10 md:px-6" data-pagefind-body>
      <JsonLd data={partnersJsonLd(partners)} />
      <PageHeading title={ui().pages.partners}>
        <p className="m-0">{intro}</p>
        <p className="m-0 mt-2 text-base">
          <a
            href="#devenir-partenaire"
            className="inline-block py-1 font-semibold text-coral-700 underline underline-offset-2 dark:text-coral-300"
          >
            {ui().partnerCall.title}
          </a>
        </p>
      </PageHeading>
      {groups.map(({ tier, label, list }) => (
        <section key={tier} aria-labelledby={`rang-${tier}`} className="partner-tier mb-10" data-tier={tier}>
          <h2
            id={`rang-${tier}`}
            className={`mb-4 font-bold text-navy-900 dark:text-white ${tier === 'gold' ? 'text-2xl' : 'text-xl'}`}
          >
            {label}
          </h2>
          <ul className={`m-0 grid list-none gap-5 p-0 ${tier === 'gold' ? '' : 'sm:grid-cols-2'}`}>
            {list.map((profile) => (
              <PartnerEntry key={profile.partner.key} profile={profile} large={tier === 'gold'} />
            ))}
          </ul>
        </section>
      ))}
      <BecomePartner />
    </div>
  );
}

/**
 * Partners by their tier at the latest event they supported, main partners first; those of
 * the association rather than of an event last.
 */
function byTier(partners: PartnerProfile[]) {
  const groups: { tier: PartnerTier | 'association'; label: string; list: PartnerProfile[] }[] = PARTNER_TIERS.map(
    (tier) => {
      const list = partners.filter((p) => p.events[0]?.tier === tier);
      return { tier, label: tierLabels()[tier][list.length > 1 ? 1 : 0], list };
    },
  );
  groups.push({
    tier: 'association',
    label: siteConfig.intros.ownPartners ?? ui().ownPartners,
    list: partners.filter((p) => !p.events.length),
  });
  return groups.filter((g) => g.list.length);
}
