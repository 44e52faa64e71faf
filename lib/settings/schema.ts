/**
 * What site.yaml may say: who the community is, where the site lives, its menu and links,
 * its brand colours. Every field is required but those marked optional: a community that
 * copies the file sees every setting it has to make its own.
 */
import { z } from 'zod';
import { say } from '../messages/say';

const text = z.string().trim().min(1);
const hexColour = z.string().regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, {
  error: () => say('attendu une couleur #rrggbb, comme #c62828', 'expected a #rrggbb colour, like #c62828'),
});
/** A page of the site ("/events/"), an address elsewhere (https://) or an e-mail (mailto:). */
const href = z.string().regex(/^(\/|https:\/\/|mailto:)\S*$/, {
  error: () =>
    say(
      'attendu un chemin du site (/events/), une adresse https:// ou mailto:',
      'expected a site path (/events/), an https:// address or mailto:',
    ),
});
const webAddress = z
  .string()
  .regex(/^https:\/\/\S+$/, { error: () => say('attendu une adresse https://', 'expected an https:// address') });
/** A file of public/ (or of content/img/, copied there by the build): "/img/logo.png". */
const publicFile = z.string().regex(/^\/\S+\.(png|jpe?g|webp|svg)$/i, {
  error: () =>
    say(
      'attendu le chemin d’une image de public/, comme /img/logo.png',
      'expected the path of an image in public/, like /img/logo.png',
    ),
});

export const SOCIAL_ICONS = [
  'github',
  'telegram',
  'meetup',
  'mastodon',
  'bluesky',
  'x',
  'youtube',
  'email',
  'rss',
] as const;
const icon = z.enum(SOCIAL_ICONS);

const locale = z.string().refine(
  (tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  },
  {
    error: () =>
      say('attendu une locale BCP 47, comme fr-FR ou en-CA', 'expected a BCP 47 locale, like fr-FR or en-CA'),
  },
);
const timeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { error: () => say('attendu un fuseau IANA, comme Europe/Paris', 'expected an IANA time zone, like Europe/Paris') },
);

export const settingsSchema = z.strictObject({
  /** The community's name: titles, feeds, calendars, share cards. */
  name: text,
  /** The header's wordmark and the video poster's label; the name when absent. */
  shortName: text.optional(),
  subtitle: text,
  tagline: text,
  description: text,
  /** The footer's line: who publishes the site. */
  organisation: text,
  /** Origin of the deployed site; SITE_URL, BASE_PATH and CUSTOM_DOMAIN override it at build time. */
  url: webAddress,
  basePath: z
    .string()
    .regex(/^(\/[\w.-]+)*\/?$|^$/, {
      error: () => say('attendu un chemin comme /site, ou rien', 'expected a path like /site, or nothing'),
    })
    .default(''),
  language: z.enum(['fr', 'en']),
  locale,
  timeZone,
  calendarId: z.string().regex(/^[a-z0-9.-]+$/, {
    error: () =>
      say(
        'attendu un nom de domaine en minuscules, comme mon-meetup.github.io',
        'expected a lower-case domain name, like example.github.io',
      ),
  }),
  organizerPartner: z
    .string()
    .regex(/^[a-z0-9-]+$/, {
      error: () =>
        say(
          'attendu la clé d’un fichier de content/partners/, comme mon-meetup',
          'expected the key of a file in content/partners/, like my-meetup',
        ),
    })
    .optional(),
  logo: publicFile,
  favicon: publicFile,
  shareImage: publicFile,
  /** The home banner's photo, under a veil of the deep colour. */
  banner: publicFile,
  /** The home banner's wordmark: the band's first word bold, the others light, then the strip and the place. */
  wordmark: z.strictObject({ band: z.array(text).min(1), strip: text, place: text }),
  twitter: z
    .string()
    .regex(/^@\w{1,15}$/, {
      error: () => say('attendu un compte comme @MonMeetup', 'expected a handle like @MyMeetup'),
    })
    .optional(),
  proposalForm: webAddress.optional(),
  menu: z.array(z.strictObject({ label: text, href, more: z.boolean().optional() })).min(1),
  social: z.array(z.strictObject({ label: text, href, icon })),
  join: z.array(z.strictObject({ label: text, detail: text, href, icon })),
  announce: z.array(z.strictObject({ label: text, detail: text, href })),
  licence: z.strictObject({ label: text, href: webAddress }),
  sourceCode: webAddress,
  /** What the community does, said by the pages that list it (their description in search results). */
  intros: z.strictObject({
    speakers: text,
    events: text,
    tags: text,
    /** The events page's first line; a generic one in the site's language without it. */
    eventsPage: text.optional(),
    /** The home page, while no date is announced: what the community prepares. */
    betweenEditions: text.optional(),
    /** The talks, partners and talk proposal pages' first lines (and search descriptions). */
    talks: text.optional(),
    partners: text.optional(),
    proposeTalk: text.optional(),
    /** The not-found page's link to the events, when the community names them. */
    eventsLink: text.optional(),
    /** The partners page's group of partners of the organisation itself rather than of an event. */
    ownPartners: text.optional(),
  }),
  /**
   * The partners page's call for support, in the community's words: its first line, the ways
   * to help (one item each, no end punctuation) and its e-mail button; generic text without it.
   */
  partnerCall: z.strictObject({ intro: text, ways: z.array(text).min(1), write: text }).optional(),
  colours: z.strictObject({
    accent: z.strictObject({ light: hexColour, bright: hexColour, strong: hexColour, stronger: hexColour }),
    deep: z.strictObject({ raised: hexColour, panel: hexColour, band: hexColour, night: hexColour }),
  }),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SocialIcon = (typeof SOCIAL_ICONS)[number];
