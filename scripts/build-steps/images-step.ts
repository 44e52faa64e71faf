/**
 * Image pipeline: every image under content/img/ becomes AVIF and WebP at a few widths
 * plus a JPEG fallback, upright and without any metadata (lib/images/variants.ts). Variants
 * land in public/_img/<hash>/, a metadata-free copy at the source's own path in public/img/
 * keeps old URLs working, and .generated/images.json describes them for the components.
 *
 * A file the site cannot publish (lib/images/formats.ts: the rule the check applies too)
 * is reported and never published. Work is cached in .cache/images/<hash>/ by content
 * hash and settings, so a rebuild only encodes new or changed images; CI restores that
 * folder keyed by a hash of content/img/**.
 *
 * `npm run images` runs this step alone (images.ts); `npm run build` runs it in the check's
 * process after a clean check (check.ts --prepare). In development nothing is encoded: npm run
 * dev serves content/img itself (scripts/tools/dev/content-files.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImageManifest, Variant } from '../../lib/images/manifest';
import { MANIFEST_PATH } from '../../lib/images/manifest';
import { inspectImageFile, listImageFiles } from '../../lib/images/formats';
import { decodeProblem } from '../../lib/images/decode-check';
import { imageSourceDir } from '../../lib/images/source-dir';
import { makeVariants, type MadeImage } from '../../lib/images/variants';
import { sourceHash } from '../../lib/images/source-hash';
import { markUsed, pruneUnusedFolders } from '../../lib/files/cache-age';
import { shown } from '../../lib/messages/shown';

const SOURCE_DIR = imageSourceDir();
const PUBLIC_DIR = path.resolve('public');
const CACHE_DIR = path.resolve('.cache/images');
/** Images encoded at once: one per core (each runs its variants on libuv's threads). */
const JOBS = Number(process.env.IMAGES_JOBS) || os.availableParallelism();

type Source = { abs: string; rel: string; bytes: Buffer; hash: string };

/** Hard link from the cache (instant, no extra disk), or a copy across file systems. */
function publish(from: string, to: string) {
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Sources the site may publish; every refused file is printed as path:1:1 and fails the run. */
function acceptedSources(): Source[] {
  const sources: Source[] = [];
  for (const abs of listImageFiles(SOURCE_DIR)) {
    const rel = path.relative(SOURCE_DIR, abs).split(path.sep).join('/');
    const inspected = inspectImageFile(abs);
    if ('problem' in inspected) {
      console.error(
        `${shown(path.relative(process.cwd(), abs))}:1:1  ${shown(inspected.problem.message)}  (${shown(inspected.problem.hint ?? '')})`,
      );
      process.exitCode = 1;
      continue;
    }
    const bytes = fs.readFileSync(abs);
    sources.push({ abs, rel, bytes, hash: sourceHash(bytes) });
  }
  return sources;
}

/** Encodes one source into its cache folder (written aside, then renamed: never half a folder). */
async function encode(source: Source): Promise<MadeImage> {
  const cacheDir = path.join(CACHE_DIR, source.hash);
  const name = path
    .basename(source.rel, path.extname(source.rel))
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-');
  const tmp = `${cacheDir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  const made = await makeVariants(source.bytes, path.extname(source.rel).toLowerCase(), name, tmp);
  fs.writeFileSync(path.join(tmp, 'meta.json'), JSON.stringify(made));
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.renameSync(tmp, cacheDir);
  return made;
}

function cached(source: Source): MadeImage | undefined {
  const metaFile = path.join(CACHE_DIR, source.hash, 'meta.json');
  if (!fs.existsSync(metaFile)) return undefined;
  markUsed(metaFile);
  return JSON.parse(fs.readFileSync(metaFile, 'utf8')) as MadeImage;
}

/** Runs `work` on every item, `jobs` at a time. */
async function pool<T>(items: T[], jobs: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

function publishEntry(source: Source, made: MadeImage, manifest: ImageManifest) {
  const cacheDir = path.join(CACHE_DIR, source.hash);
  const publicDir = path.join(PUBLIC_DIR, '_img', source.hash);
  fs.mkdirSync(publicDir, { recursive: true });
  for (const file of made.files) {
    if (file !== made.originalFile) publish(path.join(cacheDir, file), path.join(publicDir, file));
  }
  const target = path.join(PUBLIC_DIR, 'img', source.rel);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  publish(path.join(cacheDir, made.originalFile), target);
  const url = (v: Variant): Variant => ({ width: v.width, url: `/_img/${source.hash}/${v.url}` });
  const src = `/img/${source.rel}`;
  manifest[src] = {
    src,
    width: made.width,
    height: made.height,
    color: made.color,
    avif: made.avif.map(url),
    webp: made.webp.map(url),
    card: made.card && { ...made.card, avif: made.card.avif.map(url), webp: made.card.webp.map(url) },
    fallback: url(made.fallback),
    original: src,
  };
}

/** Development encodes nothing: npm run dev serves content/img itself, under the check's rule. */
function clearForDev() {
  fs.rmSync(MANIFEST_PATH, { force: true });
  console.log(
    `images: development mode, nothing encoded (npm run dev serves ${path.relative(process.cwd(), SOURCE_DIR)}/ itself)`,
  );
}

/** The image step; a refused or undecodable image sets process.exitCode to 1. */
export async function runImages({ dev = false } = {}) {
  const started = performance.now();
  const cpuStart = cpuSeconds();
  // rmSync removes a symlink left by development mode, never what it points to.
  fs.rmSync(path.join(PUBLIC_DIR, '_img'), { recursive: true, force: true });
  fs.rmSync(path.join(PUBLIC_DIR, 'img'), { recursive: true, force: true });
  if (dev) return clearForDev();
  fs.mkdirSync(CACHE_DIR, { recursive: true });

  const sources = acceptedSources();
  const made = new Map<Source, MadeImage>();
  const toEncode: Source[] = [];
  for (const source of sources) {
    const hit = cached(source);
    if (hit) made.set(source, hit);
    else toEncode.push(source);
  }
  // Identical files share one hash: encode each content once.
  const unique = [...new Map(toEncode.map((s) => [s.hash, s])).values()];
  let done = 0;
  let failed = false;
  await pool(unique, JOBS, async (source) => {
    const t = performance.now();
    try {
      const result = await encode(source);
      for (const s of toEncode) if (s.hash === source.hash) made.set(s, result);
      console.log(
        `image ${++done}/${unique.length} img/${shown(source.rel)} ${((performance.now() - t) / 1000).toFixed(1)} s`,
      );
    } catch {
      failed = true;
      const problem = decodeProblem();
      console.error(
        `${shown(path.relative(process.cwd(), source.abs))}:1:1  ${shown(problem.message)}  (${shown(problem.hint)})`,
      );
    }
  });
  if (failed) process.exitCode = 1;

  const manifest: ImageManifest = {};
  for (const source of sources) {
    const result = made.get(source);
    if (result) publishEntry(source, result, manifest);
  }
  fs.mkdirSync(path.dirname(MANIFEST_PATH), { recursive: true });
  fs.writeFileSync(MANIFEST_PATH, JSON.stringify(manifest, null, 1));
  pruneUnusedFolders(CACHE_DIR);
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds() - cpuStart;
  const perImage = unique.length ? `, ${(cpu / unique.length).toFixed(2)} CPU-s per image encoded` : '';
  console.log(
    `images: ${Object.keys(manifest).length} images (${unique.length} encoded, ${sources.length - toEncode.length} from cache) in ${seconds.toFixed(1)} s, CPU ${cpu.toFixed(1)} s${perImage}`,
  );
}
