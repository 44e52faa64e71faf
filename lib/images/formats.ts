/**
 * What content/img/ may hold: the one rule the check (lib/content) and the image pipeline
 * (scripts/build-steps/images.ts) both apply, so they always agree on every file.
 *
 * Only formats the pipeline decodes and re-encodes without metadata are accepted: JPEG,
 * PNG, WebP and AVIF, recognised from the file's bytes (not its name), under their own
 * extension. Nothing is ever published as uploaded, so an SVG or HTML file with a script,
 * or a phone photo with its GPS position, never reaches the site. SVG is refused (no
 * sanitiser is kept for it), HEIC too (this build of sharp cannot decode it), GIF too
 * (convert it to PNG or WebP). Sizes are read from the header: nothing is decoded here.
 */
import fs from 'node:fs';
import { imageSize } from 'image-size';
import { say } from '../messages/say';
import { walkFiles } from '../files/walk';

/** Decoding an image costs memory and time in proportion to its pixels: 40 MP is a 7700×5200 photo. */
export const MAX_PIXELS = 40_000_000;

/** Accepted formats and the extensions each may be named with (the first is the one to suggest). */
export const IMAGE_FORMATS = {
  jpeg: { label: 'JPEG', extensions: ['.jpg', '.jpeg'] },
  png: { label: 'PNG', extensions: ['.png'] },
  webp: { label: 'WebP', extensions: ['.webp'] },
  avif: { label: 'AVIF', extensions: ['.avif'] },
} as const;

export type ImageFormat = keyof typeof IMAGE_FORMATS;

/** Extensions content may reference as images (`/img/x.jpg`). */
export const IMAGE_EXTENSIONS: readonly string[] = Object.values(IMAGE_FORMATS).flatMap((f) => f.extensions);

/** The accepted format an extension names (".JPG" → jpeg), or undefined. */
export function formatOfExtension(ext: string): ImageFormat | undefined {
  const wanted = ext.toLowerCase();
  return (Object.keys(IMAGE_FORMATS) as ImageFormat[]).find((f) =>
    (IMAGE_FORMATS[f].extensions as readonly string[]).includes(wanted),
  );
}

type ImageProblem = { message: string; hint: string };
type InspectedImage = { format: ImageFormat; width: number; height: number };

/** The format the bytes say, whatever the file is named: a few magic numbers suffice. */
function sniffFormat(head: Uint8Array): ImageFormat | 'gif' | 'heic' | 'svg' | 'html' | 'tiff' | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp') {
    // ISO-BMFF: the major brand, then compatible brands, say AVIF or HEIC.
    const size = Math.min(head.length, (head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3]);
    const brands: string[] = [];
    for (let at = 8; at + 4 <= size; at += 4) if (at !== 12) brands.push(ascii(at, at + 4));
    if (brands.some((b) => b === 'avif' || b === 'avis')) return 'avif';
    if (brands.some((b) => /^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(b))) return 'heic';
    return undefined;
  }
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'tiff';
  const text = Buffer.from(head.subarray(0, 512)).toString('utf8').trimStart().toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(text) || /^<\?xml[\s\S]*<svg[\s>]/.test(text))
    return 'svg';
  if (/^(<!doctype html|<html|<\?xml)/.test(text)) return 'html';
  return undefined;
}

const ACCEPTED = Object.values(IMAGE_FORMATS)
  .map((f) => f.label)
  .join(', ');
const CONVERT = say(
  'enregistrez-la en JPEG (photos) ou en PNG (logos, captures)',
  'save it as JPEG (photos) or PNG (logos, screenshots)',
);

/**
 * Checks one file of content/img/ without decoding it: a regular file (not a symlink), a
 * format the pipeline re-encodes, named with that format's extension, at most MAX_PIXELS.
 */
export function inspectImageFile(abs: string): { image: InspectedImage } | { problem: ImageProblem } {
  const problem = (message: string, hint: string) => ({ problem: { message, hint } });
  const stat = fs.lstatSync(abs);
  if (stat.isSymbolicLink()) {
    return problem(
      say(
        'lien symbolique : le site ne publie que de vrais fichiers',
        'a symbolic link: the site publishes only real files',
      ),
      say('remplacez le lien par le fichier lui-même', 'replace the link with the file itself'),
    );
  }
  const bytes = readHead(abs);
  const ext = (/\.[^./]+$/.exec(abs)?.[0] ?? '').toLowerCase();
  const format = sniffFormat(bytes.subarray(0, 4096));
  if (!format || !(format in IMAGE_FORMATS)) {
    const what = format ? format.toUpperCase() : say('un format inconnu', 'an unknown format');
    return problem(
      say(
        `pas une image que le site sait publier (${what}) : seuls ${ACCEPTED} sont acceptés`,
        `not an image the site can publish (${what}): only ${ACCEPTED} are accepted`,
      ),
      format === 'heic'
        ? say('exportez la photo en JPEG depuis le téléphone', 'export the photo as JPEG from the phone')
        : CONVERT,
    );
  }
  const accepted = IMAGE_FORMATS[format as ImageFormat];
  if (!(accepted.extensions as readonly string[]).includes(ext)) {
    return problem(
      say(
        `fichier ${accepted.label} nommé « ${ext || 'sans extension'} »`,
        `a ${accepted.label} file named "${ext || 'without extension'}"`,
      ),
      say(`renommez-le en ${accepted.extensions[0]}`, `rename it to ${accepted.extensions[0]}`),
    );
  }
  let size: { width?: number; height?: number };
  try {
    size = imageSize(bytes);
  } catch {
    // A header past the first megabyte (large EXIF thumbnails): read the whole file once.
    try {
      size = bytes.length === HEAD_BYTES ? imageSize(fs.readFileSync(abs)) : {};
    } catch {
      size = {};
    }
  }
  if (!size.width || !size.height) {
    return problem(
      say(
        `en-tête ${accepted.label} illisible : le fichier est abîmé`,
        `the ${accepted.label} header cannot be read: the file is damaged`,
      ),
      CONVERT,
    );
  }
  const pixels = size.width * size.height;
  if (pixels > MAX_PIXELS) {
    const mp = (n: number) => `${(n / 1e6).toFixed(0)} MP`;
    return problem(
      say(
        `image de ${size.width}×${size.height} px (${mp(pixels)}), au-delà de la limite de ${mp(MAX_PIXELS)}`,
        `image of ${size.width}×${size.height} px (${mp(pixels)}), over the ${mp(MAX_PIXELS)} limit`,
      ),
      say('réduisez-la à 4000 px de large au plus', 'resize it to at most 4000 px wide'),
    );
  }
  // EXIF orientations 5-8 turn the photo a quarter: the page shows it upright.
  const turned = (size as { orientation?: number }).orientation! >= 5;
  return {
    image: {
      format: format as ImageFormat,
      width: turned ? size.height : size.width,
      height: turned ? size.width : size.height,
    },
  };
}

/** Formats and sizes are in the first bytes: a 5 MB photo need not be read whole. */
const HEAD_BYTES = 1024 * 1024;

function readHead(abs: string): Buffer {
  const fd = fs.openSync(abs, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** Every file under content/img/ (symlinks included, so they can be refused), sorted. */
export function listImageFiles(dir: string): string[] {
  return walkFiles(dir, { skipHidden: true }).map((f) => f.path);
}
