/**
 * One Hugo content file → one file of this site: front matter converted, body turned
 * into MDX, and the result checked with the same analysis as `npm run check`, so the
 * importer never writes a file the site would refuse.
 */
import path from 'node:path';
import { analyzeMdx } from '../../../lib/mdx/analyze';
import { splitFrontMatter } from '../../../lib/content/front-matter';
import { slugify } from '../../../lib/content/slug';
import { convertFields, writeFrontMatter } from './fields';
import { readHugoDocument } from './front-matter';
import { markdownToMdx } from './markdown';
import { hugoUrlize } from './urlize';
import { ImportError } from './report';

export type FileLog = {
  count: (construct: string) => void;
  warn: (line: number, message: string) => void;
};

export type Converted = { target: string; text: string };

export type DocumentOptions = {
  kind: 'post' | 'page';
  partnersByCategory: Map<string, string[]>;
  log: FileLog;
};

/** content/post/<slug>.mdx or content/page/<slug>.mdx, from a Hugo file's text. */
export function convertDocument(raw: string, hugoFile: string, options: DocumentOptions): Converted {
  const { kind, log } = options;
  const doc = readHugoDocument(raw);
  if (doc.format === 'none')
    throw new ImportError(1, 'the file has no front matter (title, date): Hugo would publish it without a title');
  if (doc.format === 'toml') log.count('TOML front matter → YAML');
  const name = path.basename(hugoFile).replace(/\.(md|markdown)$/, '');
  const converted = convertFields(doc.data, {
    kind,
    slug: name,
    count: log.count,
    warn: (message) => log.warn(1, message),
  });
  const slug = siteSlug(converted.slug, kind, log);
  const body = markdownToMdx(doc.body, doc.bodyLine, {
    count: log.count,
    warn: log.warn,
    partnersByCategory: options.partnersByCategory,
  });
  const text = `${writeFrontMatter(converted)}\n${body.replace(/^\n+/, '').replace(/\s*$/, '\n')}`;
  refuseInvalid(text, kind === 'post' ? 'post' : 'page');
  return { target: path.join('content', kind, `${slug}.mdx`), text };
}

/** The address Hugo gave the file, as this site's file name. */
function siteSlug(name: string, kind: string, log: FileLog): string {
  const hugo = hugoUrlize(name);
  if (/^[a-z0-9][a-z0-9._-]*$/.test(hugo)) return hugo;
  const slug = slugify(name);
  if (!slug) throw new ImportError(1, `"${name}" cannot be made into an address`);
  log.warn(1, `Hugo published /${kind}/${hugo}/, this site publishes /${kind}/${slug}/`);
  return slug;
}

/** A tag description: content/tags/<tag>/_index.md → content/tags/<tag>.md */
export function convertTagDescription(raw: string, hugoDir: string, log: FileLog): Converted {
  const doc = readHugoDocument(raw);
  const folder = path.basename(path.dirname(hugoDir));
  const tag = slugify(folder);
  if (!tag) throw new ImportError(1, `"${folder}" cannot be a tag name`);
  const { title, description, ...rest } = doc.data as Record<string, unknown>;
  const fields: Record<string, unknown> = { title: String(title ?? folder) };
  if (description) fields.description = String(description);
  const unused = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== null));
  const body = markdownToMdx(doc.body, doc.bodyLine, {
    count: log.count,
    warn: log.warn,
    partnersByCategory: new Map(),
  }).trim();
  const text = `${writeFrontMatter({ fields, unused })}${body ? `\n${body}\n` : ''}`;
  refuseInvalid(text, 'tag');
  return { target: path.join('content', 'tags', `${tag}.md`), text };
}

function refuseInvalid(text: string, what: string) {
  const split = splitFrontMatter(text, what);
  const problems = [...split.issues, ...analyzeMdx(split.body, what).issues.filter((i) => i.severity === 'error')];
  if (problems.length) {
    const [first] = problems;
    throw new ImportError(
      1,
      `the converted file would not pass the check (line ${first.line} of the new file: ${first.message}); fix the Hugo file or convert it by hand`,
    );
  }
}
