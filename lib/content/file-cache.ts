/**
 * Reading a post costs about 3 ms (YAML, then an MDX parse for the allow-list, summary and
 * links). The check and every build process read all posts, so a clean file's results are
 * kept in .cache/content/, keyed by its text, its path and the code that produced them:
 * a change to any of these misses the cache. Files with problems are never cached.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { MdxAnalysis } from '../mdx/analyze';

/**
 * The code a cached result depends on: every source file of lib/ (the reader and all it
 * imports live there) and the lockfile (the YAML and Markdown parsers). Hashing all of lib/
 * rather than a hand-kept list cannot go stale when a file is added or an import moves; an
 * edit elsewhere in lib/ only costs one cold read.
 */
const CODE_DIRS = ['lib'];
const LOCKFILE = 'package-lock.json';

export type CachedFile = { data: Record<string, unknown>; analysis: MdxAnalysis };

type Stored = Omit<MdxAnalysis, 'components' | 'bareComponents'> & {
  components: string[];
  bareComponents: string[];
};

/** Hash of the code that reads content under `root`; null (no caching) when the sources are not at hand. */
export function codeVersion(root: string): string | null {
  try {
    const hash = crypto.createHash('sha1');
    for (const rel of sourceFiles(root))
      hash
        .update(rel)
        .update('\0')
        .update(fs.readFileSync(path.join(root, rel)))
        .update('\0');
    hash.update(fs.readFileSync(path.join(root, LOCKFILE)));
    return hash.digest('hex').slice(0, 12);
  } catch {
    return null;
  }
}

/** Source files of CODE_DIRS, sorted; tests and fixtures do not shape what is read. */
function sourceFiles(root: string): string[] {
  return CODE_DIRS.flatMap((dir) =>
    (fs.readdirSync(path.join(root, dir), { recursive: true }) as string[])
      .map((rel) => path.join(dir, rel).split(path.sep).join('/'))
      .filter((rel) => /\.tsx?$/.test(rel) && !/\.test\.tsx?$/.test(rel) && !rel.split('/').includes('fixtures')),
  ).sort();
}

let version: string | null | undefined;

function getCodeVersion(): string | null {
  if (version === undefined) version = codeVersion(process.cwd());
  return version;
}

function cacheFile(raw: string, file: string): string | undefined {
  if (process.env.CONTENT_CACHE === '0') return undefined;
  const version = getCodeVersion();
  if (!version) return undefined;
  const key = crypto
    .createHash('sha1')
    .update(version)
    .update('\0')
    .update(file)
    .update('\0')
    .update(raw)
    .digest('hex');
  return path.join(process.cwd(), '.cache', 'content', key.slice(0, 2), `${key}.json`);
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
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(stored));
    fs.renameSync(tmp, target);
  } catch {
    // A read-only checkout still builds, only slower.
  }
}
