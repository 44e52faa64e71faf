/**
 * A body's HTML, rendered once and kept in .cache/mdx/ beside its compiled code: a warm build
 * of thousands of posts puts each unchanged body into its page as HTML, and React does not
 * rebuild its element tree on every build.
 *
 * The HTML is what renderMdx's tree renders to (the allow-listed components, React's own
 * escaping), written by the build's body step (prerender.tsx) and by nothing else: .cache/ is
 * never part of content. An entry is found by everything the HTML is made of: the body, the
 * code that renders it (lib/, components/, the lockfile), the site's settings and what the
 * page gives the components (its resources, partners, image, the partner records). The images
 * it showed are checked too: a photo encoded again (other sizes, another colour) is rendered
 * again. Anything not found renders the tree, as in development.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { cacheEntryPath } from '@/lib/files/code-version';
import { getImage, type ImageEntry } from '@/lib/images/manifest';
import { siteConfig } from '@/lib/site-config';
import type { MdxContext } from './components/define';
import { type RenderInput, renderMdx } from './render';

/** The cached HTML of a body, and a fingerprint of each image it showed. */
export type BodyEntry = { html: string; images: [src: string, fingerprint: string][] };

const CODE_DIRS = ['lib', 'components'];

const sha1 = (text: string) => crypto.createHash('sha1').update(text).digest('hex');

export const imageFingerprint = (entry: ImageEntry | undefined) => sha1(JSON.stringify(entry ?? null));

/** Partner records are shared by every page: serialized once per map. */
const partnerKeys = new WeakMap<Map<string, unknown>, string>();
function partnersKey(partners: MdxContext['partners']): string {
  let key = partnerKeys.get(partners);
  if (key === undefined) {
    key = sha1(JSON.stringify([...partners]));
    partnerKeys.set(partners, key);
  }
  return key;
}

let settingsKey: string | undefined;

/** Where the entry of this body in this context is kept; undefined when caching is off. */
export function bodyEntryFile({ source }: RenderInput, context: MdxContext): string | undefined {
  settingsKey ??= sha1(JSON.stringify(siteConfig));
  const document = context.document && {
    resources: context.document.resources,
    partners: context.document.partners,
    image: context.document.image,
  };
  return cacheEntryPath(
    'mdx',
    CODE_DIRS,
    [
      'body-html',
      process.env.NODE_ENV ?? '',
      settingsKey,
      partnersKey(context.partners),
      JSON.stringify(document ?? null),
      source,
    ],
    '.html.json',
  );
}

/** The cached HTML of the body, when an entry exists and every image it showed is unchanged. */
export function cachedBodyHtml(input: RenderInput, context: MdxContext): string | undefined {
  const file = bodyEntryFile(input, context);
  if (!file) return undefined;
  let entry: BodyEntry;
  try {
    entry = JSON.parse(fs.readFileSync(file, 'utf8')) as BodyEntry;
  } catch {
    return undefined;
  }
  if (typeof entry.html !== 'string' || !Array.isArray(entry.images)) return undefined;
  for (const [src, fingerprint] of entry.images) if (imageFingerprint(getImage(src)) !== fingerprint) return undefined;
  return entry.html;
}

type MdxBodyProps = { input: RenderInput; context: MdxContext; className?: string };

/** The body in a <div>: its cached HTML when there is one, else its element tree. */
export async function MdxBody({ input, context, className }: MdxBodyProps) {
  const html = cachedBodyHtml(input, context);
  if (html !== undefined) {
    // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML of the allow-listed tree, rendered by the build itself (see above)
    return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return <div className={className}>{await renderMdx(input, context)}</div>;
}
