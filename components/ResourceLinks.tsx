import { Children, cloneElement, isValidElement, type ReactNode, type ReactElement } from 'react';
import type { Resource } from '@/lib/content/schema';
import { isExternal } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from './SiteLink';

type ResourceLinksProps = {
  title?: string;
  /** From MDX: a Markdown list of links. */
  children?: ReactNode;
  /** From front matter `resources:`. */
  items?: Resource[];
};

export function domainOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function Domain({ href }: { href: string }) {
  const domain = isExternal(href) ? domainOf(href) : undefined;
  return domain ? (
    <span className="resource-domain ms-1.5 whitespace-nowrap text-sm text-slate-500 dark:text-slate-400">
      ({domain})
    </span>
  ) : null;
}

/** Well-known addresses, named as a reader calls them. */
const KNOWN_SITES: Record<string, keyof ReturnType<typeof ui>['knownSites']> = {
  't.me': 'telegram',
  'youtube.com': 'youtube',
  'youtu.be': 'youtube',
  'meetup.com': 'meetup',
  'github.com': 'github',
};

/**
 * A readable label for a link shown as its bare URL: the site's usual name, else the last
 * word of its path ("…/sessions/" → "Sessions"), else the domain (then shown once).
 */
export function labelFromUrl(url: string): string {
  const domain = domainOf(url);
  if (!domain) return url;
  if (KNOWN_SITES[domain]) return ui().knownSites[KNOWN_SITES[domain]];
  const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  const words = decodeURIComponent(last)
    .replace(/\.[a-z0-9]{2,5}$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  if (/^[\p{L}][\p{L} ]{2,40}$/u.test(words) && /[aeiouy]/i.test(words))
    return words.charAt(0).toUpperCase() + words.slice(1);
  return domain;
}

/**
 * Adds the domain after each link of a Markdown list, and a readable label instead of a bare
 * URL (a long address would break mid-word on a phone).
 */
function withDomains(node: ReactNode): ReactNode {
  return Children.map(node, (child) => {
    if (!isValidElement(child)) return child;
    const element = child as ReactElement<{ href?: string; children?: ReactNode }>;
    const { href, children } = element.props;
    if (typeof href === 'string') {
      const text = typeof children === 'string' ? children.trim() : '';
      const bare = isExternal(href) && /^(https?:\/\/|www\.)\S+$/.test(text);
      const label = bare ? labelFromUrl(href) : text;
      const link = bare ? cloneElement(element, { title: href } as object, label) : element;
      const showsDomain = label.includes(domainOf(href) ?? '\u0000');
      return showsDomain ? (
        link
      ) : (
        <>
          {link}
          <Domain href={href} />
        </>
      );
    }
    return children === undefined ? element : cloneElement(element, undefined, withDomains(children));
  });
}

/** A titled, bordered list of links with their domains: slides, videos, event pages. */
export function ResourceLinks({ title = 'Ressources', children, items }: ResourceLinksProps) {
  const headingId = `resources-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section
      aria-labelledby={headingId}
      className="resource-links not-prose my-8 rounded-lg border border-slate-300 p-5 dark:border-slate-600"
    >
      <h2 id={headingId} className="mb-3 mt-0 text-lg font-semibold">
        {title}
      </h2>
      {items ? (
        <ul className="m-0 list-disc space-y-2 ps-5 marker:text-coral-500">
          {items.map((item) => (
            <li key={item.url}>
              <SiteLink href={item.url} className="font-medium text-coral-700 underline dark:text-coral-300">
                {item.label}
              </SiteLink>
              <Domain href={item.url} />
              {item.note ? <span className="block text-sm text-slate-600 dark:text-slate-400">{item.note}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <div className="resource-list [&_li]:my-1.5 [&_ul]:m-0 [&_ul]:list-disc [&_ul]:ps-5 [&_li]:marker:text-coral-500 [&_a]:text-coral-700 [&_a]:underline dark:[&_a]:text-coral-300 [&_a]:[overflow-wrap:anywhere]">
          {withDomains(children)}
        </div>
      )}
    </section>
  );
}
