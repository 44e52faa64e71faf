/**
 * A working copy of the project's sources, for runs that change content or caches without
 * touching the project: the bench and the dev-server image test. It goes under the project
 * (e.g. .cache/bench/run-x), so it resolves the project's own node_modules: Turbopack does
 * not follow a node_modules symlink out of its root. Build output and generated images stay out.
 */
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = [
  'app',
  'components',
  'content',
  'lib',
  'public',
  'scripts',
  'next.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'postcss.config.mjs',
  'site.yaml',
];

/** Copies the sources of `project` into `work`, without public/img, public/_img, .next or out. */
export function copyProject(project: string, work: string): void {
  for (const entry of SOURCES) {
    fs.cpSync(path.join(project, entry), path.join(work, entry), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (src) => !/[/\\](public[/\\](_img|img)|\.next|out)([/\\]|$)/.test(src.slice(project.length)),
    });
  }
}
