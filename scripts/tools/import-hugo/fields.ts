/**
 * Hugo front matter → this site's front matter. Hugo's field names are kept (the schema
 * accepts them); tags become kebab-case; relative image paths become /img/...; fields the
 * site does not use are kept in the file as YAML comments, never silently dropped.
 */
import { Document as YamlDocument, isScalar, isSeq, visit, Scalar } from 'yaml';
import { parseContentDate } from '../../../lib/dates';
import { pageSchema } from '../../../lib/content/schema';
import { tagFromHugo } from './urlize';
import { ImportError } from './report';

export type FieldContext = {
  kind: 'post' | 'page';
  /** The slug from the file name, for a date when the front matter has none. */
  slug: string;
  count: (construct: string) => void;
  warn: (message: string) => void;
};

export type ConvertedFields = {
  fields: Record<string, unknown>;
  /** Hugo fields with no use here, written as comments. */
  unused: Record<string, unknown>;
  /** A Hugo `slug:` field changes the address: the file is named after it. */
  slug: string;
};

const KNOWN = new Set(Object.keys(pageSchema.shape));
const DATE_FIELDS = ['date', 'lastmod'];

export function convertFields(data: Record<string, unknown>, context: FieldContext): ConvertedFields {
  const fields: Record<string, unknown> = {};
  const unused: Record<string, unknown> = {};
  let slug = context.slug;
  const oldAddresses: string[] = [];

  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined || value === '') continue;
    if (key === 'slug' && typeof value === 'string') {
      slug = value;
      continue;
    }
    if (key === 'url' || key === 'aliases') {
      // Hugo served the page (url) or a redirect (aliases) there: both become redirects to
      // the page's address here, so old links keep working.
      for (const old of Array.isArray(value) ? value : [value]) {
        if (typeof old !== 'string' || !old.trim()) continue;
        const absolute = old.trim().startsWith('/') ? old.trim() : `/${old.trim()}`;
        if (absolute !== old) context.warn(`${key}: "${old}" read as ${absolute}`);
        oldAddresses.push(absolute);
      }
      context.count(key === 'url' ? 'url → aliases (redirects to the page)' : 'aliases kept (redirects to the page)');
      continue;
    }
    if (!KNOWN.has(key) || key === 'resources' || key === 'partners' || key === 'event') {
      unused[key] = value;
      continue;
    }
    fields[key] = convertField(key, value, context);
  }

  if (fields.tags !== undefined && (fields.tags as string[]).length === 0) delete fields.tags;
  const here = `/${context.kind}/${slug}`;
  const aliases = [...new Set(oldAddresses)].filter((a) => a.replace(/\/$/, '') !== here);
  if (aliases.length) fields.aliases = aliases;
  if (context.kind === 'post' && !fields.date) {
    const fromName = /^(\d{4}-\d{2}-\d{2})/.exec(slug)?.[1];
    if (!fromName) throw new ImportError(1, 'the post has no date, and its file name does not start with one');
    fields.date = fromName;
    context.warn(`no date in the front matter: ${fromName} taken from the file name`);
  }
  if (Object.keys(unused).length) context.count('Hugo field kept as a comment');
  if (!fields.title) throw new ImportError(1, 'the file has no title');
  return { fields, unused, slug };
}

function convertField(key: string, value: unknown, context: FieldContext): unknown {
  if (DATE_FIELDS.includes(key)) {
    const text = String(value);
    const parsed = parseContentDate(text);
    if ('error' in parsed) throw new ImportError(1, `${key}: ${parsed.error}`);
    return text;
  }
  if (key === 'tags') return convertTags(value, context);
  if (key === 'image') return imagePath(String(value), context);
  if (key === 'bigimg') return convertBanners(value, context);
  if (key === 'draft' || key === 'comments' || key === 'socialShare') return value === true || value === 'true';
  if (key === 'title' || key === 'subtitle' || key === 'summary' || key === 'description') return String(value);
  return value;
}

function convertTags(value: unknown, context: FieldContext): string[] {
  const names = (Array.isArray(value) ? value : [value]).map(String);
  const tags: string[] = [];
  for (const name of names) {
    const { tag, hugoPath, sameUrl } = tagFromHugo(name);
    if (!tag) {
      context.warn(`tag "${name}" has no letter or digit: not kept`);
      continue;
    }
    if (tag !== name) context.count('tag renamed to kebab-case (same URL)');
    if (!sameUrl) context.warn(`tag "${name}": Hugo published /tags/${hugoPath}/, this site publishes /tags/${tag}/`);
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/** Hugo themes resolve `img/x.jpg` from the site root. */
export function imagePath(src: string, context: { count: (c: string) => void }): string {
  const trimmed = src.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('/') || trimmed.startsWith('#') || !trimmed)
    return trimmed;
  context.count('relative image path made absolute');
  return `/${trimmed.replace(/^\.\//, '')}`;
}

function convertBanners(value: unknown, context: FieldContext): unknown {
  const list = Array.isArray(value) ? value : [value];
  return list.map((banner) => {
    if (typeof banner === 'string') return { src: imagePath(banner, context) };
    if (!banner || typeof banner !== 'object') return banner;
    const { src, desc, alt, position, ...rest } = banner as Record<string, unknown>;
    if (Object.keys(rest).length)
      context.warn(`bigimg: ${Object.keys(rest).join(', ')} not kept (the site reads src, desc, alt, position)`);
    return Object.fromEntries(
      Object.entries({ src: imagePath(String(src ?? ''), context), desc, alt, position }).filter(
        ([, v]) => v !== undefined,
      ),
    );
  });
}

/** The front matter as YAML: strings quoted, dates plain, tags and banners in flow style like the seed posts. */
export function writeFrontMatter(converted: Pick<ConvertedFields, 'fields' | 'unused'>): string {
  const doc = new YamlDocument(converted.fields, { version: '1.2' });
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if ((key === 'tags' || key === 'bigimg') && isSeq(pair.value)) pair.value.flow = true;
    },
    Scalar(_, node, path) {
      const parent = path[path.length - 1] as { key?: unknown } | undefined;
      const isKey = parent && (parent as { key?: unknown }).key === node;
      const key =
        parent && isScalar((parent as { key?: unknown }).key) ? String((parent as { key: Scalar }).key.value) : '';
      if (typeof node.value === 'string' && !isKey)
        node.type = DATE_FIELDS.includes(key) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
    },
  });
  let yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  if (Object.keys(converted.unused).length) {
    const kept = new YamlDocument(converted.unused, { version: '1.2' }).toString({ lineWidth: 0 });
    yaml += `# Hugo fields this site does not use, kept for reference:\n${kept
      .trimEnd()
      .split('\n')
      .map((l) => `# ${l}`)
      .join('\n')}\n`;
  }
  return `---\n${yaml}---\n`;
}
