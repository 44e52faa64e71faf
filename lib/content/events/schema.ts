/**
 * The front matter of an event (content/events/<slug>.mdx). This file is the reference for
 * organizers; rules that involve several fields (times inside the event, no overlap, keys
 * that resolve) are in checks.ts. The event's types are read from here (types.ts).
 */
import { z } from 'zod';
import { siteConfig } from '../../site-config';
import { youtubeWatchUrl } from '../../urls';
import { isYoutubeId } from '../../youtube-id';
import { say } from '../../messages/say';
import { KEBAB, bigimg, httpsUrl, partnerRef, tags, text } from '../schema';

export const SESSION_FORMATS = ['keynote', 'talk', 'quickie', 'lightning', 'round-table', 'activity', 'break'] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

/** schema.org's statuses an organizer may need; `scheduled` unless said otherwise. */
const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Read later with the event's time zone (a time written without offset is local time there). */
const dateTime = z.string({
  error: say(
    "attendu : une date et une heure comme 2022-09-03 09:00 (heure locale de l'événement)",
    'expected a date and time like 2022-09-03 09:00 (local time of the event)',
  ),
});

const timeZone = z
  .string({
    error: say(
      `attendu : un fuseau horaire comme ${siteConfig.timeZone}`,
      `expected a time zone like ${siteConfig.timeZone}`,
    ),
  })
  .refine(isTimeZone, {
    error: say(
      `n'est pas un fuseau horaire connu ; écrivez-le comme ${siteConfig.timeZone}`,
      `is not a time zone known to the IANA database; write it like ${siteConfig.timeZone}`,
    ),
  });

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** A YouTube video id (aSWjCOxZojU) or any https address, stored as a watch URL. */
const video = z
  .string({
    error: say(
      'attendu : un identifiant YouTube comme aSWjCOxZojU ou une adresse https://',
      'expected a YouTube id like aSWjCOxZojU or an https:// address',
    ),
  })
  .trim()
  .refine((v) => isYoutubeId(v) || /^https?:\/\/\S+$/.test(v), {
    error: say(
      'attendu : un identifiant YouTube (11 caractères, comme aSWjCOxZojU) ou une adresse https://',
      'expected a YouTube id (11 characters, like aSWjCOxZojU) or an https:// address',
    ),
  })
  .transform((v) => (isYoutubeId(v) ? youtubeWatchUrl(v) : v));

// Any text: a key that names no file of content/speakers/ (a display name, "Rym") is refused
// by the event's checks, which suggest the key meant, with the file's other key errors.
const personKey = z.string({
  error: say(
    'attendu : une clé (nom de fichier de content/speakers/)',
    'expected a key (file name in content/speakers/)',
  ),
});

const venue = z.strictObject({
  name: text,
  /** Street and number; the city has its own field. */
  address: text.optional(),
  postalCode: text.optional(),
  city: text,
  lat: z
    .number({
      error: say('attendu : une latitude en degrés, comme 45.5903', 'expected a latitude in degrees, like 45.5903'),
    })
    .min(-90)
    .max(90)
    .optional(),
  lng: z
    .number({
      error: say('attendu : une longitude en degrés, comme 5.9203', 'expected a longitude in degrees, like 5.9203'),
    })
    .min(-180)
    .max(180)
    .optional(),
});

/** The online side of an event: its URL, or the platform alone when the link was private. */
const online = z
  .union([httpsUrl, z.strictObject({ url: httpsUrl.optional(), platform: text.optional() })])
  .transform((v): { url?: string; platform?: string } => (typeof v === 'string' ? { url: v } : v));

/** Slides: a PDF of content/slides/, published as is (/slides/x.pdf), or an https address. */
const slides = z
  .string({
    error: say(
      'attendu : /slides/fichier.pdf ou une adresse https://',
      'expected /slides/file.pdf or an https:// address',
    ),
  })
  .trim()
  .refine((v) => /^\/slides\/[^/?#]+\.pdf$/i.test(v) || /^https?:\/\/\S+$/.test(v), {
    error: say(
      'attendu : un PDF de content/slides/ écrit /slides/fichier.pdf, ou une adresse https://',
      'expected a PDF of content/slides/ written /slides/file.pdf, or an https:// address',
    ),
  });

/** A call to act before a date: `until` is the last day (local to the event) it is open. */
const call = z.strictObject({
  url: httpsUrl,
  until: z.string({ error: say('attendu : une date comme 2027-03-01', 'expected a date like 2027-03-01') }),
});

const session = z.strictObject({
  title: text,
  /** The session's anchor on the event page (#id); default: made from the title. Set it to keep a link stable when the title changes. */
  id: z
    .string()
    .regex(KEBAB, {
      error: say(
        'attendu : des minuscules et des tirets, ex. "serverless-en-prod"',
        'expected lower-case words and hyphens, e.g. "serverless-in-prod"',
      ),
    })
    .optional(),
  speakers: z.array(personKey).default([]),
  format: z.enum(SESSION_FORMATS, {
    error: say(`attendu : l'un de ${SESSION_FORMATS.join(', ')}`, `expected one of ${SESSION_FORMATS.join(', ')}`),
  }),
  /** Date and local time, e.g. 2022-09-03 10:30; without it the session is listed untimed. */
  start: dateTime.optional(),
  /** Minutes. */
  duration: z
    .number({ error: say('attendu : un nombre de minutes', 'expected a number of minutes') })
    .int()
    .positive()
    .optional(),
  /** Sessions at the same time must be in different tracks (rooms, parallel activities). */
  track: text.optional(),
  /** Language code, e.g. fr or en. */
  language: z
    .string()
    .regex(/^[a-z]{2}$/, {
      error: say(
        'attendu : un code de langue à deux lettres, comme fr ou en',
        'expected a two-letter language code, like fr or en',
      ),
    })
    .optional(),
  slides: slides.optional(),
  video: video.optional(),
  description: z.string().optional(),
  /** Topics of the talk, for /talks/ (the event's tags are added). */
  tags: tags.default([]),
});

export const eventSchema = z.strictObject({
  title: text,
  /** Date and time of the start; local time in `timezone` unless an offset is written. */
  start: dateTime,
  end: dateTime.optional(),
  timezone: timeZone.default(siteConfig.timeZone),
  status: z
    .enum(EVENT_STATUSES, {
      error: say(`attendu : l'un de ${EVENT_STATUSES.join(', ')}`, `expected one of ${EVENT_STATUSES.join(', ')}`),
    })
    .default('scheduled'),
  venue: venue.optional(),
  online: online.optional(),
  website: httpsUrl.optional(),
  /** Where to register: an address, or { url, until } to show it until a date. */
  registration: z
    .union([httpsUrl, call])
    .optional()
    .transform((v) => (typeof v === 'string' ? { url: v } : v)),
  /** The call for talks: { url: form, until: last day }; shown while open. */
  cfp: call.optional(),
  /** The banner, written like a post's `bigimg`. */
  hero: bigimg.optional(),
  /** One or two sentences for lists and share cards; default: the first paragraph. */
  summary: z.string().optional(),
  tags: tags.default([]),
  partners: z.array(partnerRef).default([]),
  /** People keys (content/speakers/), like speakers. */
  organizers: z.array(personKey).default([]),
  sessions: z.array(session).default([]),
});
export type EventFrontMatter = z.output<typeof eventSchema>;
export type SessionFrontMatter = EventFrontMatter['sessions'][number];
