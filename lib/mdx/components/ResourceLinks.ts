/**
 * A titled list of links: the Markdown list written inside it, or, written bare, the
 * `resources` of the front matter (the page then does not list them again at its end).
 */
import type { ReactNode } from 'react';
import { defineMdxComponent } from './define';

type Attributes = { title?: string; children?: ReactNode };

export const ResourceLinks = defineMdxComponent({
  name: 'ResourceLinks',
  required: [],
  optional: ['title'],
  usage: '<ResourceLinks title="Ressources"> then a Markdown list of links </ResourceLinks>',
  view: () => import('@/components/ResourceLinks').then((m) => m.ResourceLinks),
  props: ({ title, children }: Attributes, { document }) =>
    children ? { title, children } : { title, items: document?.resources ?? [] },
});
