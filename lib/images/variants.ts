/**
 * One source image → every variant the site serves, decoding the source once.
 *
 * The source is decoded, turned upright and shrunk to the largest size any variant needs
 * (2400 px) into raw pixels; every variant is resized and encoded from those pixels, all at
 * once (sharp runs them on libuv's thread pool). sharp writes no metadata unless asked,
 * so no variant carries EXIF, GPS, XMP or ICC comments.
 */
import path from 'node:path';
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import type { ImageEntry, Variant } from './manifest';
import { formatOfExtension, MAX_PIXELS, type ImageFormat } from './formats';

/**
 * Widths cover a 360 px phone at 1x up to a wide desktop. 800 is what a 412 px phone at
 * DPR 1.75-2 picks for a full-width hero: the first view's largest download.
 */
const WIDTHS = [400, 640, 800, 1024, 1280, 1920];
/**
 * Post cards and "À lire aussi" show images cropped to 16:9 (object-fit: cover). Serving
 * the crop itself, at the widths those boxes take (112 px and 360-380 px at DPR 1-3),
 * saves a phone about half of each thumbnail's bytes.
 */
const CARD = { ratio: 16 / 9, widths: [240, 480, 720, 1080] };
const FALLBACK_WIDTH = 1280;
/** Old URLs keep answering with a lighter copy, at most this wide, whatever the source. */
const ORIGINAL_MAX_WIDTH = 2400;

/**
 * AVIF effort 1 at quality 47 matches the structural similarity (SSIM) of effort 4 at
 * quality 45 on the seed photos for about 10% more bytes and a twelfth of the CPU.
 * WebP (only for browsers without AVIF) at effort 2: 2.5× faster, 3% larger.
 */
export const SETTINGS = {
  v: 4,
  WIDTHS,
  CARD,
  FALLBACK_WIDTH,
  ORIGINAL_MAX_WIDTH,
  avif: { quality: 47, effort: 1 },
  webp: { quality: 72, effort: 2 },
  jpeg: { quality: 78, mozjpeg: true },
  originalJpeg: { quality: 82, mozjpeg: true },
  png: { compressionLevel: 9, palette: true },
};

/**
 * The metadata-free copy at the source's own path keeps the source's format, so /img/x.jpg
 * is still a JPEG: one encoder per accepted format (a format added to IMAGE_FORMATS needs one).
 */
const ORIGINAL_ENCODERS: Record<ImageFormat, (image: Sharp) => Sharp> = {
  jpeg: (image) => image.jpeg(SETTINGS.originalJpeg),
  png: (image) => image.png(SETTINGS.png),
  webp: (image) => image.webp(SETTINGS.webp),
  avif: (image) => image.avif(SETTINGS.avif),
};

export type MadeImage = Omit<ImageEntry, 'src' | 'original'> & { files: string[]; originalFile: string };

type Pixels = { data: Buffer; info: OutputInfo };

/** Variants of `bytes` (a JPEG, PNG, WebP or AVIF already inspected) written into outDir. */
/**
 * The one decode: upright, sRGB, 8 bits, at most ORIGINAL_MAX_WIDTH wide. The check runs this
 * same function on each image (lib/images/decode-check.ts), so a file it accepts decodes here.
 */
export async function decodeForPublishing(bytes: Buffer): Promise<Pixels> {
  return sharp(bytes, { failOn: 'error', limitInputPixels: MAX_PIXELS })
    .rotate()
    .resize({ width: ORIGINAL_MAX_WIDTH, withoutEnlargement: true })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
}

export async function makeVariants(bytes: Buffer, ext: string, name: string, outDir: string): Promise<MadeImage> {
  const decoded = await decodeForPublishing(bytes);
  const meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
  const upright = meta.orientation && meta.orientation >= 5;
  const width = (upright ? meta.height : meta.width) ?? decoded.info.width;
  const height = (upright ? meta.width : meta.height) ?? decoded.info.height;
  const { channels } = decoded.info;
  const hasAlpha = channels === 4 || channels === 2;
  const pixels = () =>
    sharp(decoded.data, { raw: { width: decoded.info.width, height: decoded.info.height, channels } });

  const { dominant } = await pixels().resize({ width: 64 }).stats();
  const color = `#${[dominant.r, dominant.g, dominant.b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

  const files: string[] = [];
  const jobs: Promise<void>[] = [];
  const write = (pipeline: Sharp, file: string) => {
    files.push(file);
    jobs.push(pipeline.toFile(path.join(outDir, file)).then(() => undefined));
  };
  /** Queues the AVIF and WebP encodings of one size and lists them in `into`. */
  const encode = (resized: () => Sharp, stem: string, w: number, into: { avif: Variant[]; webp: Variant[] }) => {
    write(resized().avif(SETTINGS.avif), `${stem}-${w}.avif`);
    write(resized().webp(SETTINGS.webp), `${stem}-${w}.webp`);
    into.avif.push({ width: w, url: `${stem}-${w}.avif` });
    into.webp.push({ width: w, url: `${stem}-${w}.webp` });
  };

  const widths = [...new Set([...WIDTHS.filter((w) => w < width), Math.min(width, WIDTHS[WIDTHS.length - 1])])];
  const full = { avif: [] as Variant[], webp: [] as Variant[] };
  for (const w of widths) encode(() => pixels().resize({ width: w, withoutEnlargement: true }), name, w, full);

  // 16:9 centre crops (what object-fit: cover shows), for photos wide enough to need them.
  const cardWidths = CARD.widths.filter((w) => w <= Math.min(width, Math.round(height * CARD.ratio)));
  let card: ImageEntry['card'];
  if (cardWidths.length >= 2) {
    const largest = cardWidths[cardWidths.length - 1];
    card = { width: largest, height: Math.round(largest / CARD.ratio), avif: [], webp: [] };
    for (const w of cardWidths) {
      encode(
        () => pixels().resize({ width: w, height: Math.round(w / CARD.ratio), fit: 'cover', position: 'centre' }),
        `${name}-card`,
        w,
        card,
      );
    }
  }

  const fallbackWidth = Math.min(width, FALLBACK_WIDTH);
  const fallbackFile = `${name}-${fallbackWidth}.${hasAlpha ? 'png' : 'jpg'}`;
  const fallback = pixels().resize({ width: fallbackWidth, withoutEnlargement: true });
  write(hasAlpha ? fallback.png(SETTINGS.png) : fallback.jpeg(SETTINGS.jpeg), fallbackFile);

  const originalFile = `original${ext}`;
  write(ORIGINAL_ENCODERS[formatOfExtension(ext) ?? 'jpeg'](pixels()), originalFile);
  await Promise.all(jobs);

  return {
    width,
    height,
    color,
    ...full,
    card,
    fallback: { width: fallbackWidth, url: fallbackFile },
    files,
    originalFile,
  };
}
