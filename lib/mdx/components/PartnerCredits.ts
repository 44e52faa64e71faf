/**
 * The partners to thank, by tier: the keys written as attributes (gold="a b"), or, written
 * bare, the `partners` of the front matter. Unknown keys are reported by the content layer.
 */
import { defineMdxComponent } from './define';
import { PARTNER_TIERS, partnersFromAttributes, type PartnerCreditsAttributes } from '../partner-credits';

type Attributes = PartnerCreditsAttributes & { title?: string };

export const PartnerCredits = defineMdxComponent({
  name: 'PartnerCredits',
  required: [],
  optional: ['title', ...PARTNER_TIERS],
  usage: '<PartnerCredits gold="resilience-care" support="la-dynamo-chambery" />',
  view: () => import('@/components/PartnerCredits').then((m) => m.PartnerCredits),
  props: ({ title, ...tiers }: Attributes, context) => {
    const fromAttributes = partnersFromAttributes(tiers);
    const partners = fromAttributes.length ? fromAttributes : (context.document?.partners ?? []);
    return { title, partners, registry: context.partners };
  },
});
