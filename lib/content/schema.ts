/**
 * The front matter of posts, pages and tags, and the records of partners and speakers,
 * declared once (events: lib/content/events/schema.ts). This file is the reference for
 * organizers: each field, its type, and what it is for. Hugo's field names are accepted as
 * they are, so posts imported from the old site need no edits. Types are read from here.
 */
import { z } from 'zod';
import { parseContentDate, type ContentDate } from '../dates';
import { disguisedMessage, isDisguisedOffSite, isSafeUrl } from '../mdx/url-policy';
import { PARTNER_TIERS, type PartnerTier } from '../mdx/partner-credits';
import { say } from '../messages/say';

export { PARTNER_TIERS, type PartnerTier };

/** Lower-case words joined by hyphens, as in URLs: `summercamp`, `site-reliability`. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Line breaks and other control characters: a title on two lines would end a calendar or feed line. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** One line of text: titles, names, places, labels. */
export const text = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z
    .string({ error: say('attendu : du texte', 'expected text') })
    .trim()
    .min(1, say('ne doit pas être vide', 'must not be empty'))
    .refine((v) => !CONTROL.test(v), {
      error: () =>
        say(
          'doit tenir sur une ligne, sans retour à la ligne ni caractère de contrôle',
          'must be one line, without line breaks or control characters',
        ),
    }),
);

/**
 * The site's URL policy (lib/mdx/url-policy.ts) for URLs written in front matter
 * and records: the same schemes are refused wherever a URL is written.
 */
const safeUrl = z
  .string({ error: say('attendu : une adresse', 'expected an address') })
  .trim()
  .min(1, say('ne doit pas être vide', 'must not be empty'))
  .refine(isSafeUrl, {
    error: (i) =>
      say(
        `l'adresse "${String(i.input).slice(0, 60)}" utilise un schéma interdit : seuls https:, mailto:, tel: et les chemins du site (/...) sont acceptés`,
        `the address "${String(i.input).slice(0, 60)}" uses a scheme that is not allowed: only https:, mailto:, tel: and paths of this site (/...)`,
      ),
  })
  .refine((v) => !isDisguisedOffSite(v), { error: (i) => disguisedMessage(String(i.input)) });

export const httpsUrl = z.url({
  protocol: /^https?$/,
  error: say('attendu : une adresse https://', 'expected an https:// address'),
});

const date = z
  .string({
    error: say('attendu : une date comme 2022-09-05T19:00:00+02:00', 'expected a date like 2022-09-05T19:00:00+02:00'),
  })
  .transform((raw, ctx): ContentDate => {
    const parsed = parseContentDate(raw);
    if ('error' in parsed) {
      ctx.addIssue({ code: 'custom', message: parsed.hint ? `${parsed.error} ; ${parsed.hint}` : parsed.error });
      return z.NEVER;
    }
    return parsed;
  });

/** A site path (`/img/x.jpg`, Hugo's relative `img/x.jpg`) or an https URL. */
export const imagePath = z
  .string({
    error: say(
      "attendu : un chemin d'image comme /img/meetup/photo.jpg",
      'expected an image path like /img/meetup/photo.jpg',
    ),
  })
  .trim()
  .min(1, say('ne doit pas être vide', 'must not be empty'))
  .pipe(safeUrl)
  .transform((p) => (/^[a-z][a-z0-9+.-]*:/i.test(p) || p.startsWith('/') ? p : `/${p}`));

const banner = z.strictObject({
  src: imagePath,
  desc: z.string().optional(),
  alt: z.string().optional(),
  position: z.string().optional(),
});
/** A banner as pages use it: `position` (a Hugo field) is accepted and dropped. */
export type Banner = Omit<z.output<typeof banner>, 'position'>;

/** `bigimg` accepts one path, one {src, desc}, or a list of them (Hugo's flow list). */
export const bigimg = z
  .union([
    imagePath,
    banner,
    z.array(z.union([imagePath, banner])).min(1, say('donnez au moins une image', 'list at least one image')),
  ])
  .transform((v): Banner[] =>
    (Array.isArray(v) ? v : [v]).map((b) =>
      typeof b === 'string' ? { src: b } : { src: b.src, desc: b.desc, alt: b.alt },
    ),
  );

const tag = z
  .string({ error: say('attendu : un mot-clé (du texte)', 'expected a tag (text)') })
  .regex(
    KEBAB,
    say(
      'les mots-clés sont en minuscules, reliés par des tirets, par exemple "summer-camp"',
      'tags are lower-case words joined by hyphens, e.g. "summer-camp"',
    ),
  );
export const tags = z.union([tag, z.array(tag)]).transform((v) => [...new Set(Array.isArray(v) ? v : [v])]);

const resource = z.strictObject({
  label: text,
  url: safeUrl,
  note: z.string().optional(),
});
export type Resource = z.infer<typeof resource>;

// Any text: a key that names no file of content/partners/ is refused where references are
// checked, with the key meant ("Resilience Care" → "resilience-care").
const partnerKey = z.string();
export const partnerRef = z
  .union([partnerKey, z.strictObject({ key: partnerKey, tier: z.enum(PARTNER_TIERS) })])
  .transform((v) => (typeof v === 'string' ? { key: v, tier: 'support' as PartnerTier } : v));
export type PartnerRef = z.output<typeof partnerRef>;

const MAX_ALIAS_BYTES = 200;

/** Fields shared by posts and standalone pages. */
const documentFields = {
  title: text,
  subtitle: z.string().optional(),
  date: date.optional(),
  lastmod: date.optional(),
  tags: tags.default([]),
  bigimg: bigimg.optional(),
  image: imagePath.optional(),
  summary: z.string().optional(),
  description: z.string().optional(),
  draft: z.boolean({ error: say('attendu : true ou false', 'expected true or false') }).default(false),
  resources: z.array(resource).default([]),
  partners: z.array(partnerRef).default([]),
  /** Old addresses of this page (Hugo's `aliases`): each answers with a redirect to it. */
  aliases: z
    .array(
      z
        .string()
        .trim()
        .regex(
          /^\/[^\s?#\\]+$/,
          say(
            "une ancienne adresse commence par / et n'a ni espace, ni ?, ni #, ni \\, par exemple /2019/05/meetup-lyon/",
            'an old address starts with / and has no spaces, ?, # or \\, e.g. /2019/05/meetup-lyon/',
          ),
        )
        // Each old address becomes folders and a file: file systems refuse names over 255 bytes.
        .refine((alias) => Buffer.byteLength(alias) <= MAX_ALIAS_BYTES, {
          error: () =>
            say(
              `une ancienne adresse fait au plus ${MAX_ALIAS_BYTES} octets`,
              `an old address is at most ${MAX_ALIAS_BYTES} bytes long`,
            ),
        })
        // The address becomes a folder of the export: "." and ".." would lead out of it.
        .refine(
          (alias) => !alias.split('/').some((part) => part === '.' || part === '..'),
          'an old address cannot contain "." or ".." folders',
        ),
    )
    .default([]),
  /** Slug of the event this post reports on (content/events/<slug>.mdx). */
  event: z
    .string()
    .regex(
      KEBAB,
      say('un événement se nomme par son fichier de content/events/', 'event keys are file names in content/events/'),
    )
    .optional(),
  // Hugo fields with no effect here, accepted so old files need no edits.
  author: z.union([z.string(), z.array(z.string())]).optional(),
  type: z.string().optional(),
  comments: z.boolean().optional(),
  socialShare: z.boolean().optional(),
};

export const postSchema = z.strictObject({ ...documentFields, date });
export const pageSchema = z.strictObject(documentFields);
export type PageFrontMatter = z.output<typeof pageSchema>;

/** content/tags/<tag>.md: how a tag is titled and described. */
export const tagSchema = z.strictObject({
  title: text,
  description: z.string().optional(),
});

/** content/partners/<key>.yml: a partner, defined once and referenced by key. */
export const partnerSchema = z.strictObject({
  name: text,
  url: httpsUrl,
  logo: imagePath.optional(),
  description: z.string().optional(),
});

/** content/speakers/<key>.yml: a person (speaker or organizer), defined once and referenced by key. */
export const speakerSchema = z.strictObject({
  name: text,
  company: text.optional(),
  /** A few sentences, shown on the speaker's page. */
  bio: z.string().optional(),
  photo: imagePath.optional(),
  links: z
    .array(
      z
        .union([httpsUrl, z.strictObject({ label: text, url: httpsUrl })])
        .transform((v): { label?: string; url: string } => (typeof v === 'string' ? { url: v } : v)),
    )
    .default([]),
});
