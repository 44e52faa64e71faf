/** A photo with its caption, and a link if one is given; alone or inside a <Gallery>. */
import { defineMdxComponent } from './define';

export const Figure = defineMdxComponent({
  name: 'Figure',
  required: ['src'],
  optional: ['alt', 'caption', 'link', 'size'],
  usage: '<Figure src="/img/post/photo.jpg" caption="Légende" />',
  view: () => import('@/components/Figure').then((m) => m.Figure),
});
