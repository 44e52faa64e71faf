/**
 * The job board as a kind of content (lib/content/kinds.ts): its folder, how the check
 * names and counts it, its collection, template and pages. Registered there in one line.
 */
import { collection, type KeyRule } from '../content/collection';
import type { ContentKind } from '../content/kind';
import { KEBAB } from '../content/schema';
import { say } from '../messages/say';
import { hasBoardPage, jobPaths } from './paths';
import { readJob } from './read';
import { jobSchema } from './schema';
import { jobTemplate } from './template';
import type { JobOffer } from './types';

const FOLDER = 'jobs';

const jobKey: KeyRule = (key) =>
  KEBAB.test(key)
    ? undefined
    : [
        say(`le nom de fichier "${key}" ne peut pas faire une adresse`, `the file name "${key}" cannot be a URL`),
        say(
          'utilisez des minuscules, des chiffres et des tirets, par exemple sre-paris-exemple.mdx',
          'use lower-case letters, digits and hyphens, e.g. sre-paris-example.mdx',
        ),
      ];

/** The offers of a loaded site, valid ones only (content.records holds them under the kind's name). */
export const offersOf = (content: { records: ReadonlyMap<string, readonly unknown[]> }) =>
  (content.records.get('job') ?? []) as readonly JobOffer[];

export const JOB_KIND = {
  folder: FOLDER,
  newWord: 'job',
  record: false,
  aFile: () => say("une offre d'emploi", 'a job offer'),
  noun: () => [say("offre d'emploi", 'job offer'), say("offres d'emploi", 'job offers')],
  count: (content) => offersOf(content).length,
  claims: [{ field: 'contract', in: ['post', 'page', 'event', 'tag'] }],
  template: jobTemplate,
  collection: collection({
    folder: FOLDER,
    extensions: ['.mdx', '.md'],
    what: say("des offres d'emploi (.mdx)", 'job offers (.mdx)'),
    schema: jobSchema,
    key: jobKey,
    read: readJob,
  }),
  // Without a board page, /jobs/ is the board: a page of its own rather than a redirect to nowhere.
  paths: (content) => [
    ...(hasBoardPage(content) ? [] : [jobPaths.list()]),
    ...offersOf(content).map((offer) => offer.url),
  ],
  redirects: (content) => (hasBoardPage(content) ? [jobPaths.list()] : []),
} satisfies ContentKind;
