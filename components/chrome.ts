/**
 * The site's chrome, the same on every page of a section: the footer, and the header of each
 * section (the menu entry it marks). Pages take them through withCachedChildren; the build's
 * HTML step renders each variant listed here once (scripts/build-steps/bodies.ts).
 */
import { siteConfig } from '@/lib/site-config';
import { sitePaths } from '@/lib/urls';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** One path a section: each menu entry's, the home, the search page and the error page. */
function sectionPaths(): string[] {
  const entries = siteConfig.menu.map((entry) => entry.href).filter((href) => href.startsWith('/'));
  return [...new Set(['/', ...entries, sitePaths.search(), sitePaths.notFound()])];
}

/** Every variant of the chrome the pages show. */
export function chromeElements() {
  return [SiteFooter(), ...sectionPaths().map((path) => SiteHeader({ path }))];
}
