/**
 * npm run test:dev: `npm run dev` shows an organizer's edits on reload, without a restart.
 * Starts `next dev` on a copy of the fixture site's content, then, as an organizer would:
 * edits a post's text, changes a front matter field, adds a post, breaks a front matter
 * (the page must then name the file, line and column), and fixes it again.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { FIXTURE_CONTENT } from '../e2e/fixture-site/site';
import { readArgs } from './cli/args';

readArgs('usage: npm run test:dev   (no options)', { options: {} });

const work = path.resolve('.cache', 'dev-test');
const content = path.join(work, 'content');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  CONTENT_DIR: content,
  IMAGES_SOURCE: path.join(content, 'img'),
  NEXT_TELEMETRY_DISABLED: '1',
};
// next dev sets it; one inherited from a test runner ("test") would change how it renders.
delete (env as Record<string, string | undefined>).NODE_ENV;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/** Asks again until `ok` holds: the first request after an edit may still be compiling. */
async function until(url: string, ok: (status: number, html: string) => boolean, what: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      const html = await response.text();
      if (ok(response.status, html)) return html;
      last = `status ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what}: not seen at ${url} within ${timeoutMs / 1000} s (last: ${last})`);
}

fs.rmSync(work, { recursive: true, force: true });
fs.cpSync(FIXTURE_CONTENT, content, { recursive: true });
const images = spawnSync('npx', ['tsx', 'scripts/build-images.ts'], { stdio: 'inherit', env });
if (images.status !== 0) process.exit(1);

const port = await freePort();
const base = `http://localhost:${port}`;
const dev = spawn('npx', ['next', 'dev', '--port', String(port)], {
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let log = '';
dev.stdout.on('data', (d) => (log += d));
dev.stderr.on('data', (d) => (log += d));
const stop = () => {
  try {
    process.kill(-dev.pid!, 'SIGTERM');
  } catch {
    // Already gone.
  }
};

const steps: string[] = [];
const post = (name: string) => path.join(content, 'post', `${name}.mdx`);
try {
  const started = performance.now();
  await until(`${base}/post/2022-09-05-summercamp-2022/`, (s) => s === 200, 'the first page');
  steps.push(`first page in ${seconds(started)} s`);

  // 1. The text of a post, edited in place.
  let t = performance.now();
  const seed = post('2022-09-05-summercamp-2022');
  fs.writeFileSync(seed, fs.readFileSync(seed, 'utf8').replace('accueillir une quinzaine', 'accueillir une vingtaine'));
  await until(
    `${base}/post/2022-09-05-summercamp-2022/`,
    (s, html) => s === 200 && html.includes('accueillir une vingtaine'),
    'an edited paragraph',
  );
  steps.push(`edited text shown in ${seconds(t)} s`);

  // 2. A front matter field.
  t = performance.now();
  const lyon = post('2022-08-01-live-from-lyon');
  fs.writeFileSync(
    lyon,
    fs
      .readFileSync(lyon, 'utf8')
      .replace('title: "Site Reliability Engineering - Live from Lyon"', 'title: "Live from Lyon, le compte rendu"'),
  );
  await until(
    `${base}/post/2022-08-01-live-from-lyon/`,
    (s, html) => s === 200 && html.includes('Live from Lyon, le compte rendu'),
    'a changed title',
  );
  steps.push(`changed title shown in ${seconds(t)} s`);

  // 3. A new post: its page, and the home page lists it.
  t = performance.now();
  fs.writeFileSync(
    post('2023-01-10-nouvel-article'),
    '---\ntitle: "Un nouvel article pendant le dev"\ndate: 2023-01-10T19:00:00+01:00\ntags: ["meetup"]\n---\n\nÉcrit pendant que le serveur tourne.\n',
  );
  await until(
    `${base}/post/2023-01-10-nouvel-article/`,
    (s, html) => s === 200 && html.includes('Écrit pendant que le serveur tourne'),
    'a new post',
  );
  await until(
    `${base}/`,
    (s, html) => s === 200 && html.includes('Un nouvel article pendant le dev'),
    'the new post on the home page',
  );
  steps.push(`new post shown in ${seconds(t)} s`);

  // 4. A broken front matter: the page says where (path:line:col), then a fix brings it back.
  t = performance.now();
  const broken = post('2023-01-10-nouvel-article');
  fs.writeFileSync(
    broken,
    '---\ntitle: "Un nouvel article pendant le dev"\ndate: 2023-01-10T19:00:00+01:00\ntags: ["meetup"\n---\n\nÉcrit pendant que le serveur tourne.\n',
  );
  const where = /post\/2023-01-10-nouvel-article\.mdx:\d+:\d+/;
  await until(
    `${base}/post/2022-09-05-summercamp-2022/`,
    (s, html) => s === 500 && where.test(html),
    'an error page naming path:line:col',
  );
  steps.push(`error page with path:line:col in ${seconds(t)} s`);
  t = performance.now();
  fs.writeFileSync(
    broken,
    '---\ntitle: "Un nouvel article réparé"\ndate: 2023-01-10T19:00:00+01:00\ntags: ["meetup"]\n---\n\nRéparé.\n',
  );
  await until(
    `${base}/post/2023-01-10-nouvel-article/`,
    (s, html) => s === 200 && html.includes('Un nouvel article réparé'),
    'the page after the fix',
  );
  steps.push(`fixed page back in ${seconds(t)} s`);
  console.log(`test:dev: npm run dev shows every edit on reload: ${steps.join(', ')}`);
} catch (error) {
  console.error(`test:dev: ${error instanceof Error ? error.message : String(error)}`);
  if (steps.length) console.error(`  passed: ${steps.join(', ')}`);
  console.error(`  next dev said:\n${log.split('\n').slice(-40).join('\n')}`);
  process.exitCode = 1;
} finally {
  stop();
}
