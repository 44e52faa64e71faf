/**
 * Every setting of the site in one typed place. Deploys override the origin and the
 * base path through the environment (SITE_URL, BASE_PATH), so the same code serves
 * https://sre-france.github.io/ and https://user.github.io/fork/ alike.
 */
import { sitePaths } from './site-paths';

/** `more`: from 1024 px the entry folds under « Plus », the others stay in the bar (phones fold them all). */
type MenuEntry = { label: string; href: string; more?: true };
/** A way to join the community, shown on the home page when its address is set. */
type JoinLink = { label: string; detail: string; href: string; icon: SocialIcon };
type SocialLink = { label: string; href: string; icon: SocialIcon };
export type SocialIcon = 'github' | 'telegram' | 'meetup' | 'mastodon' | 'bluesky' | 'x' | 'youtube' | 'email' | 'rss';

/** "/site/" or "site" or "" → "/site" or "" (no trailing slash). */
function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '';
}

/** Origin without trailing slash; the base path is added separately. */
function normalizeSiteUrl(raw: string | undefined): string {
  const url = (raw ?? '').trim() || 'https://sre-france.github.io';
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
    basePath: customDomain ? '' : normalizeBasePath(env.BASE_PATH),
  };
}

const target = deployTarget();

/** The community's addresses elsewhere, each shown in more than one list below. */
const MEETUP = 'https://www.meetup.com/Site-Reliability-Engineering-France/';
const TELEGRAM = 'https://t.me/+lH1dMlrK0q5hNTk8';
const YOUTUBE_CHANNEL = 'https://www.youtube.com/@srefrance';
const GITHUB = 'https://github.com/sre-france/';
const ANNOUNCEMENTS = 'https://t.me/SREFranceNews';

export const siteConfig = {
  title: 'SRE France',
  subtitle: 'La communauté SRE en France',
  /** The one line under the home banner: who we are. */
  tagline:
    'La communauté française du Site Reliability Engineering : meetups, Summer Camp et talks, partout en France.',
  description:
    'SRE France, association loi 1901 : meetups, Summer Camp et comptes rendus de talks sur le Site Reliability Engineering et le DevOps en France.',
  /** BCP 47 tag: dates and sorting (Intl), og:locale (written fr_FR), JSON-LD and JSON Feed. */
  locale: 'fr-FR',
  /** Language of the pages (<html lang>), of the RSS and Atom feeds and of the calendars. */
  language: 'fr',
  /** Time of content dates written without an offset, and of events without a `timezone`. */
  timeZone: 'Europe/Paris',
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
   * doubling them. Change it only for a different community (a fork).
   */
  calendarId: 'sre-france.github.io',
  postsPerPage: 10,
  /** The talk proposal form (a GitHub issue form, .github/ISSUE_TEMPLATE/proposer-un-talk.yml). */
  talkProposalForm: 'https://github.com/sre-france/sre-france.github.io/issues/new?template=proposer-un-talk.yml',
  /** Posts in each feed, newest first: full texts, so a feed stays a few hundred KB. */
  feedItems: 20,
  twitterHandle: '@SREFrance',
  defaultImage: '/img/share.png',
  logo: '/img/logo.png',
  association: 'SRE France, association loi 1901',
  /** The association's own key in content/partners/: it organises, it is not thanked as a partner. */
  organizerPartner: 'sre-france',
  license: { label: 'CC0 1.0', href: 'https://creativecommons.org/publicdomain/zero/1.0/deed.fr' },
  menu: [
    { label: 'Articles', href: sitePaths.posts() },
    { label: 'Meetups', href: sitePaths.tag('meetup') },
    { label: 'Summer Camp', href: sitePaths.tag('summercamp') },
    { label: 'Événements', href: sitePaths.events() },
    { label: 'Talks', href: sitePaths.talks() },
    { label: 'Intervenants', href: sitePaths.speakers() },
    { label: 'Partenaires', href: sitePaths.partners() },
    { label: 'Proposer un talk', href: sitePaths.proposeTalk(), more: true },
    { label: 'GitHub', href: GITHUB, more: true },
    { label: 'Offres d’emploi', href: sitePaths.page('job-board'), more: true },
    { label: 'Contact', href: sitePaths.page('contact'), more: true },
    { label: 'Faire un don', href: 'https://www.helloasso.com/associations/sre-france/formulaires/1', more: true },
    { label: 'À propos', href: sitePaths.page('about'), more: true },
  ] satisfies MenuEntry[],
  social: [
    { label: 'GitHub', href: GITHUB, icon: 'github' },
    { label: 'Telegram', href: TELEGRAM, icon: 'telegram' },
    { label: 'YouTube', href: YOUTUBE_CHANNEL, icon: 'youtube' },
    { label: 'Meetup', href: MEETUP, icon: 'meetup' },
    { label: 'Mastodon', href: 'https://piaille.fr/@srefrance', icon: 'mastodon' },
    { label: 'Bluesky', href: 'https://bsky.app/profile/srefrance.bsky.social', icon: 'bluesky' },
    { label: 'X (Twitter)', href: 'https://x.com/SREFrance', icon: 'x' },
    { label: 'E-mail', href: 'mailto:srefranceasso@gmail.com', icon: 'email' },
    { label: 'Flux RSS des articles', href: sitePaths.feed(), icon: 'rss' },
  ] satisfies SocialLink[],
  /**
   * The home page's "join us" links, in this order. Leave a link out (or comment it) and its
   * button disappears: Slack and a newsletter show up here the day they exist.
   */
  join: [
    { label: 'Meetup', detail: 'Les prochaines dates', href: MEETUP, icon: 'meetup' },
    { label: 'Telegram', detail: 'Discuter avec la communauté', href: TELEGRAM, icon: 'telegram' },
    { label: 'YouTube', detail: 'Les talks en vidéo', href: YOUTUBE_CHANNEL, icon: 'youtube' },
    { label: 'Annonces', detail: 'Le canal SRE France News', href: ANNOUNCEMENTS, icon: 'telegram' },
  ] satisfies JoinLink[],
  /** Where the next date is told first: the home page offers them while no event is announced. */
  announce: [
    { label: 'Le groupe Meetup', detail: 'inscription et rappel par e-mail', href: MEETUP },
    { label: 'Les annonces sur Telegram', detail: 'le canal SRE France News', href: ANNOUNCEMENTS },
    { label: 'Le calendrier des événements', detail: 'à ajouter une fois à votre agenda', href: sitePaths.calendar() },
  ] satisfies { label: string; detail: string; href: string }[],
} as const;
