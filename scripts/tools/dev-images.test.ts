/**
 * npm run dev shows a photo replaced or added while it runs, on reload, without a restart.
 * Starts `npm run dev` (scripts/tools/dev.ts) on a temporary copy of the project (DEV_PORT, or any free port).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import sharp from 'sharp';
import { copyProject } from '../builds/project-copy.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const POST = '2021-03-04-photo-en-direct';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const photo = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } })
    .jpeg()
    .toBuffer();

/** The page's images as the browser would load them: src and width of each <img>. */
async function images(base: string): Promise<{ status: number; imgs: { src: string; width: number }[] }> {
  const response = await fetch(`${base}/post/${POST}/`);
  const html = await response.text();
  const imgs = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => ({
    src: (/ src="([^"]+)"/.exec(m[0])?.[1] ?? '').replace(/&amp;/g, '&'),
    width: Number(/ width="(\d+)"/.exec(m[0])?.[1]),
  }));
  return { status: response.status, imgs: imgs.filter((i) => i.src.includes('/img/direct/')) };
}

async function colourOf(url: string): Promise<string> {
  const bytes = Buffer.from(await (await fetch(url)).arrayBuffer());
  const { dominant } = await sharp(bytes).stats();
  return dominant.r > 200 && dominant.b < 60
    ? 'red'
    : dominant.b > 200 && dominant.r < 60
      ? 'blue'
      : `rgb(${dominant.r},${dominant.g},${dominant.b})`;
}

/** Set when the dev server process ends: waiting for a page is then pointless. */
let serverGone = false;

async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, seconds: number): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < deadline) {
    if (serverGone) throw new Error(`${what}: npm run dev stopped (is the port taken?)`);
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (e) {
      error = e;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${what}: not seen within ${seconds} s (last: ${JSON.stringify(last) ?? String(error)})`);
}

test('npm run dev: a replaced photo and a photo added later show on reload, no restart', {
  timeout: 600_000,
}, async () => {
  fs.mkdirSync(path.join(PROJECT, '.cache'), { recursive: true });
  const root = fs.mkdtempSync(path.join(PROJECT, '.cache/dev-images-'));
  copyProject(PROJECT, root);
  const dir = path.join(root, 'content/img/direct');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'salle.jpg'), await photo(600, 400, '#ff0000'));
  // The organizer writes the post first and uploads its second photo afterwards.
  fs.writeFileSync(
    path.join(root, 'content/post', `${POST}.mdx`),
    `---\ntitle: "Photo en direct"\ndate: 2021-03-04T19:00:00+01:00\ntags: ["meetup"]\n---\n\nLa salle.\n\n<Figure src="/img/direct/salle.jpg" caption="La salle" />\n\n<Figure src="/img/direct/plus-tard.jpg" caption="Plus tard" />\n`,
  );

  const port = Number(process.env.DEV_PORT) || (await freePort());
  const base = `http://localhost:${port}`;
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/tools/dev.ts', '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'development' },
  });
  const exited = new Promise((resolve) => server.once('exit', resolve)).then(() => (serverGone = true));
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  try {
    // Before the second photo exists, the page answers with an error naming it.
    const missing = await until(
      'the first answer',
      () => fetch(`${base}/post/${POST}/`).then(async (r) => ({ status: r.status, text: await r.text() })),
      (r) => r.status >= 400,
      300,
    );
    assert.match(missing.text, /plus-tard\.jpg/);

    fs.writeFileSync(path.join(dir, 'plus-tard.jpg'), await photo(500, 500, '#0000ff'));
    const first = await until(
      'the added photo',
      () => images(base),
      (p) => p.status === 200 && p.imgs.length === 2,
      120,
    );
    assert.deepEqual(
      first.imgs.map((i) => i.width),
      [600, 500],
    );
    assert.equal(await colourOf(base + first.imgs[0].src), 'red');
    assert.equal(await colourOf(base + first.imgs[1].src), 'blue');

    // Replaced in place, larger and blue: the reload shows the new one, at its new size.
    fs.writeFileSync(path.join(dir, 'salle.jpg'), await photo(800, 600, '#0000ff'));
    const second = await until(
      'the replaced photo',
      () => images(base),
      (p) => p.imgs[0]?.width === 800,
      120,
    );
    assert.notEqual(second.imgs[0].src, first.imgs[0].src, 'a new address, so no cache serves the old photo');
    assert.equal(await colourOf(base + second.imgs[0].src), 'blue');
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- npm run dev ---\n${log.slice(-3000)}`);
  } finally {
    if (!serverGone) process.kill(-server.pid!, 'SIGTERM');
    await exited;
    fs.rmSync(root, { recursive: true, force: true, maxRetries: 5 });
  }
});
