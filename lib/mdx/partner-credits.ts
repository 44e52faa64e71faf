/**
 * Partner references written as attributes of <PartnerCredits gold="a b" support="c" />: the
 * one reader of them, used by the check (unknown keys) and the render step. The tiers are the
 * partner schema's.
 */
import { PARTNER_TIERS, type PartnerRef, type PartnerTier } from '../content/schema';

export type PartnerCreditsAttributes = Partial<Record<PartnerTier, string>>;

/** Each tier's keys, in tier order; "a b", "a, b" and "a,b" all work. */
export function partnersFromAttributes(attributes: PartnerCreditsAttributes): PartnerRef[] {
  return PARTNER_TIERS.flatMap((tier) =>
    (attributes[tier] ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((key) => ({ key, tier })),
  );
}
