/**
 * Serves the static export (out/) the way a CDN or GitHub Pages does: folders answer with
 * their index.html, a folder without its trailing slash is redirected, unknown paths get
 * 404.html with status 404, text is gzipped when the browser accepts it, and content-hashed
 * files are cached for a year (as GitHub Pages and CDNs do, so Lighthouse measures what
 * visitors get). With BASE_PATH set, the site answers under that prefix only.
 *
 *   npx tsx scripts/serve.ts [--port 3000] [--dir out]
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { deployTarget } from '../lib/site-config';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export function createStaticServer(root: string, basePath: string): http.Server {
  const notFoundPage = path.join(root, '404.html');
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    const send = (status: number, file: string) => {
      const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      const hashed = /^\/(_next\/static|_img)\//.test(pathname);
      const headers: Record<string, string> = {
        'content-type': type,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
      };
      const compress = /text|json|xml|javascript|svg|calendar/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (compress) headers['content-encoding'] = 'gzip';
      res.writeHead(status, headers);
      const stream = fs.createReadStream(file);
      (compress ? stream.pipe(zlib.createGzip()) : stream).pipe(res);
    };
    const notFound = () => (fs.existsSync(notFoundPage) ? send(404, notFoundPage) : (res.writeHead(404), res.end('Not found')));

    if (basePath) {
      if (pathname === basePath) {
        res.writeHead(301, { location: `${basePath}/` });
        return res.end();
      }
      if (!pathname.startsWith(`${basePath}/`)) return notFound();
      pathname = pathname.slice(basePath.length);
    }
    const file = path.join(root, pathname);
    if (!file.startsWith(root)) return notFound();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${basePath}${pathname}/${url.search}` });
        return res.end();
      }
      const index = path.join(file, 'index.html');
      return fs.existsSync(index) ? send(200, index) : notFound();
    }
    if (fs.existsSync(file)) return send(200, file);
    return notFound();
  });
}

function main() {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const root = path.resolve(option('dir', 'out'));
  const port = Number(option('port', process.env.PORT ?? '3000'));
  const basePath = deployTarget().basePath;
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`${path.relative(process.cwd(), root)}/index.html is missing: run "npm run build" first`);
    process.exit(1);
  }
  createStaticServer(root, basePath).listen(port, () => {
    console.log(`Serving ${path.relative(process.cwd(), root) || root}/ at http://localhost:${port}${basePath}/`);
  });
}

if (process.argv[1]?.endsWith('serve.ts')) main();
