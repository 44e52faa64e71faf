import { siteConfig } from './site-config';

// Defined apart so that siteConfig can name a feed without importing this module (which reads it).
export { BUILD_FOLDERS, EXPORT_FOLDERS, siteFeeds, sitePaths } from './site-paths';

/** True for links that leave the site (other origins, mail, phone). */
export function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

/**
 * Prefixes a site-absolute path with the base path. Plain <a> and <img> are used
 * everywhere (next/link would ship client JavaScript), so this is the one place
 * where deploys under a sub-path are handled.
 */
export function withBase(href: string, basePath: string = siteConfig.basePath): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  if (basePath && (href === basePath || href.startsWith(`${basePath}/`))) return href;
  return `${basePath}${href}`;
}

/** Absolute URL (origin + base path) for feeds, sitemaps, canonical links and share cards. */
export function absoluteUrl(href: string): string {
  if (isExternal(href)) return href;
  const path = href.startsWith('/') ? href : `/${href}`;
  return `${siteConfig.siteUrl}${withBase(path)}`;
}

/** A video in YouTube's privacy-enhanced player (the frame the pages allow), with player parameters. */
export function youtubePlayerUrl(id: string, params?: URLSearchParams): string {
  return `${siteConfig.youtube.player}/embed/${id}${params ? `?${params}` : ''}`;
}

/** A video's page on youtube.com, for readers who would rather watch it there. */
export function youtubeWatchUrl(id: string): string {
  return `${siteConfig.youtube.site}/watch?v=${id}`;
}

/** The webcal: address of a calendar file, which calendar apps subscribe to and refetch. */
export function webcalUrl(href: string): string {
  return absoluteUrl(href).replace(/^https?:/, 'webcal:');
}
