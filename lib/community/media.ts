import { withBase } from '../urls';

/** Slides of content/slides/ live on the site (under the base path); other links go as written. */
export function mediaHref(href: string): string {
  return href.startsWith('/') ? withBase(href) : href;
}
