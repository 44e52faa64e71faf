/**
 * The base branch's export, built from its own files (git archive of the commit the pull
 * request started from) in .cache/pr-base/<commit>/, so its pages can be compared with the
 * PR's. The copy sits under the project, so it resolves the project's node_modules
 * (Turbopack does not follow a node_modules symlink), and shares its image and content
 * caches: photos both branches hold are encoded once. A commit already built is reused.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SHARED_CACHES = ['images', 'content', 'mdx', 'share-cards'];

export function mergeBase(base: string): string {
  return execFileSync('git', ['merge-base', base, 'HEAD'], { encoding: 'utf8' }).trim();
}

/** Builds `commit` aside and returns its export folder; throws when its build fails. */
export function buildBase(commit: string): string {
  const root = path.resolve('.cache', 'pr-base');
  const dir = path.join(root, commit);
  const out = path.join(dir, 'out');
  if (fs.existsSync(path.join(out, 'index.html'))) return out;
  // One base at a time: older ones are only disk.
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', commit], { maxBuffer: 1 << 30 });
  const tar = spawnSync('tar', ['-x', '-C', dir], { input: archive });
  if (tar.status !== 0) throw new Error(`tar: ${tar.stderr}`);
  fs.mkdirSync(path.join(dir, '.cache'), { recursive: true });
  for (const name of SHARED_CACHES) {
    const shared = path.resolve('.cache', name);
    fs.mkdirSync(shared, { recursive: true });
    fs.symlinkSync(shared, path.join(dir, '.cache', name), 'dir');
  }
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  // The PR's own content and image folders must not leak into the base's build.
  delete env.CONTENT_DIR;
  delete env.IMAGES_SOURCE;
  const build = spawnSync('npm', ['run', 'build'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'], env });
  if (build.status !== 0 || !fs.existsSync(path.join(out, 'index.html')))
    throw new Error(`the base branch (${commit.slice(0, 7)}) does not build (exit ${build.status})`);
  return out;
}
