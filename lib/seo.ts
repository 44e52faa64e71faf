/**
 * Page metadata (title, description, canonical URL, share cards) built the same way for
 * every route.
 */
import type { Metadata } from 'next';
import { siteConfig } from './site-config';
import { absoluteUrl, sitePaths } from './urls';
import { getImage } from './images/manifest';
import { isSafeUrl } from './mdx/allow-list';
import { SHARE_CARD } from './share-cards/layout';

type PageMeta = {
  title?: string;
  description?: string;
  path: string;
  image?: string;
  /** The page's own generated share card (scripts/share-cards), preferred to `image`. */
  card?: string;
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
  const site = `${siteConfig.title} : les articles`;
  return {
    'application/rss+xml': [
      ...(own ? [{ url: absoluteUrl(own.path), title: own.title }] : []),
      { url: absoluteUrl(sitePaths.feed()), title: site },
    ],
    'application/atom+xml': [{ url: absoluteUrl(sitePaths.atomFeed()), title: site }],
    'application/feed+json': [{ url: absoluteUrl(sitePaths.jsonFeed()), title: site }],
  };
}

export function pageMetadata(meta: PageMeta): Metadata {
  const description = shortDescription(meta.description || siteConfig.description);
  const url = absoluteUrl(meta.path);
  const image = meta.card
    ? { url: absoluteUrl(meta.card), width: SHARE_CARD.width, height: SHARE_CARD.height }
    : shareImage(meta.image ?? siteConfig.defaultImage);
  const title = meta.title ? `${meta.title} | ${siteConfig.title}` : `${siteConfig.title} : ${siteConfig.subtitle}`;
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
      images: [image],
      ...(meta.type === 'article'
        ? { publishedTime: meta.publishedTime, modifiedTime: meta.modifiedTime, tags: meta.tags }
        : {}),
    },
    twitter: {
      card: 'summary_large_image',
      site: siteConfig.twitterHandle,
      title: meta.title ?? siteConfig.title,
      description,
      images: [image.url],
    },
  };
}
