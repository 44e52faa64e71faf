/**
 * What an MDX component is to the trust boundary, said once in its own file of this folder:
 * the attributes content may write, the usage shown in hints, the values refused, and the
 * view that draws it. The allow-list (../allow-list.ts) and the registry (../registry.tsx)
 * are read from list.ts, so adding a component is adding a file here and a line there.
 *
 * The view is a function that imports it: the check reads these files and never loads React.
 */
import type { ComponentType } from 'react';
import type { PageFrontMatter, Partner } from '../../content/schema';

export type MdxContext = {
  /** The document being rendered, for components that read its front matter. */
  document?: Pick<PageFrontMatter, 'resources' | 'partners'> & { image?: string };
  partners: Map<string, Partner>;
};

export type ComponentRule = {
  /** Attributes that must be present. */
  required: readonly string[];
  /** Attributes that may be present. */
  optional: readonly string[];
  /** What the component is for, shown in hints. */
  usage: string;
};

/** A value the page could not use, refused by the check at the attribute. */
export type ValueProblem = { message: string; hint: string };

export type MdxComponent<Name extends string = string, Attributes = never, Props = unknown> = ComponentRule & {
  /** The tag content writes: <Name ... />. */
  name: Name;
  /** Refuses a value of an allowed attribute (a video id that names no video...). */
  valueProblem?: (attribute: string, value: string) => ValueProblem | undefined;
  /** The React component that draws it, imported by the render step only. */
  view: () => Promise<ComponentType<Props>>;
  /**
   * The view's props from what content wrote (quoted strings, checked by the allow-list, and
   * the body as `children`) and the page being rendered. Without it the view gets the attributes.
   */
  props?: (attributes: Attributes, context: MdxContext) => Props;
};

/** Gives the name its literal type, so the list of components types the allowed names. */
export function defineMdxComponent<const Name extends string, Attributes, Props>(
  component: MdxComponent<Name, Attributes, Props>,
): MdxComponent<Name, Attributes, Props> {
  return component;
}
