/**
 * npm run test:dev: `npm run dev` shows an organizer's edits on reload, without a restart.
 * Starts `npm run dev` (scripts/tools/dev.ts) on a copy of the fixture site's content, then, as an
 * organizer would: edits a post's text, changes a front matter field, adds a post (shown on
 * the first reload), runs `npm run images` (which fills public/ as a build does) and adds a
 * post with a photo uploaded after it, uploads an SVG, an HTML file and an HTML
 * file named .jpg (never served as they are), starts a second preview on the same port (it
 * stops with a French message), breaks a front matter (the page names the file, line and
 * column, in French) and fixes it again. DEV_PORT picks the port (else a free one).
 */
import { spawn } from 'node:child_process';
import sharp from 'sharp';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { FIXTURE_CONTENT } from '../fixture-site/site';
import { readArgs } from '../../scripts/cli/args';

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

/** The organizer saves, switches to the browser and reloads once: that one answer must show it. */
async function firstReload(url: string, text: string, what: string): Promise<string> {
  await new Promise((r) => setTimeout(r, 300));
  const response = await fetch(url);
  const html = await response.text();
  if (response.status !== 200 || !html.includes(text))
    throw new Error(
      `${what}: the first reload of ${url} answers ${response.status}${response.status === 200 ? ' without it' : ''}`,
    );
  return html;
}

fs.rmSync(work, { recursive: true, force: true });
fs.cpSync(FIXTURE_CONTENT, content, { recursive: true });
/** Runs a command to its end without blocking the event loop (fetch's keep-alive sockets need it). */
function run(args: string[], timeoutMs = 300_000): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

const port = Number(process.env.DEV_PORT) || (await freePort());
const base = `http://localhost:${port}`;
const dev = spawn('npx', ['tsx', 'scripts/tools/dev.ts', '--port', String(port)], {
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

  // 3. A new post: its page and the home page listing it, on the first reload.
  t = performance.now();
  fs.writeFileSync(
    post('2023-01-10-nouvel-article'),
    '---\ntitle: "Un nouvel article pendant le dev"\ndate: 2023-01-10T19:00:00+01:00\ntags: ["meetup"]\n---\n\nÉcrit pendant que le serveur tourne.\n',
  );
  await firstReload(`${base}/post/2023-01-10-nouvel-article/`, 'Écrit pendant que le serveur tourne', 'a new post');
  await firstReload(`${base}/`, 'Un nouvel article pendant le dev', 'the new post on the home page');
  steps.push(`new post shown on the first reload in ${seconds(t)} s`);

  // 4. `npm run images` (as npm run build does) while the preview runs fills public/img with
  // copies; a photo uploaded after it still shows, with its post, on the first reload.
  t = performance.now();
  const images = await run(['tsx', 'scripts/build-steps/images.ts']);
  if (images.status !== 0) throw new Error(`npm run images failed: ${images.stderr.slice(-300)}`);
  fs.mkdirSync(path.join(content, 'img', 'dev-test'), { recursive: true });
  fs.writeFileSync(
    path.join(content, 'img', 'dev-test', 'ajout.jpg'),
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#00ff00' } })
      .jpeg()
      .toBuffer(),
  );
  fs.writeFileSync(
    post('2023-02-01-photo-ajoutee'),
    '---\ntitle: "Photo ajoutée"\ndate: 2023-02-01T19:00:00+01:00\ntags: ["meetup"]\n---\n\nLa salle.\n\n<Figure src="/img/dev-test/ajout.jpg" caption="La salle" />\n',
  );
  const photoPage = await firstReload(`${base}/post/2023-02-01-photo-ajoutee/`, 'La salle', 'a post with a new photo');
  const src = /<img\b[^>]*\ssrc="([^"]*\/img\/dev-test\/ajout\.jpg[^"]*)"/.exec(photoPage)?.[1]?.replace(/&amp;/g, '&');
  if (!src) throw new Error('a post with a new photo: no <img> of /img/dev-test/ajout.jpg on the page');
  const photo = await fetch(new URL(src, base));
  if (photo.status !== 200 || photo.headers.get('content-type') !== 'image/jpeg')
    throw new Error(`the new photo answers ${photo.status} ${photo.headers.get('content-type')}, not 200 image/jpeg`);
  steps.push(`photo added after npm run images shown in ${seconds(t)} s`);

  // 5. Files the build would not publish are not served either, whatever their name says.
  const hostile: Record<string, string> = {
    'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    'page.html': '<!doctype html><script>alert(1)</script>',
    'photo.jpg': '<!doctype html><script>alert(1)</script>',
  };
  for (const [name, body] of Object.entries(hostile)) {
    fs.writeFileSync(path.join(content, 'img', 'dev-test', name), body);
    const response = await fetch(`${base}/img/dev-test/${name}`);
    const type = response.headers.get('content-type') ?? '';
    const text = await response.text();
    if (response.status !== 404 || /svg|html/.test(type) || text.includes('<script>'))
      throw new Error(
        `content/img/dev-test/${name} answers ${response.status} ${type}: the dev server serves what the build refuses`,
      );
    if (!/ne serait pas publié/.test(text)) throw new Error(`content/img/dev-test/${name}: no French reason (${text})`);
  }
  // The check refuses them too, so every page is an error page until they are gone.
  for (const name of Object.keys(hostile)) fs.rmSync(path.join(content, 'img', 'dev-test', name));
  steps.push('SVG, HTML and HTML named .jpg refused');

  // 6. A second preview on the same port stops with a French message; the first keeps serving.
  const second = await run(['tsx', 'scripts/tools/dev.ts', '--port', String(port)], 60_000);
  if (second.status !== 1 || !/le port \d+ est déjà pris/.test(second.stderr))
    throw new Error(
      `a second npm run dev on port ${port}: exit ${second.status}, said ${JSON.stringify(second.stderr.slice(-300))}`,
    );
  await until(`${base}/`, (s) => s === 200, 'the first preview, still answering');
  steps.push('busy port refused in French');

  // 7. A broken front matter: the page says where (path:line:col), in French first, then a fix brings it back.
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
  const errorPage = await (await fetch(`${base}/post/2022-09-05-summercamp-2022/`)).text();
  if (!/problème de contenu/.test(errorPage) || /content problem/.test(errorPage))
    throw new Error('the error page does not start in French (« 1 problème de contenu »)');
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
  console.error(
    `test:dev: ${error instanceof Error ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ''}` : String(error)}`,
  );
  if (steps.length) console.error(`  passed: ${steps.join(', ')}`);
  console.error(`  npm run dev said:\n${log.split('\n').slice(-40).join('\n')}`);
  process.exitCode = 1;
} finally {
  stop();
}
