import type { ReactNode } from 'react';
import { SiteLink } from './SiteLink';

type CardTitleProps = {
  /** The heading level where the card stands in the page (a paragraph when it is no section). */
  as: 'h2' | 'h3' | 'h4' | 'p';
  href: string;
  className: string;
  /** The link's look; `after:absolute after:inset-0` in it makes the whole card the link. */
  linkClassName: string;
  /** The title's language, when it differs from the page's (a talk given in English). */
  lang?: string;
  children: ReactNode;
};

/** A card's title: its heading, holding the link to the page the card stands for. */
export function CardTitle({ as: Heading, href, className, linkClassName, lang, children }: CardTitleProps) {
  return (
    <Heading lang={lang} className={className}>
      <SiteLink href={href} className={linkClassName}>
        {children}
      </SiteLink>
    </Heading>
  );
}
