/**
 * Writes the share card of every post, event and speaker page into out/og/. A card is
 * drawn once per content: its file in .cache/share-cards/ is named after a hash of what it
 * shows (text, photo bytes, the drawing code), so an unchanged page costs one hash.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markUsed } from '../../../lib/files/cache-age';
import { imageSourceFile } from '../../../lib/content/references';
import { cardSpecs, type CardSpec } from '../../../lib/share-cards/layout';
import { cardBackground, renderCard, type CardBackground } from '../../../lib/share-cards/render';
import type { Archive } from '../../../lib/content/archive';
import type { SiteContent } from '../../../lib/content/types';

export const CARD_CACHE = path.join('.cache', 'share-cards');

const here = path.dirname(fileURLToPath(import.meta.url));
/** The drawing code is part of every card's hash: change the design, every card is redrawn. */
const DRAWING = ['layout.ts', 'render.ts']
  .map((f) => fs.readFileSync(path.join(here, '../../../lib/share-cards', f), 'utf8'))
  .join('\n');

const sha = (...parts: (string | Buffer)[]) => {
  const hash = crypto.createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 24);
};

export type CardStats = { cards: number; drawn: number; seconds: number };

export async function writeShareCards(
  outDir: string,
  content: Pick<SiteContent, 'posts' | 'events'>,
  archive: Pick<Archive, 'speakers'>,
  contentDir: string,
): Promise<CardStats> {
  const started = performance.now();
  const cacheDir = path.resolve(CARD_CACHE);
  fs.mkdirSync(cacheDir, { recursive: true });
  const dirs = { contentDir, publicDir: path.join(contentDir, '..', 'public') };
  let drawn = 0;
  // A photo is read and hashed once per run, and decoded once for all the cards drawn on it.
  const photoHashes = new Map<string, string>();
  const photoHash = (file: string) => {
    let hash = photoHashes.get(file);
    if (hash === undefined) {
      hash = fs.existsSync(file) ? sha(fs.readFileSync(file)) : '';
      photoHashes.set(file, hash);
    }
    return hash;
  };
  const backgrounds = recentlyUsed<Promise<CardBackground>>(8);
  const one = async (spec: CardSpec) => {
    const photoFile = spec.photo ? imageSourceFile(spec.photo, dirs) : undefined;
    const photo = photoFile ? photoHash(photoFile) : '';
    const cached = path.join(cacheDir, `${sha(DRAWING, JSON.stringify(spec), photo)}.jpg`);
    if (fs.existsSync(cached)) markUsed(cached);
    else {
      const background = photoFile && photo ? backgrounds(photoFile, () => cardBackground(photoFile)) : undefined;
      const card = await renderCard(spec, await background);
      fs.writeFileSync(`${cached}.tmp`, card);
      fs.renameSync(`${cached}.tmp`, cached);
      drawn++;
    }
    const target = path.join(outDir, spec.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.rmSync(target, { force: true });
    try {
      fs.linkSync(cached, target);
    } catch {
      fs.copyFileSync(cached, target);
    }
  };
  // Cards of the same photo one after another, so its background is decoded once.
  const specs = cardSpecs(content, archive).sort((a, b) => (a.photo ?? '').localeCompare(b.photo ?? ''));
  // Two at a time: satori is single-threaded, sharp uses its own threads.
  for (let i = 0; i < specs.length; i += 2) await Promise.all(specs.slice(i, i + 2).map(one));
  return { cards: specs.length, drawn, seconds: (performance.now() - started) / 1000 };
}

/** A memo of the last `size` keys used: a background is 2.3 MB, a site may have thousands. */
function recentlyUsed<T>(size: number) {
  const entries = new Map<string, T>();
  return (key: string, make: () => T): T => {
    const value = entries.has(key) ? (entries.get(key) as T) : make();
    entries.delete(key);
    entries.set(key, value);
    if (entries.size > size) entries.delete(entries.keys().next().value as string);
    return value;
  };
}
