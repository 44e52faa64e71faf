import { PARTNER_TIERS, type Partner, type PartnerRef } from '@/lib/content/schema';
import { siteConfig } from '@/lib/site-config';
import { tierLabels } from '@/lib/community/labels';
import { Picture } from './Picture';
import { PARTNERS_TITLE, partnersHeadingId } from '@/lib/page-ids';
import { ui } from '@/lib/messages/interface';

/** Singular and plural French labels of each tier. */

type PartnerCreditsProps = {
  title?: string;
  partners: PartnerRef[];
  registry: Map<string, Partner>;
  /** On an event page: tighter rows, the whole block about one phone screen at most. */
  compact?: boolean;
};

/**
 * Partners in rows by tier, gold first and wider; a logo (greyscale until hovered), or a name
 * plate with a monogram. The association itself is never thanked as its own partner.
 */
export function PartnerCredits({ title, partners, registry, compact = false }: PartnerCreditsProps) {
  const credited = partners.filter((p) => p.key !== siteConfig.organizerPartner);
  if (!credited.length) return null;
  // The id comes from the title the content gives, else from a fixed word: the page's anchors
  // (lib/page-ids.ts) stay the same whatever the interface's language.
  const headingId = partnersHeadingId(title ?? PARTNERS_TITLE);
  return (
    <section
      aria-labelledby={headingId}
      data-pagefind-ignore
      className={`partner-credits not-prose ${compact ? 'my-8' : 'my-10'}`}
    >
      <h2 id={headingId} className={`mb-4 font-bold text-navy-900 dark:text-white ${compact ? 'text-xl' : 'text-2xl'}`}>
        {title ?? ui().pages.partners}
      </h2>
      <div className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
        {PARTNER_TIERS.map((tier) => {
          const inTier = credited.filter((p) => p.tier === tier);
          if (!inTier.length) return null;
          const gold = tier === 'gold';
          return (
            <div
              key={tier}
              data-tier={tier}
              className={`grid gap-2 px-4 sm:grid-cols-[11rem_1fr] sm:items-center sm:gap-4 ${compact ? 'py-3' : 'py-4'}`}
            >
              <h3 className="m-0 text-xs font-semibold uppercase tracking-[0.15em] text-slate-600 dark:text-slate-400">
                {tierLabels()[tier][inTier.length > 1 ? 1 : 0]}
              </h3>
              <ul className={`m-0 list-none p-0 flex flex-wrap ${gold ? 'gap-3' : 'gap-2'}`}>
                {inTier.map(({ key }) => {
                  const partner = registry.get(key);
                  if (!partner) throw new Error(`partner "${key}" is not in content/partners/`);
                  return (
                    <li key={key}>
                      <PartnerCard partner={partner} large={gold && !compact} />
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

/** "Resilience Care" → "RC", "La Dynamo Chambéry" → "LD": the initials of a name plate. */
export function monogram(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  return (
    words
      .slice(0, 2)
      .map((w) => w[0].toUpperCase())
      .join('') || name.slice(0, 2).toUpperCase()
  );
}

function PartnerCard({ partner, large }: { partner: Partner; large: boolean }) {
  const frame =
    'group flex h-full items-center gap-3 rounded-lg border border-slate-200 bg-white no-underline transition-colors hover:border-coral-700 dark:border-slate-700 dark:bg-navy-900 dark:hover:border-coral-300';
  if (partner.logo) {
    return (
      <a href={partner.url} className={`${frame} justify-center px-4 ${large ? 'min-h-24 py-4' : 'min-h-12 py-2'}`}>
        <Picture
          src={partner.logo}
          alt={partner.name}
          sizes="240px"
          imgClassName={`mx-auto w-auto object-contain grayscale transition group-hover:grayscale-0 group-focus-visible:grayscale-0 motion-reduce:transition-none ${large ? 'max-h-14' : 'max-h-8'}`}
        />
      </a>
    );
  }
  return (
    <a href={partner.url} className={`${frame} ${large ? 'px-4 py-4' : 'py-1.5 pl-1.5 pr-3'}`}>
      <span
        aria-hidden="true"
        className={`grid shrink-0 place-items-center rounded-md bg-navy-900 font-extrabold tracking-wider text-coral-300 dark:bg-navy-700 ${large ? 'h-12 w-12 text-base' : 'h-8 w-8 text-xs'}`}
      >
        {monogram(partner.name)}
      </span>
      <span
        className={`font-bold uppercase tracking-[0.1em] text-navy-900 group-hover:text-coral-700 dark:text-slate-100 dark:group-hover:text-coral-300 ${large ? 'text-lg' : 'text-sm'}`}
      >
        {partner.name}
      </span>
    </a>
  );
}
