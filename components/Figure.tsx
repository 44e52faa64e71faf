import type { ReactNode } from 'react';
import { Picture } from './Picture';
import { SiteLink } from './SiteLink';

type FigureProps = { src: string; alt?: string; caption?: string; link?: string; size?: string };

/** An image with its caption; `link` opens the full image (Hugo's figure shortcode). */
export function Figure({ src, alt, caption, link }: FigureProps) {
  const picture = (
    <Picture
      src={src}
      alt={alt ?? caption ?? ''}
      sizes="(min-width: 768px) 720px, 100vw"
      imgClassName="h-auto w-full rounded-md"
    />
  );
  return (
    <figure className="figure my-6">
      {link ? <SiteLink href={link}>{picture}</SiteLink> : picture}
      {caption ? <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">{caption}</figcaption> : null}
    </figure>
  );
}

/** Figures side by side: two columns on tablets, three on desktops. */
export function Gallery({ children }: { children?: ReactNode }) {
  return <div className="gallery not-prose my-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">{children}</div>;
}
