/** A banner photo in the middle of the text, drawn like the page's own banner. */
import { defineMdxComponent } from './define';

type Attributes = { src: string; desc?: string; alt?: string };

export const HeroImage = defineMdxComponent({
  name: 'HeroImage',
  required: ['src'],
  optional: ['alt', 'desc'],
  usage: '<HeroImage src="/img/photo.jpg" desc="Légende" />',
  view: () => import('@/components/HeroImage').then((m) => m.HeroImage),
  props: ({ src, desc, alt }: Attributes) => ({ banners: [{ src, desc, alt }], priority: false }),
});
