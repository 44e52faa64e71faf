/**
 * npm run bench [-- --posts 5000] [--keep]
 *
 * Builds a copy of the site with N synthetic posts (default 1000) added to the real
 * content, and prints: seconds per build step, pages exported, peak memory of the build,
 * the image step on an unchanged rebuild, and the first-view bytes of the seed post, the
 * home and an event page at a 412 px phone viewport. Figures, not a pass/fail test.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generatePosts } from './bench/generate-posts';
import { sampleTree } from './bench/peak-memory';
import { measureFirstViews } from './bench/first-view';
import { createStaticServer } from './serve';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const posts = Number(option('posts', '1000'));
const keep = args.includes('--keep');
const project = process.cwd();

const COPY = ['app', 'components', 'content', 'lib', 'public', 'scripts', 'next.config.ts', 'package.json', 'tsconfig.json', 'postcss.config.mjs'];

type Step = { name: string; seconds: number; peakBytes: number };

function run(name: string, command: string, argv: string[], cwd: string): Promise<Step> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    const sampler = sampleTree(child.pid!);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const peakBytes = sampler.stop();
      if (code !== 0) return reject(new Error(`${name} failed (exit ${code}):\n${output.slice(-3000)}`));
      resolve({ name, seconds: (performance.now() - started) / 1000, peakBytes });
    });
  });
}

function countPages(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countPages(path.join(dir, e.name));
    else if (e.name.endsWith('.html')) n++;
  }
  return n;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  // Inside the project (under the ignored .cache/), so the copy resolves the project's own
  // node_modules: Turbopack does not follow a node_modules symlink out of its root.
  fs.mkdirSync(path.join(project, '.cache/bench'), { recursive: true });
  const work = fs.mkdtempSync(path.join(project, '.cache/bench/run-'));
  console.log(`bench: ${posts} synthetic posts, working copy in ${work}`);
  for (const entry of COPY) {
    fs.cpSync(path.join(project, entry), path.join(work, entry), {
      recursive: true,
      filter: (src) => !/[/\\](public[/\\](_img|img)|\.next|out)([/\\]|$)/.test(src.slice(project.length)),
    });
  }
  // Reuse processed images: the benchmark measures the site build, not first-time encoding.
  if (fs.existsSync(path.join(project, '.cache/images'))) {
    fs.cpSync(path.join(project, '.cache/images'), path.join(work, '.cache/images'), { recursive: true });
  }
  const heroes = ['/img/meetup/summercamp2022.jpg', '/img/meetup/14-1.jpg', '/img/bigimg-01.webp', '/img/bigimg-02.webp', '/img/bigimg-03.webp'];
  generatePosts(path.join(work, 'content'), posts, heroes);

  const tsx = path.join(project, 'node_modules/.bin/tsx');
  const next = path.join(project, 'node_modules/.bin/next');
  const steps: Step[] = [];
  const started = performance.now();
  steps.push(await run('check', tsx, ['scripts/check.ts'], work));
  steps.push(await run('images', tsx, ['scripts/build-images.ts'], work));
  steps.push(await run('next build', next, ['build'], work));
  steps.push(await run('postbuild', tsx, ['scripts/postbuild.ts'], work));
  const total = (performance.now() - started) / 1000;
  const rebuildImages = await run('images (unchanged rebuild)', tsx, ['scripts/build-images.ts'], work);
  const pages = countPages(path.join(work, 'out'));

  const server = createStaticServer(path.join(work, 'out'), '');
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const port = (server.address() as { port: number }).port;
  const views = await measureFirstViews(`http://localhost:${port}/`, ['/post/2022-09-05-summercamp-2022/', '/', '/events/summercamp-2022/']);
  server.close();

  console.log('\nBuild');
  for (const s of steps) console.log(`  ${s.name.padEnd(28)} ${s.seconds.toFixed(1).padStart(6)} s   peak ${mb(s.peakBytes)}`);
  console.log(`  ${'total'.padEnd(28)} ${total.toFixed(1).padStart(6)} s   peak ${mb(Math.max(...steps.map((s) => s.peakBytes)))}`);
  console.log(`  ${rebuildImages.name.padEnd(28)} ${rebuildImages.seconds.toFixed(2).padStart(6)} s`);
  console.log(`  pages exported: ${pages}`);
  console.log('\nFirst view at 412 px (text gzipped)');
  for (const v of views) {
    if (v.status !== 200) {
      console.log(`  ${v.path}: HTTP ${v.status}, skipped`);
      continue;
    }
    const b = v.bytes;
    console.log(
      `  ${v.path.padEnd(36)} total ${kb(b.total).padStart(9)}  html ${kb(b.html)}  css ${kb(b.css)}  js ${kb(b.js)}  images ${kb(b.images)}  other ${kb(b.other)}  requests ${v.requests}  other origins ${v.foreignRequests}`,
    );
    for (const image of v.images) console.log(`      ${image.url} ${kb(image.bytes)} ${image.type}`);
  }
  if (keep) console.log(`\nkept: ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
