/**
 * The one registry of what MDX content can render: the allowed components (their names and
 * attributes are lib/mdx/allow-list.ts) and the HTML elements the site restyles. The type
 * ties this map to the allow-list, so a component cannot be allowed without existing.
 */
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { Figure, Gallery } from '@/components/Figure';
import { MdxHeroImage } from '@/components/HeroImage';
import { PartnerCredits } from '@/components/PartnerCredits';
import { Picture } from '@/components/Picture';
import { ResourceLinks } from '@/components/ResourceLinks';
import { YouTube } from '@/components/YouTube';
import type { Document, Partner } from '@/lib/content/types';
import type { AllowedComponent } from './allow-list';
import { partnersFromAttributes, type PartnerCreditsAttributes } from './partner-credits';
import { isExternal, withBase } from '@/lib/urls';

export type MdxContext = {
  /** The document being rendered, for components that read its front matter. */
  document?: Pick<Document, 'resources' | 'partners'> & { image?: string };
  partners: Map<string, Partner>;
};

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

type Tiered = PartnerCreditsAttributes & { title?: string };

export function createMdxComponents(context: MdxContext) {
  // `any`: each component declares its own props; the allow-list checked the attributes.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const allowed: Record<AllowedComponent, (props: any) => ReactNode> = {
    HeroImage: MdxHeroImage,
    ResourceLinks: ({ title, children }: { title?: string; children?: ReactNode }) =>
      children ? (
        <ResourceLinks title={title}>{children}</ResourceLinks>
      ) : (
        <ResourceLinks title={title} items={context.document?.resources ?? []} />
      ),
    PartnerCredits: ({ title, ...tiers }: Tiered) => {
      const fromAttributes = partnersFromAttributes(tiers);
      const partners = fromAttributes.length ? fromAttributes : (context.document?.partners ?? []);
      return <PartnerCredits title={title} partners={partners} registry={context.partners} />;
    },
    YouTube: (props: { id: string; title?: string; start?: string }) => (
      <YouTube {...props} poster={context.document?.image} />
    ),
    Figure,
    Gallery,
  };
  return {
    ...allowed,
    a: ContentLink,
    img: ContentImage,
    table: ScrollableTable,
  };
}
