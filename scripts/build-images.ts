/**
 * Image pipeline: every raster image under content/img/ becomes AVIF and WebP at a few
 * widths plus a JPEG fallback, with orientation applied and every metadata block
 * (EXIF, GPS, XMP, ICC comments) removed. Variants land in public/_img/<hash>/, a
 * metadata-free copy at the source's own path in public/img/ keeps old URLs working,
 * and .generated/images.json describes them for the components.
 *
 * Work is cached in .cache/images/ by content hash and settings, so a rebuild with no
 * image changed only hashes and copies files.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import type { ImageEntry, ImageManifest, Variant } from '../lib/images/manifest';
import { MANIFEST_PATH } from '../lib/images/manifest';

const SOURCE_DIR = path.resolve(process.env.IMAGES_SOURCE ?? 'content/img');
const PUBLIC_DIR = path.resolve('public');
const CACHE_DIR = path.resolve('.cache/images');

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
const SETTINGS = { v: 3, WIDTHS, CARD, FALLBACK_WIDTH, ORIGINAL_MAX_WIDTH, avif: { quality: 45, effort: 4 }, webp: { quality: 72 }, jpeg: { quality: 78, mozjpeg: true } };
const SETTINGS_KEY = JSON.stringify(SETTINGS);

const RASTER = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.tif', '.tiff']);
const COPY_AS_IS = new Set(['.svg', '.gif', '.ico']);

type CachedResult = Omit<ImageEntry, 'src' | 'original'> & { files: string[]; originalFile: string };

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = path.join(dir, e.name);
    return e.isDirectory() ? walk(abs) : e.isFile() && !e.name.startsWith('.') ? [abs] : [];
  });
}

/** Hard link from the cache (instant, no extra disk), or a copy across file systems. */
function publish(from: string, to: string) {
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

function hashOf(bytes: Buffer): string {
  return crypto.createHash('sha256').update(bytes).update(SETTINGS_KEY).digest('hex').slice(0, 16);
}

async function processImage(bytes: Buffer, ext: string, name: string, outDir: string): Promise<CachedResult> {
  // rotate() applies the EXIF orientation; sharp writes no metadata unless asked to.
  const base = sharp(bytes, { failOn: 'error' }).rotate();
  const meta = await base.metadata();
  const oriented = meta.orientation && meta.orientation >= 5;
  const width = (oriented ? meta.height : meta.width) ?? 0;
  const height = (oriented ? meta.width : meta.height) ?? 0;
  const { dominant } = await base.clone().stats();
  const color = `#${[dominant.r, dominant.g, dominant.b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  const widths = [...new Set([...WIDTHS.filter((w) => w < width), Math.min(width, WIDTHS[WIDTHS.length - 1])])];
  const hasAlpha = Boolean(meta.hasAlpha);

  const files: string[] = [];
  const write = async (pipeline: Sharp, file: string) => {
    await pipeline.toFile(path.join(outDir, file));
    files.push(file);
  };
  const jobs: Promise<void>[] = [];
  /** Queues the AVIF and WebP encodings of one size and lists them in `into`. */
  const encode = (resized: Sharp, stem: string, w: number, into: { avif: Variant[]; webp: Variant[] }) => {
    jobs.push(write(resized.clone().avif(SETTINGS.avif), `${stem}-${w}.avif`));
    jobs.push(write(resized.clone().webp(SETTINGS.webp), `${stem}-${w}.webp`));
    into.avif.push({ width: w, url: `${stem}-${w}.avif` });
    into.webp.push({ width: w, url: `${stem}-${w}.webp` });
  };
  const full: { avif: Variant[]; webp: Variant[] } = { avif: [], webp: [] };
  for (const w of widths) encode(base.clone().resize({ width: w, withoutEnlargement: true }), name, w, full);

  // 16:9 centre crops (what object-fit: cover shows), for photos wide enough to need them.
  const cardWidths = CARD.widths.filter((w) => w <= Math.min(width, Math.round(height * CARD.ratio)));
  let card: ImageEntry['card'];
  if (cardWidths.length >= 2) {
    const largest = cardWidths[cardWidths.length - 1];
    card = { width: largest, height: Math.round(largest / CARD.ratio), avif: [], webp: [] };
    for (const w of cardWidths) {
      encode(base.clone().resize({ width: w, height: Math.round(w / CARD.ratio), fit: 'cover', position: 'centre' }), `${name}-card`, w, card);
    }
  }
  const fallbackWidth = Math.min(width, FALLBACK_WIDTH);
  const fallbackExt = hasAlpha ? 'png' : 'jpg';
  const fallbackFile = `${name}-${fallbackWidth}.${fallbackExt}`;
  const fallbackPipeline = base.clone().resize({ width: fallbackWidth, withoutEnlargement: true });
  jobs.push(write(hasAlpha ? fallbackPipeline.png({ compressionLevel: 9, palette: true }) : fallbackPipeline.jpeg(SETTINGS.jpeg), fallbackFile));

  // The copy at the old path keeps its format, so /img/x.jpg is still a JPEG.
  const originalFile = `original${ext}`;
  const original = base.clone().resize({ width: ORIGINAL_MAX_WIDTH, withoutEnlargement: true });
  const encoded =
    ext === '.png' ? original.png({ compressionLevel: 9, palette: true })
    : ext === '.webp' ? original.webp(SETTINGS.webp)
    : ext === '.avif' ? original.avif(SETTINGS.avif)
    : original.jpeg({ ...SETTINGS.jpeg, quality: 82 });
  jobs.push(write(encoded, originalFile));
  await Promise.all(jobs);

  return { width, height, color, ...full, card, fallback: { width: fallbackWidth, url: fallbackFile }, files, originalFile };
}

async function main() {
  const started = performance.now();
  fs.rmSync(path.join(PUBLIC_DIR, '_img'), { recursive: true, force: true });
  fs.rmSync(path.join(PUBLIC_DIR, 'img'), { recursive: true, force: true });
  fs.mkdirSync(CACHE_DIR, { recursive: true });

  const manifest: ImageManifest = {};
  let processed = 0;
  let reused = 0;
  for (const abs of walk(SOURCE_DIR).sort()) {
    const rel = path.relative(SOURCE_DIR, abs).split(path.sep).join('/');
    const src = `/img/${rel}`;
    const ext = path.extname(abs).toLowerCase();
    const target = path.join(PUBLIC_DIR, 'img', rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (!RASTER.has(ext)) {
      if (!COPY_AS_IS.has(ext)) console.warn(`content/img/${rel}: not an image format the pipeline knows; copied as is`);
      fs.copyFileSync(abs, target);
      continue;
    }
    const bytes = fs.readFileSync(abs);
    const hash = hashOf(bytes);
    const cacheDir = path.join(CACHE_DIR, hash);
    const metaFile = path.join(cacheDir, 'meta.json');
    let result: CachedResult;
    if (fs.existsSync(metaFile)) {
      result = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
      reused++;
    } else {
      const name = path.basename(abs, path.extname(abs)).toLowerCase().replace(/[^a-z0-9-]+/g, '-');
      const tmp = `${cacheDir}.tmp`;
      fs.rmSync(tmp, { recursive: true, force: true });
      fs.mkdirSync(tmp, { recursive: true });
      try {
        result = await processImage(bytes, ext, name, tmp);
      } catch (error) {
        console.error(`content/img/${rel}:1:1  the image cannot be read: ${(error as Error).message}  (replace it with a valid JPEG, PNG, WebP or AVIF file)`);
        process.exitCode = 1;
        continue;
      }
      fs.writeFileSync(path.join(tmp, 'meta.json'), JSON.stringify(result));
      fs.rmSync(cacheDir, { recursive: true, force: true });
      fs.renameSync(tmp, cacheDir);
      processed++;
    }
    const publicDir = path.join(PUBLIC_DIR, '_img', hash);
    fs.mkdirSync(publicDir, { recursive: true });
    for (const file of result.files) {
      if (file !== result.originalFile) publish(path.join(cacheDir, file), path.join(publicDir, file));
    }
    publish(path.join(cacheDir, result.originalFile), target);
    const url = (v: Variant): Variant => ({ width: v.width, url: `/_img/${hash}/${v.url}` });
    manifest[src] = {
      src,
      width: result.width,
      height: result.height,
      color: result.color,
      avif: result.avif.map(url),
      webp: result.webp.map(url),
      card: result.card && { ...result.card, avif: result.card.avif.map(url), webp: result.card.webp.map(url) },
      fallback: url(result.fallback),
      original: src,
    };
  }

  fs.mkdirSync(path.dirname(MANIFEST_PATH), { recursive: true });
  fs.writeFileSync(MANIFEST_PATH, JSON.stringify(manifest, null, 1));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`images: ${Object.keys(manifest).length} images (${processed} processed, ${reused} from cache) in ${seconds} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
