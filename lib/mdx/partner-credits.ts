/**
 * Partner references written as attributes of <PartnerCredits gold="a b" support="c" />: the
 * one reader of them, used by the check (unknown keys) and the render step. The tiers are said
 * here once: the allow-list takes them as the component's attributes, the partner schema as the
 * values of `tier`.
 */
export const PARTNER_TIERS = ['gold', 'support', 'community', 'media'] as const;
export type PartnerTier = (typeof PARTNER_TIERS)[number];

export type PartnerCreditsAttributes = Partial<Record<PartnerTier, string>>;

/** Each tier's keys, in tier order; "a b", "a, b" and "a,b" all work. */
export function partnersFromAttributes(attributes: PartnerCreditsAttributes): { key: string; tier: PartnerTier }[] {
  return PARTNER_TIERS.flatMap((tier) =>
    (attributes[tier] ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((key) => ({ key, tier })),
  );
}
