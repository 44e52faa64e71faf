/**
 * The image manifest: what scripts/build-images.ts produced for each source image under
 * content/img/ (sizes, dominant colour, AVIF/WebP/JPEG variants). Components read it to
 * write <picture> elements with width, height and srcset, so nothing shifts on load.
 */
import fs from 'node:fs';
import path from 'node:path';
import { imageKey } from '../content/image-ref';

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

export function readManifest(file = path.resolve(MANIFEST_PATH)): ImageManifest {
  if (!cached) {
    if (!fs.existsSync(file)) {
      throw new Error(`${MANIFEST_PATH} is missing: run "npm run images" (npm run build and npm run dev do it)`);
    }
    cached = JSON.parse(fs.readFileSync(file, 'utf8')) as ImageManifest;
  }
  return cached;
}

/** The processed image for a content path (`/img/x.jpg` or Hugo's relative `img/x.jpg`). */
export function getImage(src: string): ImageEntry | undefined {
  // The check's own reading of the path (lib/content/image-ref.ts): what it refused is never found here.
  const key = imageKey(src);
  return key && Object.hasOwn(readManifest(), key) ? readManifest()[key] : undefined;
}
