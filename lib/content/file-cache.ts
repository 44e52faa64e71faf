/**
 * Reading a post costs about 3 ms (YAML, then an MDX parse for the allow-list, summary and
 * links). The check and every build process read all posts, so a clean file's results are
 * kept in .cache/content/, keyed by its text, its path and the code that produced them:
 * a change to any of these misses the cache. Files with problems are never cached.
 */
import fs from 'node:fs';
import { markUsed } from '../files/cache-age';
import { cacheEntryPath, writeCacheEntry } from '../files/code-version';
import type { MdxAnalysis } from '../mdx/analyze';

/**
 * The code a cached result depends on: every source file of lib/ (the reader and all it
 * imports live there) and the lockfile (the YAML and Markdown parsers).
 */
const CODE_DIRS = ['lib'];

export type CachedFile = { data: Record<string, unknown>; analysis: MdxAnalysis };

type Stored = Omit<MdxAnalysis, 'components' | 'bareComponents'> & {
  components: string[];
  bareComponents: string[];
};

function cacheFile(raw: string, file: string): string | undefined {
  return cacheEntryPath('content', CODE_DIRS, [file, raw], '.json');
}

export function readCached(raw: string, file: string): CachedFile | undefined {
  const target = cacheFile(raw, file);
  if (!target) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(target, 'utf8');
  } catch {
    return undefined;
  }
  markUsed(target);
  const stored = JSON.parse(text) as { data: Record<string, unknown>; analysis: Stored };
  return {
    data: stored.data,
    analysis: {
      ...stored.analysis,
      components: new Set(stored.analysis.components),
      bareComponents: new Set(stored.analysis.bareComponents),
    } as MdxAnalysis,
  };
}

export function writeCached(raw: string, file: string, entry: CachedFile): void {
  const target = cacheFile(raw, file);
  if (!target) return;
  const stored = {
    data: entry.data,
    analysis: {
      ...entry.analysis,
      components: [...entry.analysis.components],
      bareComponents: [...entry.analysis.bareComponents],
    },
  };
  try {
    writeCacheEntry(target, JSON.stringify(stored));
  } catch {
    // A read-only checkout still builds, only slower.
  }
}
