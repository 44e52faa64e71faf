/** Photos side by side: the <Figure /> written inside it, one per line. */
import { defineMdxComponent } from './define';

export const Gallery = defineMdxComponent({
  name: 'Gallery',
  required: [],
  optional: ['caption-effect'],
  usage: '<Gallery> then one <Figure /> per line </Gallery>',
  view: () => import('@/components/Figure').then((m) => m.Gallery),
});
