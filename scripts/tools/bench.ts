/**
 * npm run bench [-- --posts 5000] [--warm] [--keep] [--no-dev] [--copies]
 *
 * Builds a copy of the site with the community's real size added to its content: 30 posts
 * and 45 photos of 2-5 MB at 4000×3000 (made here from noise, see bench/generate-photos.ts),
 * or N posts with --posts N. It times, step by step (wall s, CPU s, peak memory):
 *   - a cold build (no .cache/, no .next/), as a fresh clone or an uncached CI run does;
 *   - a warm build with nothing changed;
 *   - a warm build after adding one post with one new photo;
 *   - npm run dev on a fresh copy: seconds until the first page answers;
 * then the first-view bytes of a few pages at a 412 px phone viewport. With more than 30
 * posts (with --warm: a first build, then the warm one with its .cache/ and .next/cache/, as a
 * deploy restores it) it also builds the floors (floor-site.ts), the same routes as empty pages and as
 * the raw HTML of our pages' bodies (with --copies, as element trees too), and prints our
 * build over them, with where the build spends its time beyond them: Next's page
 * generation, postbuild's steps, the files Next writes that postbuild deletes.
 * Figures, not a pass/fail test.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generatePosts } from './bench/generate-posts';
import { cachedPhotos } from './bench/generate-photos';
import { type FloorKind, writeFloorSite } from './bench/floor-site';
import { isRuntimeFile } from '../build-steps/export/strip-runtime';
import { walkFiles } from '../../lib/files/walk';
import { copyProject } from '../builds/project-copy';
import { exportedPages } from '../build-steps/export/pages';
import { measureFirstViews } from './bench/first-view';
import { childrenCpuSeconds, runStep, type Step } from './bench/run-step';
import { createStaticServer } from '../serve/static-server';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const ARCHIVE = { posts: 30, photos: 45 };
const posts = Number(option('posts', String(ARCHIVE.posts)));
const keep = args.includes('--keep');
const withDev = !args.includes('--no-dev');
const warmCaches = args.includes('--warm');
const withCopies = args.includes('--copies');
/** Caches of outputs that do not depend on Next: what a deploy restores. */
const ASSET_CACHES = ['images', 'share-cards'];
const project = process.cwd();
const tsx = path.join(project, 'node_modules/.bin/tsx');
const next = path.join(project, 'node_modules/.bin/next');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (seconds: number, digits = 1) => `${seconds.toFixed(digits)} s`;

type Build = {
  label: string;
  steps: Step[];
  seconds: number;
  cpuSeconds: number;
  peakBytes: number;
  pagePaths: string[];
  /** What Next wrote that postbuild deletes (payloads, segment files, runtime scripts). */
  deleted: Written;
  /** Next's RSC payload of the posts (post/<slug>/index.txt), on average. */
  postPayloadBytes: number;
};

type Written = { files: number; bytes: number };

/** The files of a fresh export that postbuild deletes, and the average payload of a post. */
function runtimeFiles(outDir: string): { deleted: Written; postPayloadBytes: number } {
  const deleted: Written = { files: 0, bytes: 0 };
  const payloads: number[] = [];
  for (const file of walkFiles(outDir)) {
    if (!isRuntimeFile(file.rel)) continue;
    const size = fs.statSync(file.path).size;
    deleted.files++;
    deleted.bytes += size;
    if (/^post\/[^/]+\/index\.txt$/.test(file.rel)) payloads.push(size);
  }
  const postPayloadBytes = payloads.length ? payloads.reduce((a, b) => a + b, 0) / payloads.length : 0;
  return { deleted, postPayloadBytes };
}

/** check, images, bodies, next build, postbuild: what npm run build runs, each step measured. */
async function build(label: string, work: string): Promise<Build> {
  const steps: Step[] = [];
  const started = performance.now();
  console.log(`\n${label}`);
  const step = async (name: string, command: string, argv: string[]) => {
    const done = await runStep(name, command, argv, work);
    steps.push(done);
    printStep(done);
  };
  // Each revision of the site as its own npm run build runs it: the image and body steps in
  // the check's process, or each in a process of its own (the body step, if it has one).
  if (fs.readFileSync(path.join(work, 'scripts/build-steps/check.ts'), 'utf8').includes('values.prepare'))
    await step('check+images+bodies', tsx, ['scripts/build-steps/check.ts', '--prepare']);
  else {
    await step('check', tsx, ['scripts/build-steps/check.ts']);
    await step('images', tsx, ['scripts/build-steps/images.ts']);
    if (fs.existsSync(path.join(work, 'scripts/build-steps/render-bodies.ts')))
      await step('bodies', tsx, ['scripts/build-steps/render-bodies.ts']);
  }
  await step('next build', next, ['build']);
  const written = runtimeFiles(path.join(work, 'out'));
  // Every HTML page the build wrote at an address ending in / (redirects too: Next renders them), but Next's own /_ pages.
  const pagePaths = exportedPages(path.join(work, 'out'), { redirects: true, errorPages: true }).filter(
    (p) => p.endsWith('/') && !p.startsWith('/_'),
  );
  await step('postbuild', tsx, ['scripts/build-steps/postbuild.ts']);
  const seconds = (performance.now() - started) / 1000;
  const result = {
    label,
    steps,
    seconds,
    cpuSeconds: steps.reduce((sum, step) => sum + step.cpuSeconds, 0),
    peakBytes: Math.max(...steps.map((step) => step.peakBytes)),
    pagePaths,
    ...written,
  };
  printBuild(result);
  return result;
}

function printStep(step: Step) {
  console.log(
    `  ${step.name.padEnd(12)} ${s(step.seconds).padStart(8)} wall  ${s(step.cpuSeconds).padStart(8)} CPU   peak ${mb(step.peakBytes)}`,
  );
  for (const line of step.output.match(/^(images|bodies): .*$/gm) ?? []) console.log(`               ${line}`);
  const seconds = (match: RegExpExecArray | null) =>
    match ? Number(match[1]) / (match[2] === 'ms' ? 1000 : 1) : undefined;
  const compiled = seconds(/Compiled successfully in ([\d.]+)(m?s)/.exec(step.output));
  const generated = seconds(/Generating static pages.*\)\s+in\s+([\d.]+)(m?s)/.exec(step.output));
  if (step.name.includes('next build') && compiled !== undefined && generated !== undefined)
    console.log(
      `               of which compiling ${s(compiled)}, static page generation ${s(generated)}, the rest (start, page data, manifests) ${s(step.seconds - compiled - generated)}`,
    );
  // postbuild prints each of its steps with the time since it started.
  if (step.name === 'postbuild')
    for (const line of step.output.split('\n').filter((l) => /^postbuild: .*\([\d.]+ s\)$/.test(l)))
      console.log(`               ${line.replace(/^postbuild: /, '')}`);
}

function printBuild(b: Build) {
  console.log(
    `  ${'total'.padEnd(12)} ${s(b.seconds).padStart(8)} wall  ${s(b.cpuSeconds).padStart(8)} CPU   peak ${mb(b.peakBytes)}   ${b.pagePaths.length} pages`,
  );
  console.log(
    `  written by next build, deleted by postbuild: ${b.deleted.files} files, ${mb(b.deleted.bytes)}; a post's payload ${kb(b.postPayloadBytes)}`,
  );
}

/** The archive: photos under content/img/archive/, posts showing them (a hero each, a few figures). */
async function addArchive(contentDir: string, photos: string[]) {
  const dir = path.join(contentDir, 'img/archive');
  fs.mkdirSync(dir, { recursive: true });
  const urls = photos.map((file) => {
    fs.copyFileSync(file, path.join(dir, path.basename(file)));
    return `/img/archive/${path.basename(file)}`;
  });
  const heroes = urls.slice(0, ARCHIVE.posts);
  const extra = urls.slice(ARCHIVE.posts);
  generatePosts(contentDir, posts, heroes, (i) => (i < extra.length ? [extra[i]] : []));
}

/** What a deploy starts without: the export and Next's build output, its compiler cache (.next/cache/) kept. */
function removeBuildOutput(dir: string) {
  fs.rmSync(path.join(dir, 'out'), { recursive: true, force: true });
  const next = path.join(dir, '.next');
  for (const entry of fs.existsSync(next) ? fs.readdirSync(next) : [])
    if (entry !== 'cache') fs.rmSync(path.join(next, entry), { recursive: true, force: true });
}

/** npm run dev on a copy with no .next/: seconds until the seed article answers 200. */
async function devFirstPage(work: string, port: number): Promise<{ seconds: number; cpuSeconds: number }> {
  fs.rmSync(path.join(work, '.next'), { recursive: true, force: true });
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  await runStep('images --dev', tsx, ['scripts/build-steps/images.ts', '--dev'], work);
  const server = spawn(next, ['dev', '--port', String(port)], {
    cwd: work,
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  let seconds = 0;
  try {
    for (;;) {
      const status = await fetch(`http://localhost:${port}/post/2022-09-05-summercamp-2022/`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) break;
      if (status >= 400 || performance.now() - started > 600_000) throw new Error(`next dev answered ${status}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    seconds = (performance.now() - started) / 1000;
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    process.kill(-server.pid!, 'SIGTERM');
    await exited;
  }
  // The server is stopped as soon as the page answers: its CPU is what the first page cost.
  return { seconds, cpuSeconds: childrenCpuSeconds() - cpuBefore };
}

async function main() {
  // Inside the project (under the ignored .cache/), so the copy resolves the project's own
  // node_modules: Turbopack does not follow a node_modules symlink out of its root.
  fs.mkdirSync(path.join(project, '.cache/bench'), { recursive: true });
  const photos = await cachedPhotos(path.join(project, '.cache/bench/photos'), ARCHIVE.photos + 1, (line) =>
    console.log(`bench: ${line}`),
  );
  const work = fs.mkdtempSync(path.join(project, '.cache/bench/run-'));
  const imageCache = path.join(project, '.cache/bench/images');
  console.log(
    `bench: ${posts} posts and ${ARCHIVE.photos} photos of 4000×3000 added to the content, working copy in ${path.relative(project, work)}`,
  );
  console.log(
    `bench: ${new Date().toISOString()}, load average ${(await import('node:os'))
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  copyProject(project, work);
  // On a shared machine a page waiting for the CPU can pass Next's 60 s limit per page:
  // the copy (and the floor) allow 10 min, which changes no work done.
  const config = path.join(work, 'next.config.ts');
  fs.writeFileSync(
    config,
    fs
      .readFileSync(config, 'utf8')
      .replace(
        'const nextConfig: NextConfig = {',
        'const nextConfig: NextConfig = {\n  staticPageGenerationTimeout: 600,',
      ),
  );
  await addArchive(path.join(work, 'content'), photos.slice(0, ARCHIVE.photos));

  // Large runs measure our code against Next's floor, as a deploy with its cache runs: the
  // encoded photos and drawn share cards come from the last large run, which saved them. With
  // --warm a first build fills the content, compiled-MDX and body caches, and the warm build
  // is the second, with that .cache/ and Next's compiler cache (.next/cache/) but no other
  // build output: a deploy with its caches restored (the workflows keep both).
  const large = posts > ARCHIVE.posts;
  const restored = (large ? ASSET_CACHES : []).filter((name) =>
    fs.existsSync(path.join(project, '.cache/bench/cache', name)),
  );
  for (const name of restored)
    fs.cpSync(path.join(project, '.cache/bench/cache', name), path.join(work, '.cache', name), { recursive: true });
  if (large && fs.existsSync(imageCache)) fs.cpSync(imageCache, path.join(work, '.cache/images'), { recursive: true });
  const restoredFrom = [...new Set([...(fs.existsSync(imageCache) ? ['images'] : []), ...restored])];
  const restoredLabel = `restored from the last run: ${restoredFrom.join(', ') || 'nothing'}`;
  const cold =
    large && !warmCaches
      ? undefined
      : await build(
          large ? `First build (${restoredLabel}; no content or MDX cache)` : 'Cold build (no .cache/, no .next/)',
          work,
        );
  if (large) removeBuildOutput(work);
  const warm = await build(
    large
      ? warmCaches
        ? "Warm build (the first build's .cache/ and .next/cache/)"
        : `Build (${restoredLabel})`
      : 'Warm build (nothing changed)',
    work,
  );
  for (const name of large ? ASSET_CACHES : []) {
    const from = path.join(work, '.cache', name);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(project, '.cache/bench/cache', name), { recursive: true });
  }
  if (large && !fs.existsSync(imageCache)) fs.cpSync(path.join(work, '.cache/images'), imageCache, { recursive: true });
  let added: Build | undefined;
  if (!large) {
    generatePosts(path.join(work, 'content'), 1, ['/img/archive/new-photo.jpg'], () => [], 'nouveau');
    fs.copyFileSync(photos[ARCHIVE.photos], path.join(work, 'content/img/archive/new-photo.jpg'));
    added = await build('Warm build + one post with one new photo', work);
    fs.rmSync(imageCache, { recursive: true, force: true });
    fs.cpSync(path.join(work, '.cache/images'), imageCache, { recursive: true });
  }

  const server = createStaticServer(path.join(work, 'out'), '');
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const port = (server.address() as { port: number }).port;
  const views = await measureFirstViews(`http://localhost:${port}/`, [
    '/post/2022-09-05-summercamp-2022/',
    '/',
    '/events/summercamp-2022/',
  ]);
  server.close();

  const floors = new Map<FloorKind, Step>();
  if (posts > ARCHIVE.posts) {
    const kinds: [FloorKind, string][] = [
      ['empty', 'empty pages'],
      ['raw', 'raw HTML of our bodies'],
      ...(withCopies ? [['copies', 'copies of our pages'] as [FloorKind, string]] : []),
    ];
    for (const [kind, what] of kinds) {
      const dir = path.join(work, `floor-${kind}`);
      // As our warm build, the floor starts with its compiler cache: a first build of a few
      // of its pages fills it, unmeasured.
      writeFloorSite(dir, warm.pagePaths.slice(0, 3), kind, path.join(work, 'out'));
      await runStep(`floor: compiler cache, ${what}`, next, ['build'], dir);
      removeBuildOutput(dir);
      writeFloorSite(dir, warm.pagePaths, kind, path.join(work, 'out'));
      const done = await runStep(`floor: next build, ${what}`, next, ['build'], dir);
      printStep(done);
      floors.set(kind, done);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const dev = withDev && !large ? await devFirstPage(work, Number(process.env.DEV_PORT) || 3000) : undefined;

  console.log(
    `\nSummary (load average at the end ${(await import('node:os'))
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}: wall times grow with it, CPU times hardly)`,
  );
  const encoded =
    cold && /(\d+) encoded.*?([\d.]+) CPU-s per image encoded/.exec(cold.steps.map((x) => x.output).join('\n'));
  if (encoded)
    console.log(`  CPU per photo (all variants)      ${encoded[2]} CPU-s (${encoded[1]} images encoded)   target ≤ 3`);
  const line = (what: string, b: Build, target: string) =>
    console.log(`  ${what.padEnd(33)} ${s(b.seconds).padStart(8)} wall ${s(b.cpuSeconds).padStart(8)} CPU   ${target}`);
  if (cold) line(large ? 'first build' : 'cold build', cold, large ? '' : 'target ≤ 120 s');
  line(large && !warmCaches ? 'build' : 'warm build', warm, large ? '' : 'target ≤ 35 s');
  if (added) line('warm + 1 post with 1 new photo', added, 'target ≤ 45 s');
  console.log(
    `  peak memory                       ${mb(Math.max(...[cold, warm, added].map((b) => b?.peakBytes ?? 0)))}`,
  );
  if (dev)
    console.log(
      `  npm run dev, first page           ${s(dev.seconds).padStart(8)} wall ${s(dev.cpuSeconds).padStart(8)} CPU   target ≤ 30 s`,
    );
  const floor = floors.get('empty');
  const raw = floors.get('raw');
  const copies = floors.get('copies');
  if (floor && raw) {
    const nextStep = warm.steps.find((step) => step.name === 'next build')!;
    const postbuild = warm.steps.find((step) => step.name === 'postbuild')!;
    const pages = warm.pagePaths.length;
    const perPage = (cpuSeconds: number) => `${((cpuSeconds / pages) * 1000).toFixed(1)} ms`;
    const floorLine = (what: string, step: Step) =>
      console.log(
        `  ${what.padEnd(33)} ${s(step.seconds).padStart(8)} wall ${s(step.cpuSeconds).padStart(8)} CPU   peak ${mb(step.peakBytes)}`,
      );
    const ratio = (what: string, a: { seconds: number; cpuSeconds: number }, b: Step, note = '') =>
      console.log(
        `  ${what.padEnd(33)} ${(a.seconds / b.seconds).toFixed(2)}× wall  ${(a.cpuSeconds / b.cpuSeconds).toFixed(2)}× CPU${note}`,
      );
    floorLine(`floor, ${pages} empty pages`, floor);
    floorLine('floor, raw HTML of our bodies', raw);
    if (copies) floorLine('floor, copies of our pages', copies);
    ratio('warm build / raw-HTML floor', warm, raw, '   target ≤ 1.3×');
    ratio('warm build / empty floor', warm, floor);
    ratio('raw-HTML floor / empty floor', raw, floor, '   (what pages of our size cost Next)');
    ratio('next build alone / raw-HTML floor', nextStep, raw);
    if (copies) ratio('copies floor / raw-HTML floor', copies, raw, '   (what a React tree of the body costs)');
    console.log(
      `  beyond the raw-HTML floor: next build ${s(nextStep.seconds - raw.seconds)} wall, postbuild ${s(postbuild.seconds)}, check, images and bodies ${s(warm.seconds - nextStep.seconds - postbuild.seconds)}`,
    );
    console.log(
      `  CPU a page: next build ${perPage(nextStep.cpuSeconds)}, raw HTML ${perPage(raw.cpuSeconds)}, empty ${perPage(floor.cpuSeconds)}${copies ? `, copies ${perPage(copies.cpuSeconds)}` : ''}, postbuild ${perPage(postbuild.cpuSeconds)}`,
    );
  }

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
  if (keep) console.log(`\nkept: ${path.relative(project, work)}`);
  else fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
