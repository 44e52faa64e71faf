/**
 * The one registry of what MDX content can render: the allowed components, read from their
 * definitions (lib/mdx/components/list.ts, the list the allow-list is read from too, so a
 * component cannot be allowed without a view), and the HTML elements the site restyles.
 */
import type { ComponentPropsWithoutRef, ComponentType, ReactNode } from 'react';
import { Picture } from '@/components/Picture';
import { isExternal, withBase } from '@/lib/urls';
import type { AllowedComponent } from './allow-list';
import type { MdxContext } from './components/define';
import { MDX_COMPONENTS } from './components/list';

/** Internal page links get the base path and their trailing slash; the rest is untouched. */
export function contentHref(href: string | undefined): string | undefined {
  if (!href || isExternal(href) || !href.startsWith('/')) return href;
  const [, path, rest] = /^([^?#]*)(.*)$/.exec(href) ?? [undefined, href, ''];
  const needsSlash = path && !path.endsWith('/') && !/\.[a-z0-9]{2,5}$/i.test(path);
  return withBase(`${path}${needsSlash ? '/' : ''}${rest}`);
}

function ContentLink({ href, children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  return (
    <a href={contentHref(href)} {...rest}>
      {children}
    </a>
  );
}

function ContentImage({ src, alt }: ComponentPropsWithoutRef<'img'>) {
  return (
    <Picture
      src={String(src)}
      alt={alt ?? ''}
      sizes="(min-width: 768px) 720px, 100vw"
      imgClassName="h-auto w-full rounded-md"
    />
  );
}

function ScrollableTable(props: ComponentPropsWithoutRef<'table'>) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a scrolling box, not a section of the outline; focusable so keyboards can scroll it (axe: scrollable-region-focusable)
    // biome-ignore lint/a11y/noNoninteractiveTabindex: same reason
    <div className="table-scroll overflow-x-auto" role="region" aria-label="Tableau" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

// `any`: each view declares its own props; the allow-list checked the attributes.
// biome-ignore lint/suspicious/noExplicitAny: see above
type View = ComponentType<any>;

/** The views, imported on the first render only (the check reads the definitions, never React). */
let views: Promise<(readonly [(typeof MDX_COMPONENTS)[number], View])[]> | undefined;
function loadViews() {
  views ??= Promise.all(MDX_COMPONENTS.map(async (component) => [component, await component.view()] as const));
  return views;
}

export async function createMdxComponents(context: MdxContext) {
  const allowed = Object.fromEntries(
    (await loadViews()).map(([component, View]) => {
      const props = component.props as ((attributes: object, context: MdxContext) => object) | undefined;
      // biome-ignore lint/suspicious/noExplicitAny: the attributes the allow-list let through
      const rendered = props ? (attributes: any) => <View {...props(attributes, context)} /> : View;
      return [component.name, rendered];
    }),
  ) as Record<AllowedComponent, (props: { children?: ReactNode }) => ReactNode>;
  return {
    ...allowed,
    a: ContentLink,
    img: ContentImage,
    table: ScrollableTable,
  };
}
