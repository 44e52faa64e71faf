/**
 * Page metadata (title, description, canonical URL, share cards) built the same way for
 * every route.
 */
import type { Metadata } from 'next';
import { siteConfig } from './site-config';
import { absoluteUrl, sitePaths } from './urls';
import { getImage } from './images/manifest';
import { isSafeUrl } from './mdx/url-policy';
import { SHARE_CARD } from './share-cards/layout';
import { ui } from '@/lib/messages/interface';

type PageMeta = {
  title?: string;
  description?: string;
  path: string;
  image?: string;
  /** The page's own generated share card (scripts/build/export/share-cards.ts), preferred to `image`. */
  card?: string;
  /** What the share image shows, for readers who cannot see it (og:image:alt); the title by default. */
  imageAlt?: string;
  type?: 'website' | 'article';
  publishedTime?: string;
  modifiedTime?: string;
  tags?: string[];
  noindex?: boolean;
  /** A feed of this page's own list (a tag's), announced before the site's feeds. */
  feed?: { path: string; title: string };
};

/** Up to ~160 characters, cut at a word. */
export function shortDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  return `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** The share image: a JPEG or PNG (what every network reads), absolute, with its size. */
export function shareImage(src: string) {
  // The check refuses such a URL already; og:image must never carry a script URL whatever happens.
  if (!isSafeUrl(src) && src !== siteConfig.defaultImage) return shareImage(siteConfig.defaultImage);
  const image = getImage(src);
  return {
    url: absoluteUrl(image?.fallback.url ?? src),
    width: image?.fallback.width,
    height: image && Math.round((image.height * image.fallback.width) / image.width),
  };
}

/** Feed autodiscovery: <link rel="alternate"> for RSS, Atom and JSON Feed readers. */
function feedLinks(own?: { path: string; title: string }) {
  const site = ui().feedTitle(siteConfig.title);
  return {
    'application/rss+xml': [
      ...(own ? [{ url: absoluteUrl(own.path), title: own.title }] : []),
      { url: absoluteUrl(sitePaths.feed()), title: site },
    ],
    'application/atom+xml': [{ url: absoluteUrl(sitePaths.atomFeed()), title: site }],
    'application/feed+json': [{ url: absoluteUrl(sitePaths.jsonFeed()), title: site }],
  };
}

/** A large card wants an image of the networks' size (1200×630); a smaller one gets the small card. */
const LARGE_CARD = SHARE_CARD;

export function pageMetadata(meta: PageMeta): Metadata {
  const description = shortDescription(meta.description || siteConfig.description);
  const url = absoluteUrl(meta.path);
  const card = (path: string) => ({ url: absoluteUrl(path), width: SHARE_CARD.width, height: SHARE_CARD.height });
  // A page without a card or photo of its own shares the site's card (1200×630), not a small logo.
  const image = meta.card
    ? card(meta.card)
    : meta.image && isSafeUrl(meta.image)
      ? shareImage(meta.image)
      : card(sitePaths.siteCard());
  const title = meta.title ? `${meta.title} | ${siteConfig.title}` : `${siteConfig.title} : ${siteConfig.subtitle}`;
  // Alt text says what the image shows: the site card shows the site's name and subtitle; a
  // page's card and photo stand for the page, named by its title unless the caller says more.
  const siteCard = !meta.card && image.url === absoluteUrl(sitePaths.siteCard());
  const alt = siteCard
    ? `${siteConfig.title} : ${siteConfig.subtitle}`
    : (meta.imageAlt ?? (meta.title ? `${meta.title} – ${siteConfig.title}` : title));
  const large = (image.width ?? 0) >= LARGE_CARD.width && (image.height ?? 0) >= LARGE_CARD.height;
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: url, types: feedLinks(meta.feed) },
    robots: meta.noindex ? { index: false, follow: true } : undefined,
    openGraph: {
      title: meta.title ?? siteConfig.title,
      description,
      url,
      siteName: siteConfig.title,
      locale: siteConfig.locale.replace('-', '_'),
      type: meta.type ?? 'website',
      images: [{ ...image, alt }],
      ...(meta.type === 'article'
        ? { publishedTime: meta.publishedTime, modifiedTime: meta.modifiedTime, tags: meta.tags }
        : {}),
    },
    twitter: {
      card: large ? 'summary_large_image' : 'summary',
      site: siteConfig.twitterHandle,
      title: meta.title ?? siteConfig.title,
      description,
      images: [{ url: image.url, alt }],
    },
  };
}
