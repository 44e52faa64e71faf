import { absoluteUrl } from '../lib/urls';

/** The absolute URL the export writes for a site path (feeds, sitemap, share cards). */
export const siteUrl = (sitePath: string) => absoluteUrl(sitePath);

/** An absolute URL of the site, as a path relative to Playwright's baseURL. */
export const localPath = (url: string) => {
  const prefix = siteUrl('/');
  if (!url.startsWith(prefix)) throw new Error(`${url} is not under ${prefix}`);
  return url.slice(prefix.length);
};
