/**
 * schema.org data (JSON-LD) that search engines read: BlogPosting on posts, Organization and
 * WebSite on the home page, BreadcrumbList on posts and tag pages. Plain objects here; the
 * JsonLd component writes them into the page.
 */
import type { Post } from './content/types';
import { shareImage } from './seo';
import { siteConfig } from './site-config';
import { absoluteUrl, sitePaths } from './urls';
import { ui } from './messages/interface';

export type JsonLdObject = { '@context'?: string; '@type': string; [key: string]: unknown };

const CONTEXT = 'https://schema.org';
const organizationId = () => absoluteUrl('/#organization');

/** The logo as the ImageObject search engines expect of a publisher, with its size. */
function logo(): JsonLdObject {
  const { url, width, height } = shareImage(siteConfig.logo);
  return { '@type': 'ImageObject', url, width, height };
}
const websiteId = () => absoluteUrl('/#website');

export function organization(): JsonLdObject {
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    '@id': organizationId(),
    name: siteConfig.title,
    url: absoluteUrl('/'),
    logo: logo(),
    description: siteConfig.description,
    sameAs: siteConfig.social.filter((s) => s.href.startsWith('https://')).map((s) => s.href),
  };
}

export function website(): JsonLdObject {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': websiteId(),
    name: siteConfig.title,
    url: absoluteUrl('/'),
    description: siteConfig.description,
    inLanguage: siteConfig.locale,
    publisher: { '@id': organizationId() },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(sitePaths.search())}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export function blogPosting(post: Post): JsonLdObject {
  const url = absoluteUrl(post.url);
  return {
    '@context': CONTEXT,
    '@type': 'BlogPosting',
    '@id': `${url}#article`,
    headline: post.title,
    description: post.summary || undefined,
    url,
    mainEntityOfPage: url,
    datePublished: post.date.iso,
    dateModified: (post.lastmod ?? post.date).iso,
    image: [post.image ? shareImage(post.image).url : absoluteUrl(sitePaths.shareCard('post', post.slug))],
    keywords: post.tags.length ? post.tags.join(', ') : undefined,
    wordCount: post.wordCount,
    inLanguage: siteConfig.locale,
    // Posts are written on behalf of the association; the old site named no authors.
    author: { '@type': 'Organization', name: siteConfig.title, url: absoluteUrl('/') },
    publisher: {
      '@id': organizationId(),
      '@type': 'Organization',
      name: siteConfig.title,
      logo: logo(),
    },
    isPartOf: { '@id': websiteId() },
  };
}

/** Home › ... › the page itself; each crumb is a name and a site path. */
export function breadcrumbs(trail: { name: string; path: string }[]): JsonLdObject {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: [{ name: ui().homeCrumb, path: '/' }, ...trail].map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json">: "<" is escaped so that a title holding
 * "</script>" cannot end the element (titles come from untrusted content).
 */
export function serializeJsonLd(data: JsonLdObject | JsonLdObject[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
