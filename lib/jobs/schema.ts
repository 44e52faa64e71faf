/**
 * content/jobs/<slug>.mdx: a job offer shared with the community. This file is the reference
 * for organizers: each field, its type, and what it is for. The body (optional) describes the
 * position; the offer itself lives at `url`.
 */
import { z } from 'zod';
import { parseContentDate, type ContentDate } from '../dates';
import { text } from '../content/schema';
import { say } from '../messages/say';

/** The contracts an offer may be, as written in the front matter. */
export const CONTRACTS = ['cdi', 'cdd', 'freelance', 'stage', 'alternance'] as const;
export type Contract = (typeof CONTRACTS)[number];

const dateOf = (example: string, dayOnly: boolean) =>
  z
    .string({ error: say(`attendu : une date comme ${example}`, `expected a date like ${example}`) })
    .transform((raw, ctx): ContentDate => {
      if (dayOnly && !/^\s*\d{4}-\d{2}-\d{2}\s*$/.test(raw)) {
        ctx.addIssue({
          code: 'custom',
          message: say(
            `"${raw}" : écrivez le jour seul, comme ${example} (l'offre reste affichée jusqu'à la fin de ce jour, heure de Paris)`,
            `"${raw}": write the day alone, like ${example} (the offer is shown until the end of that day, Paris time)`,
          ),
        });
        return z.NEVER;
      }
      const parsed = parseContentDate(raw);
      if ('error' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.hint ? `${parsed.error} ; ${parsed.hint}` : parsed.error });
        return z.NEVER;
      }
      return parsed;
    });

export const jobSchema = z.strictObject({
  /** The position, as the offer names it. */
  title: text,
  /** Who hires. */
  company: text,
  /** Where the work is; with `remote: true` alone, a fully remote position. */
  city: text.optional(),
  remote: z.boolean({ error: say('attendu : true ou false', 'expected true or false') }).optional(),
  contract: z.enum(CONTRACTS, {
    error: say(`attendu : l'un de ${CONTRACTS.join(', ')}`, `expected one of ${CONTRACTS.join(', ')}`),
  }),
  /** The offer itself, on the company's site or a job board: https only. */
  url: z.url({ protocol: /^https$/, error: say('attendu : une adresse https://', 'expected an https:// address') }),
  /** When the offer was shared: the board lists the newest first. */
  date: dateOf('2026-03-02', false),
  /** The last day the offer is open: the board stops listing it after that day (Paris time). */
  until: dateOf('2026-04-30', true),
  /** One or two sentences for the board; by default the first paragraph of the body. */
  summary: z.string().optional(),
});

export type JobFrontMatter = z.output<typeof jobSchema>;
