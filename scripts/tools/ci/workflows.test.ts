/**
 * The CI workflows and the platform they claim: actions pinned to released commits, a time
 * limit on every job, caches whose keys change, engines that match the installed packages
 * and the Node versions CI runs, Dependabot for both ecosystems, and the two lanes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { lowerBounds, satisfies } from './node-range';
import { needsCodeSuite } from './lane';
import { PREVIEW_ARTIFACTS } from '../preview/artifacts';
import { BUILD_CACHES } from '../../../lib/files/cache-age';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WORKFLOWS = path.join(ROOT, '.github/workflows');
const files = fs.readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
const text = (file: string) => fs.readFileSync(path.join(WORKFLOWS, file), 'utf8');

type Step = { uses?: string; run?: string; if?: string; name?: string; id?: string; with?: Record<string, string> };
type Job = {
  'timeout-minutes'?: number;
  env?: Record<string, string>;
  container?: string | { image: string };
  steps: Step[];
};
const jobs = (file: string) => Object.entries((parse(text(file)) as { jobs: Record<string, Job> }).jobs);
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const engines: string = pkg.engines.node;

test('every action is pinned to a full commit, with its released tag in a comment', () => {
  assert.ok(files.length >= 2);
  for (const file of files)
    for (const line of text(file).split('\n')) {
      const m = /^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/.exec(line);
      if (!m) continue;
      assert.match(m[1], /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/, `${file}: ${line.trim()}`);
      assert.match(m[2], /^\s+# v\d+\.\d+\.\d+$/, `${file}: ${line.trim()} names no released tag`);
    }
});

test('every job has a time limit', () => {
  for (const file of files)
    for (const [name, job] of jobs(file))
      assert.ok(Number(job['timeout-minutes']) > 0, `${file}: job ${name} has no timeout-minutes`);
});

test("Debian's package cache is keyed by what it holds, so a new chromium saves a new cache", () => {
  for (const file of files)
    for (const [, job] of jobs(file))
      for (const step of job.steps)
        if (step.with?.path?.includes('/var/cache/apt'))
          assert.match(String(step.with.key), /\$\{\{\s*steps\.\w+\.outputs\.\w+\s*\}\}/, `${file}: ${step.with.key}`);
});

test("a workflow that keeps the build's caches keeps every one, and Next's compiler cache", () => {
  const kept = files.flatMap((file) =>
    jobs(file).flatMap(([name, job]) =>
      job.steps
        .filter((step) => step.uses?.startsWith('actions/cache@') && /^\.cache\//m.test(step.with?.path ?? ''))
        .map((step) => ({
          where: `${file}: job ${name}`,
          paths: String(step.with?.path)
            .split('\n')
            .map((p) => p.trim()),
        })),
    ),
  );
  assert.ok(
    kept.some((k) => k.where.startsWith('deploy.yml')),
    'the deploy keeps no build cache',
  );
  for (const { where, paths } of kept) {
    const missing = [...BUILD_CACHES.map((folder) => `.cache/${folder}`), '.next/cache'].filter(
      (p) => !paths.includes(p),
    );
    assert.deepEqual(missing, [], `${where} does not keep ${missing.join(', ')}`);
  }
});

test("engines say the truth: the oldest Node they allow satisfies every installed package's engines", () => {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const refused: string[] = [];
  for (const [where, info] of Object.entries(lock.packages as Record<string, Record<string, never>>)) {
    const range = (info.engines as { node?: string } | undefined)?.node;
    if (!where || !range) continue;
    // Packages for another system or processor are never installed here.
    const os = info.os as string[] | undefined;
    const cpu = info.cpu as string[] | undefined;
    if ((os && !os.includes(process.platform)) || (cpu && !cpu.includes(process.arch))) continue;
    for (const oldest of lowerBounds(engines))
      if (!satisfies(oldest, range))
        refused.push(`${where.replace(/^.*node_modules\//, '')} needs ${range}, not ${oldest}`);
  }
  assert.deepEqual(refused, []);
});

test('CI runs the Node versions engines claim, the oldest one included', () => {
  const versions: string[] = [];
  for (const file of files)
    for (const [, job] of jobs(file)) {
      const image = typeof job.container === 'string' ? job.container : job.container?.image;
      const fromImage = image && /^node:(\d+(?:\.\d+)*)/.exec(image)?.[1];
      if (fromImage) versions.push(fromImage);
      for (const step of job.steps)
        if (step.uses?.startsWith('actions/setup-node@')) versions.push(String(step.with?.['node-version']));
    }
  assert.ok(versions.length > 0);
  for (const version of versions)
    assert.ok(satisfies(version, engines), `CI runs Node ${version}, engines say ${engines}`);
  const oldest = lowerBounds(engines)[0].split('.').slice(0, 2).join('.');
  assert.ok(
    versions.some((v) => v === oldest || v.startsWith(`${oldest}.`)),
    `no job runs Node ${oldest}: ${versions}`,
  );
});

test('Dependabot proposes updates of the npm packages and of the actions', () => {
  const config = parse(fs.readFileSync(path.join(ROOT, '.github/dependabot.yml'), 'utf8')) as {
    updates: { 'package-ecosystem': string }[];
  };
  const ecosystems = config.updates.map((u) => u['package-ecosystem']).sort();
  assert.deepEqual(ecosystems, ['github-actions', 'npm']);
});

test('a pull request that changes only content/ takes the content lane; anything else, the code suite', () => {
  assert.equal(needsCodeSuite(['content/post/2026-01-01-x.mdx', 'content/img/x/a.jpg']), false);
  assert.equal(needsCodeSuite(['content/post/x.mdx', 'lib/content/index.ts']), true);
  assert.equal(needsCodeSuite(['package-lock.json']), true);
  assert.equal(needsCodeSuite(['.github/workflows/check.yml']), true);
  assert.equal(needsCodeSuite(['e2e/fixture-site/content/post/x.mdx']), true);
  assert.equal(needsCodeSuite(['contents.md']), true);
  assert.equal(needsCodeSuite([]), true, 'nothing known: the whole suite');
});

test('the content lane runs check, build, live suite, link check; the code lane npm test; the preview always', () => {
  const [, job] = jobs('check.yml').find(([, j]) => j.steps.some((s) => s.id === 'lane'))!;
  const runs = (lane: 'true' | 'false') =>
    job.steps
      .filter((s) => s.run && (!s.if || s.if.includes(`steps.lane.outputs.code == '${lane}'`)))
      .map((s) => s.run!.trim());
  const content = runs('false').slice(runs('false').findIndex((r) => r.includes('lane.ts')) + 1);
  assert.deepEqual(content.slice(0, 4), [
    'npm run check',
    'npm run build',
    'npx playwright test --project=live-phone --project=live-desktop',
    'npm run linkcheck',
  ]);
  assert.ok(!content.some((r) => /npm test|test:unit|build:fixture|test:dev/.test(r)), 'no code suite');
  assert.ok(runs('true').includes('npm test'));
  const preview = job.steps.find((s) => s.run?.includes('npm run pr-preview'));
  assert.match(String(preview?.if), /always\(\)/, 'the preview runs on failure too');
});

test('the summary names the artifacts the workflow uploads, with their folders', () => {
  const [, job] = jobs('check.yml').find(([, j]) => j.steps.some((s) => s.run?.includes('pr-preview')))!;
  const uploads = job.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
  for (const artifact of Object.values(PREVIEW_ARTIFACTS)) {
    const upload = uploads.find((u) => u.with?.name === artifact.name);
    assert.ok(upload, `no upload named ${artifact.name}`);
    assert.equal(String(upload.with?.path).trim(), artifact.path);
    assert.match(String(upload.if), /always\(\)/, `${artifact.name} is uploaded on failure too`);
  }
});

test('CI builds the English example community and runs the live suite, the link check and Lighthouse on it', () => {
  const example = jobs('check.yml').find(([, j]) => j.env?.SITE_DIR === 'examples/cloud-native-montreal');
  assert.ok(example, 'no job sets SITE_DIR=examples/cloud-native-montreal');
  const runs = example[1].steps.map((s) => s.run?.trim()).filter(Boolean);
  for (const command of [
    'npm run build',
    'npx playwright test --project=live-desktop',
    'npm run linkcheck',
    'npm run lighthouse -- --assert',
  ])
    assert.ok(runs.includes(command), `the example's job does not run ${command}`);
  assert.ok(runs.indexOf('npm run build') < runs.indexOf('npm run linkcheck'), 'it builds before it checks');
  const starter = runs.find((run) => run?.startsWith('npm run new-site'));
  assert.ok(starter, "the example's job does not build a new community's starter");
  assert.match(starter, /--dir (\S+)\nSITE_DIR=\1 npm run build\nSITE_DIR=\1 npm run linkcheck$/);
});
