/**
 * Photo-like JPEGs for the benchmark, made here (nothing downloaded): smooth gradients and
 * soft blobs (what a scene looks like at a distance) plus grain (what a phone sensor adds),
 * so they compress like photos: 4000×3000, 2-5 MB each at quality 92.
 *
 * Generating costs about a second of CPU per photo, so photos are kept in a cache folder
 * keyed by the generator's version and reused by the next bench run.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const VERSION = 2;
export const PHOTO = { width: 4000, height: 3000, quality: 92 };

/** A deterministic pseudo-random generator (mulberry32): the same photos on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One photo as JPEG bytes. `index` picks the colours, the blobs and the grain. */
export async function makePhoto(index: number): Promise<Buffer> {
  const { width, height } = PHOTO;
  const rand = random(index + 1);
  // Soft shapes at three scales (a scene seen from afar): small random images enlarged and blurred.
  const octaves = await Promise.all(
    [
      [16, 12, 0.5],
      [64, 48, 0.3],
      [256, 192, 0.2],
    ].map(async ([w, h, weight]) => {
      const seeds = Buffer.alloc(w * h * 3);
      for (let i = 0; i < seeds.length; i++) seeds[i] = Math.floor(rand() * 256);
      const big = await sharp(seeds, { raw: { width: w, height: h, channels: 3 } })
        .resize(width / 4, height / 4, { kernel: 'linear' })
        .blur(width / 4 / w / 2)
        .resize(width, height, { kernel: 'linear' })
        .raw()
        .toBuffer();
      return { big, weight };
    }),
  );
  const soft = Buffer.alloc(width * height * 3);
  for (let i = 0; i < soft.length; i++) soft[i] = octaves.reduce((sum, o) => sum + o.big[i] * o.weight, 0);
  // Gradient (sky to ground) mixed with the blobs, then grain of varying strength.
  const top = [rand() * 255, rand() * 255, rand() * 255];
  const bottom = [rand() * 255, rand() * 255, rand() * 255];
  const grain = 14 + (index % 4) * 6;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    const t = y / height;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        const base = top[c] * (1 - t) + bottom[c] * t;
        const value = base * 0.45 + soft[i + c] * 0.55 + (rand() - 0.5) * grain;
        pixels[i + c] = value < 0 ? 0 : Math.min(value, 255);
      }
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: PHOTO.quality })
    .toBuffer();
}

/** `count` photos in `cacheDir` (made once, then reused): their paths. */
export async function cachedPhotos(
  cacheDir: string,
  count: number,
  log: (line: string) => void = () => {},
): Promise<string[]> {
  const dir = path.join(cacheDir, `v${VERSION}`);
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `photo-${String(i).padStart(3, '0')}.jpg`);
    if (!fs.existsSync(file)) {
      const started = performance.now();
      const bytes = await makePhoto(i);
      fs.writeFileSync(`${file}.tmp`, bytes);
      fs.renameSync(`${file}.tmp`, file);
      log(
        `photo ${i + 1}/${count} generated: ${(bytes.length / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    files.push(file);
  }
  return files;
}
