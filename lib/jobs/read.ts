/**
 * Reads one job offer (content/jobs/<slug>.mdx): its front matter checked against the schema
 * and the rules a schema cannot say (a place, a last day after the first), its body against
 * the MDX allow-list like any post. An offer with an error is not published.
 */
import { endOfDay } from '../content/events/times';
import type { ReadContext, Source } from '../content/collection';
import { readMdxFile } from '../content/mdx-file';
import { checkDocumentReferences } from '../content/references';
import { issue, type ContentIssue } from '../messages/issues';
import { say } from '../messages/say';
import { siteConfig } from '../site-config';
import { jobPaths } from './paths';
import type { jobSchema } from './schema';
import type { JobOffer } from './types';

export function readJob({ abs, file, key: slug, schema }: Source<typeof jobSchema>, context: ReadContext) {
  const { issues } = context;
  const read = readMdxFile(abs, file, schema, context);
  if (!read) return undefined;
  const { data: fm, body, lineOf } = read;
  const found: ContentIssue[] = [];
  if (!fm.city && !fm.remote) {
    found.push(
      issue(
        file,
        lineOf(['company'], 'key'),
        say("l'offre ne dit pas où se trouve le poste", 'the offer does not say where the position is'),
        say(
          'ajoutez la ville (city: "Lyon"), ou remote: true pour un poste en télétravail',
          'add the city (city: "Lyon"), or remote: true for a remote position',
        ),
      ),
    );
  }
  const day = (d: { iso: string }) => d.iso.slice(0, 10);
  if (day(fm.until) < day(fm.date)) {
    found.push(
      issue(
        file,
        lineOf(['until']),
        say(
          `until (${day(fm.until)}) tombe avant date (${day(fm.date)}) : l'offre ne serait jamais affichée`,
          `until (${day(fm.until)}) is before date (${day(fm.date)}): the offer would never be shown`,
        ),
        say(
          "écrivez le dernier jour où l'offre est ouverte, le jour de date ou après",
          'write the last day the offer is open, on or after its date',
        ),
      ),
    );
  }
  // Images of the body must be files of content/img/, as in a post.
  found.push(
    ...checkDocumentReferences(
      { file, partners: [], componentUses: body.componentUses, banners: [], images: body.images },
      lineOf,
      new Map(),
      context.dirs,
    ),
  );
  issues.push(...found);
  if (!read.bodyValid || found.some((i) => i.severity === 'error')) return undefined;
  const offer: JobOffer = {
    slug,
    file,
    url: jobPaths.offer(slug),
    title: fm.title,
    company: fm.company,
    city: fm.city,
    remote: fm.remote ?? false,
    contract: fm.contract,
    applyUrl: fm.url,
    date: fm.date,
    until: fm.until,
    closes: endOfDay(fm.until, siteConfig.timeZone),
    summary: (fm.summary ?? body.summary).trim(),
    source: body.source,
    links: body.links,
    images: body.images,
  };
  return offer;
}
