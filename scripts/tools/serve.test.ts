import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createStaticServer } from '../serve/static-server.ts';

/** An export beside a sibling folder whose name starts like it: out/ and out-sibling/. */
function site() {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
  const root = path.join(parent, 'out');
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(parent, rel)), { recursive: true });
    fs.writeFileSync(path.join(parent, rel), text);
  };
  write('out/index.html', '<!DOCTYPE html><title>Accueil</title>');
  write('out/404.html', '<!DOCTYPE html><title>Introuvable</title>');
  write('out/post/a/index.html', '<!DOCTYPE html><title>Article</title>');
  write('out/_next/static/app.css', 'body{}');
  write('out/index.xml', '<rss/>');
  write('out-sibling/secret.txt', 'SECRET');
  write('secret.txt', 'SECRET');
  return { parent, root };
}

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A raw request: the path is sent exactly as written, unnormalised. */
function get(port: number, rawPath: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw).toString() : raw.toString();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

async function withServer(basePath: string, run: (port: number) => Promise<void>) {
  const { parent, root } = site();
  const server = createStaticServer(root, basePath);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run((server.address() as net.AddressInfo).port);
  } finally {
    server.close();
    fs.rmSync(parent, { recursive: true, force: true });
  }
}

test('pages, folders, 404 page, gzip and cache headers as a static host serves them', async () => {
  await withServer('', async (port) => {
    const home = await get(port, '/', { 'accept-encoding': 'gzip' });
    assert.equal(home.status, 200);
    assert.equal(home.headers['content-encoding'], 'gzip');
    assert.match(home.body, /Accueil/);
    assert.equal(home.headers['cache-control'], 'public, max-age=600');
    assert.match(String(home.headers['content-type']), /^text\/html/);
    const folder = await get(port, '/post/a?x=1');
    assert.equal(folder.status, 301);
    assert.equal(folder.headers.location, '/post/a/?x=1');
    assert.equal((await get(port, '/post/a/')).status, 200);
    const hashed = await get(port, '/_next/static/app.css');
    assert.equal(hashed.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(String((await get(port, '/index.xml')).headers['content-type']), /xml/);
    const missing = await get(port, '/nope/');
    assert.equal(missing.status, 404);
    assert.match(missing.body, /Introuvable/);
  });
});

test('no path outside the folder, no crash on a malformed URL', async () => {
  await withServer('', async (port) => {
    for (const attack of [
      '/%',
      '/%E0%A4%A',
      '/..%2fout-sibling/secret.txt',
      '/../out-sibling/secret.txt',
      '/..%2f..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/..\\secret.txt',
      '/%00',
    ]) {
      const answer = await get(port, attack);
      assert.ok(answer.status >= 300, `${attack}: ${answer.status}`);
      assert.doesNotMatch(answer.body, /SECRET/, attack);
    }
    // Still alive after all of them.
    assert.equal((await get(port, '/')).status, 200);
  });
});

test('under BASE_PATH: the prefix only, its redirects keep it', async () => {
  await withServer('/site', async (port) => {
    assert.equal((await get(port, '/site')).headers.location, '/site/');
    assert.equal((await get(port, '/site/')).status, 200);
    assert.equal((await get(port, '/site/post/a')).headers.location, '/site/post/a/');
    assert.equal((await get(port, '/')).status, 404);
    assert.equal((await get(port, '/sitex/')).status, 404);
    assert.doesNotMatch((await get(port, '/site/..%2f..%2fout-sibling/secret.txt')).body, /SECRET/);
  });
});

test('npm run serve listens on 127.0.0.1 only, unless --host says otherwise', async () => {
  const { parent, root } = site();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/tools/serve.ts', '--dir', root, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('\n')) resolve(out);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    assert.match(line, /at http:\/\/127\.0\.0\.1:\d+\//);
  } finally {
    child.kill();
    fs.rmSync(parent, { recursive: true, force: true });
  }
});
