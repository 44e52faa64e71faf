/**
 * The image manifest: what scripts/build-steps/images.ts produced for each source image under
 * content/img/ (sizes, dominant colour, AVIF/WebP/JPEG variants). Components read it to
 * write <picture> elements with width, height and srcset, so nothing shifts on load.
 */
import fs from 'node:fs';
import path from 'node:path';
import { imageKey } from './image-ref';
import { inspectImageFile } from './formats';
import { imageSourceDir } from './source-dir';

export type Variant = { width: number; url: string };

export type ImageEntry = {
  /** Site path of the source, as written in content: /img/meetup/14-1.jpg */
  src: string;
  width: number;
  height: number;
  /** Dominant colour, painted while the image loads. */
  color: string;
  avif: Variant[];
  webp: Variant[];
  /** The same photo cropped to 16:9 for cards (absent when the source is too small). */
  card?: { width: number; height: number; avif: Variant[]; webp: Variant[] };
  /** JPEG (or PNG with transparency) for browsers without AVIF/WebP. */
  fallback: Variant;
  /** Metadata-free copy served at the source's own path, for old links. */
  original: string;
};

export type ImageManifest = Record<string, ImageEntry>;

export const MANIFEST_PATH = path.join('.generated', 'images.json');

let cached: ImageManifest | undefined;

function readManifest(file = path.resolve(MANIFEST_PATH)): ImageManifest {
  if (!cached) {
    if (!fs.existsSync(file)) {
      throw new Error(`${MANIFEST_PATH} is missing: run "npm run images" (npm run build and npm run dev do it)`);
    }
    cached = JSON.parse(fs.readFileSync(file, 'utf8')) as ImageManifest;
  }
  return cached;
}

/** While `readImages` runs: each image asked for, with what it was given. */
let reads: Map<string, ImageEntry | undefined> | undefined;

/**
 * Runs `render` (synchronous) and returns the images it read with what each was: a cache of
 * rendered HTML is valid while each of them is still the same (see lib/mdx/body-html.ts).
 */
export function readImages<T>(render: () => T): { result: T; images: Map<string, ImageEntry | undefined> } {
  const outer = reads;
  const images = new Map<string, ImageEntry | undefined>();
  reads = images;
  try {
    return { result: render(), images };
  } finally {
    reads = outer;
  }
}

/** The processed image for a content path (`/img/x.jpg` or Hugo's relative `img/x.jpg`). */
export function getImage(src: string): ImageEntry | undefined {
  const entry = findImage(src);
  reads?.set(src, entry);
  return entry;
}

function findImage(src: string): ImageEntry | undefined {
  // The check's own reading of the path (lib/images/image-ref.ts): what it refused is never found here.
  const key = imageKey(src);
  if (!key) return undefined;
  if (process.env.NODE_ENV === 'development') return sourceImage(key);
  return Object.hasOwn(readManifest(), key) ? readManifest()[key] : undefined;
}

/**
 * Development (npm run dev) encodes nothing: the page shows the source itself, which
 * public/img links to, with its size read from the file's header on every render. A photo
 * added or replaced while the server runs shows on the next reload, and the first page
 * needs no encoding (production builds keep the variants and the metadata-free copies).
 */
function sourceImage(key: string): ImageEntry | undefined {
  if (!key.startsWith('/img/')) return undefined;
  const file = path.join(imageSourceDir(), key.slice('/img/'.length));
  if (!fs.existsSync(file)) return undefined;
  const inspected = inspectImageFile(file);
  if ('problem' in inspected)
    throw new Error(`content${key}: ${inspected.problem.message} (${inspected.problem.hint})`);
  const { width, height } = inspected.image;
  // Cache-busting by modification time: a replaced photo is fetched again on reload.
  const url = `${key}?v=${Math.round(fs.statSync(file).mtimeMs)}`;
  return { src: key, width, height, color: '#e5e7eb', avif: [], webp: [], fallback: { width, url }, original: key };
}
