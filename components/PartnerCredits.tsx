import type { Partner } from '@/lib/content/types';
import { PARTNER_TIERS, type PartnerRef, type PartnerTier } from '@/lib/content/schema';
import { Picture } from './Picture';

const TIER_LABELS: Record<PartnerTier, string> = {
  gold: 'Partenaire Gold',
  support: 'Soutien',
  community: 'Communauté',
  media: 'Partenaires média',
};

type PartnerCreditsProps = {
  title?: string;
  partners: PartnerRef[];
  registry: Map<string, Partner>;
};

/** Partners grouped by tier, gold first and larger; a logo, or the name as a text mark. */
export function PartnerCredits({ title = 'Partenaires', partners, registry }: PartnerCreditsProps) {
  if (!partners.length) return null;
  const headingId = `partners-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section aria-labelledby={headingId} className="partner-credits not-prose my-10">
      <h2 id={headingId} className="mb-4 text-2xl font-bold text-navy-900 dark:text-white">
        {title}
      </h2>
      <div className="space-y-6">
        {PARTNER_TIERS.map((tier) => {
          const inTier = partners.filter((p) => p.tier === tier);
          if (!inTier.length) return null;
          return (
            <div key={tier} data-tier={tier}>
              <h3 className="mb-2 text-xs font-semibold uppercase tracking-[0.15em] text-slate-600 dark:text-slate-400">
                {TIER_LABELS[tier]}
              </h3>
              <ul className={`m-0 grid list-none gap-3 p-0 ${tier === 'gold' ? 'sm:grid-cols-2' : 'grid-cols-2 sm:grid-cols-3'}`}>
                {inTier.map(({ key }) => {
                  const partner = registry.get(key);
                  if (!partner) throw new Error(`partner "${key}" is not in content/partners/`);
                  return (
                    <li key={key}>
                      <PartnerCard partner={partner} large={tier === 'gold'} />
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}

function PartnerCard({ partner, large }: { partner: Partner; large: boolean }) {
  return (
    <a
      href={partner.url}
      className={`group flex h-full items-center justify-center rounded-lg border border-slate-200 bg-white px-4 text-center no-underline transition-colors hover:border-coral-700 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-coral-300 ${large ? 'min-h-28 py-6' : 'min-h-20 py-4'}`}
    >
      {partner.logo ? (
        <Picture
          src={partner.logo}
          alt={partner.name}
          sizes="240px"
          imgClassName={`mx-auto w-auto object-contain grayscale transition group-hover:grayscale-0 motion-reduce:transition-none ${large ? 'max-h-16' : 'max-h-10'}`}
        />
      ) : (
        <span className={`font-bold uppercase tracking-[0.12em] text-navy-900 group-hover:text-coral-700 dark:text-slate-100 dark:group-hover:text-coral-300 ${large ? 'text-xl' : 'text-sm'}`}>
          {partner.name}
        </span>
      )}
    </a>
  );
}

/** Partner references from a <PartnerCredits gold="a b" support="c" /> element. */
export function partnersFromAttributes(attributes: Partial<Record<PartnerTier, string>>): PartnerRef[] {
  return PARTNER_TIERS.flatMap((tier) =>
    (attributes[tier] ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((key) => ({ key, tier })),
  );
}
