/**
 * Every setting of the site in one typed place: a view of site.yaml (lib/settings/), which
 * says who the community is, plus what the code decides. Deploys override the origin and
 * the base path through the environment (SITE_URL, BASE_PATH), so the same code serves
 * the community's own address and https://user.github.io/fork/ alike.
 */
import { loadSettings } from './settings/read';

export type { SocialIcon } from './settings/schema';

const settings = loadSettings();

/** "/site/" or "site" or "" → "/site" or "" (no trailing slash). */
function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '';
}

/** Origin without trailing slash; the base path is added separately. */
function normalizeSiteUrl(raw: string | undefined): string {
  const url = (raw ?? '').trim() || settings.url;
  return url.replace(/\/+$/, '');
}

/** "www.example.org" (CUSTOM_DOMAIN), written to out/CNAME for GitHub Pages. */
function normalizeDomain(raw: string | undefined): string | undefined {
  return (
    (raw ?? '')
      .trim()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, '') || undefined
  );
}

/**
 * Where the site is deployed, from the environment: a custom domain (CUSTOM_DOMAIN) serves
 * it at https://<domain>/, whatever SITE_URL and BASE_PATH say; otherwise those two do.
 */
export function deployTarget(env: Record<string, string | undefined> = process.env) {
  const customDomain = normalizeDomain(env.CUSTOM_DOMAIN);
  return {
    customDomain,
    siteUrl: normalizeSiteUrl(customDomain ? `https://${customDomain}` : env.SITE_URL),
    basePath: customDomain ? '' : normalizeBasePath(env.BASE_PATH ?? settings.basePath),
  };
}

const target = deployTarget();

export const siteConfig = {
  title: settings.name,
  /** The header's wordmark and the video poster's label. */
  shortName: settings.shortName ?? settings.name,
  subtitle: settings.subtitle,
  /** The one line under the home banner: who we are. */
  tagline: settings.tagline,
  description: settings.description,
  /** The home banner's words (site.yaml's wordmark) and photo. */
  wordmark: settings.wordmark,
  banner: settings.banner,
  /** BCP 47 tag: dates and sorting (Intl), og:locale (written fr_FR), JSON-LD and JSON Feed. */
  locale: settings.locale,
  /** Language of the pages (<html lang>), of the RSS and Atom feeds and of the calendars. */
  language: settings.language,
  /** Time of content dates written without an offset, and of events without a `timezone`. */
  timeZone: settings.timeZone,
  /**
   * Videos play in YouTube's privacy-enhanced player (no cookie until played; the only frame
   * origin the pages allow) and are watched, or linked from a talk, on youtube.com.
   */
  youtube: { player: 'https://www.youtube-nocookie.com', site: 'https://www.youtube.com' },
  siteUrl: target.siteUrl,
  basePath: target.basePath,
  customDomain: target.customDomain,
  /**
   * The right-hand side of calendar event UIDs: the community's name in domain form, kept when
   * the site moves to another host, so subscribers' calendars update events instead of
   * doubling them.
   */
  calendarId: settings.calendarId,
  postsPerPage: 10,
  /** The talk proposal form (a GitHub issue form), when the community has one. */
  talkProposalForm: settings.proposalForm,
  /** Posts in each feed, newest first: full texts, so a feed stays a few hundred KB. */
  feedItems: 20,
  twitterHandle: settings.twitter,
  defaultImage: settings.shareImage,
  logo: settings.logo,
  favicon: settings.favicon,
  association: settings.organisation,
  /** The organisation's own key in content/partners/: it organises, it is not thanked as a partner. */
  organizerPartner: settings.organizerPartner,
  license: settings.licence,
  sourceCode: settings.sourceCode,
  /** `more`: from 1024 px the entry folds under « Plus », the others stay in the bar (phones fold them all). */
  menu: settings.menu,
  social: settings.social,
  /** The home page's "join us" links, in this order; a link left out has no button. */
  join: settings.join,
  /** Where the next date is told first: the home page offers them while no event is announced. */
  announce: settings.announce,
  /** The descriptions of the speakers, events and themes pages. */
  intros: settings.intros,
  partnerCall: settings.partnerCall,
  /** Brand colours: written over the Tailwind tokens by the build (lib/settings/brand-css.ts). */
  colours: settings.colours,
};
