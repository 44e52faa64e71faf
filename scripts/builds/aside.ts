/**
 * Builds an export of the site somewhere else than out/: for a base path, for the test
 * fixture site, for a copy of the content. It runs `npm run build` itself, so an export
 * built aside goes through exactly the steps of the real one. Next always exports into
 * out/, so an existing out/ is set aside meanwhile and put back afterwards, whatever happens.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export type AsideBuild = {
  /** Where the export ends up, e.g. .cache/out-fixture. */
  target: string;
  /** Variables of the build: CONTENT_DIR, IMAGES_SOURCE, BASE_PATH, SITE_URL... */
  env?: Record<string, string>;
};

export function buildAside({ target, env = {} }: AsideBuild): void {
  const out = path.resolve('out');
  const kept = path.resolve('.cache', `out-kept-${process.pid}`);
  const fullEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env };
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(kept), { recursive: true });
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const hadExport = fs.existsSync(out);
  if (hadExport) fs.renameSync(out, kept);
  try {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: fullEnv });
    if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
    fs.renameSync(out, target);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
    if (hadExport) fs.renameSync(kept, out);
  }
}
