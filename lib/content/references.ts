/**
 * Cross-references a content file makes: partners by key, images by path, and links to
 * other pages of the site. A reference to something the site will not publish is an
 * error at the line that makes it, never a broken page or a broken link.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listTree } from './files';
import { resolveImageRef } from '../images/image-ref';
import { isSafeUrl } from '../mdx/url-policy';
import { partnersFromAttributes } from '../mdx/partner-credits';
import { IMAGE_EXTENSIONS } from '../images/formats';
import { say } from '../messages/say';
import { didYouMean, keyHint } from '../messages/suggest';
import { issue, type ContentIssue } from '../messages/issues';
import type { Locator } from './yaml';
import type { Document, Partner } from './types';

export type AssetDirs = { contentDir: string; publicDir: string };

/** Where an image path is read from: /img/... is content/img/, anything else public/. */
export function imageSourceFile(src: string, dirs: AssetDirs): string {
  const clean = decodePath(src.split(/[?#]/)[0]);
  return clean.startsWith('/img/') ? inside(dirs.contentDir, clean) : inside(dirs.publicDir, clean);
}

/** Where slides written /slides/x.pdf are read from: content/slides/x.pdf. */
export function slidesSourceFile(src: string, dirs: Pick<AssetDirs, 'contentDir'>): string {
  return inside(path.join(dirs.contentDir, 'slides'), decodePath(src.split(/[?#]/)[0]).replace(/^\/slides(?=\/)/, ''));
}

/**
 * A site path as a file of `dir`, or '' (no file) when it would lead out of it: "/../x"
 * must never be found in the project folder, where the site publishes nothing.
 */
function inside(dir: string, sitePath: string): string {
  const abs = path.join(dir, sitePath);
  return abs.startsWith(path.join(dir, path.sep)) ? abs : '';
}

/** "%20" → " "; a malformed escape ("100%") is left as written rather than thrown. */
export function decodePath(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

type Position = { line: number; column: number };

/**
 * `at` may be a function: finding a front matter line re-parses the YAML with positions,
 * which only a file with a problem should pay for (thousands of posts each have a hero).
 */
export function checkImage(
  src: string,
  at: Position | (() => Position),
  file: string,
  dirs: AssetDirs,
): ContentIssue | undefined {
  // javascript:, data: and the like are refused by the allow-list (body) or the schema (front matter).
  if (!isSafeUrl(src)) return undefined;
  const problem = (message: string, hint: string) => issue(file, typeof at === 'function' ? at() : at, message, hint);
  const ref = resolveImageRef(src);
  if ('problem' in ref) return problem(ref.problem, ref.hint);
  const ext = path.extname(ref.path).toLowerCase();
  // A file of content/img/ in a format the site refuses is reported once, at the file itself
  // (stray-files.ts): one cause, one error, not another at each page that shows it.
  if (!IMAGE_EXTENSIONS.includes(ext) && !isFile(path.join(dirs.contentDir, ref.path))) {
    return problem(
      say(
        `l'image "${src}" : ${ext || 'un fichier sans extension'} n'est pas un format que le site sait redimensionner`,
        `image "${src}": ${ext || 'a file without extension'} is not a format the site can resize`,
      ),
      say(
        'convertissez-la en JPEG (photos) ou en PNG (logos, captures)',
        'convert it to JPEG (photos) or PNG (logos, screenshots)',
      ),
    );
  }
  if (!isFile(path.join(dirs.contentDir, ref.path))) {
    const near = didYouMean(ref.path, listImages(dirs));
    return problem(
      say(`l'image "${src}" n'existe pas`, `image "${src}" does not exist`),
      near ??
        say(
          'ajoutez le fichier dans content/img/ (servi en /img/...), ou corrigez le chemin',
          'add the file under content/img/ (served as /img/...), or fix the path',
        ),
    );
  }
  return undefined;
}

function isFile(abs: string): boolean {
  try {
    return fs.statSync(abs).isFile();
  } catch {
    return false;
  }
}

const missingPartner = (key: string) =>
  say(`le partenaire "${key}" n'est pas dans content/partners/`, `partner "${key}" is not in content/partners/`);
const partnerHint = (key: string, partners: Map<string, Partner>, registry: string) =>
  keyHint(
    key,
    partners.keys(),
    'partners',
    [...partners].map(([k, p]): [string, string] => [k, p.name]),
  ) ??
  say(
    `créez content/partners/${key}.yml (npm run new -- partner "Nom"), ou utilisez : ${registry}`,
    `add content/partners/${key}.yml, or use one of: ${registry}`,
  );

/** Every image of content/img/ as its site path (/img/...), for "did you mean". */
function listImages(dirs: AssetDirs): string[] {
  return listTree(path.join(dirs.contentDir, 'img')).map((rel) => `/img/${rel}`);
}

/** Partners and images of one document, checked while its front matter positions are known. */
export function checkDocumentReferences(
  doc: Pick<Document, 'file' | 'partners' | 'componentUses' | 'banners' | 'image' | 'images'>,
  lineOf: Locator,
  partners: Map<string, Partner>,
  dirs: AssetDirs,
): ContentIssue[] {
  const found: ContentIssue[] = [];
  const push = (i: ContentIssue | undefined) => i && found.push(i);
  const registry = [...partners.keys()].join(', ') || say("aucun pour l'instant", 'none yet');

  doc.partners.forEach((ref, index) => {
    if (ref.key && !partners.has(ref.key)) {
      found.push(
        issue(doc.file, lineOf(['partners', index]), missingPartner(ref.key), partnerHint(ref.key, partners, registry)),
      );
    }
  });
  for (const use of doc.componentUses) {
    if (use.name !== 'PartnerCredits') continue;
    for (const { key } of partnersFromAttributes(use.attributes)) {
      if (!partners.has(key))
        found.push(issue(doc.file, use, missingPartner(key), partnerHint(key, partners, registry)));
    }
  }

  doc.banners.forEach((banner, index) => {
    push(checkImage(banner.src, () => lineOf(['bigimg', index]), doc.file, dirs));
  });
  // `image` defaults to the first banner, already checked above.
  if (doc.image && doc.image !== doc.banners[0]?.src)
    push(checkImage(doc.image, () => lineOf(['image']), doc.file, dirs));
  for (const image of doc.images) push(checkImage(image.url, image, doc.file, dirs));
  return found;
}
