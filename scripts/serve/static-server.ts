/**
 * Serves a static export the way a CDN or GitHub Pages does, on serve-static (the
 * Express project's file server: it refuses paths that climb out of the folder, answers a
 * malformed URL with an error status instead of throwing, and never serves dotfiles) and
 * compression (gzip when the browser accepts it). Folders answer with their index.html, a
 * folder without its trailing slash is redirected, unknown paths get 404.html with status
 * 404, and content-hashed files are cached for a year (as GitHub Pages and CDNs do, so
 * Lighthouse measures what visitors get). Under a base path, the site answers under that
 * prefix only.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import compression from 'compression';
import serveStatic from 'serve-static';
import { sitePaths } from '../../lib/urls';

type Next = (error?: unknown) => void;
type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: Next) => void;

/** Files named after their content hash never change: a year in every cache. */
const HASHED = /^(_next\/static|_img)\//;

export function createStaticServer(root: string, basePath: string): http.Server {
  const notFoundPage = path.join(root, sitePaths.notFound());
  const files = serveStatic(root, {
    index: ['index.html'],
    redirect: true,
    fallthrough: true,
    setHeaders: (res, file) => {
      const rel = path.relative(root, file).split(path.sep).join('/');
      res.setHeader('cache-control', HASHED.test(rel) ? 'public, max-age=31536000, immutable' : 'public, max-age=600');
    },
  }) as unknown as Middleware;
  // threshold 0: small pages are gzipped too, as static hosts do.
  const gzip = compression({ threshold: 0 }) as unknown as Middleware;

  return http.createServer((req, res) => {
    const notFound = () => {
      if (!fs.existsSync(notFoundPage)) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        return res.end('Not found');
      }
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=600' });
      fs.createReadStream(notFoundPage).pipe(res);
    };
    gzip(req, res, () => {
      const original = req.url ?? '/';
      const [pathname, search = ''] = original.split(/\?(.*)/s);
      if (basePath) {
        if (pathname === basePath) {
          res.writeHead(301, { location: `${basePath}/${search ? `?${search}` : ''}` });
          return res.end();
        }
        if (!pathname.startsWith(`${basePath}/`)) return notFound();
        // serve-static reads req.url; its redirects use originalUrl, which keeps the prefix.
        (req as { originalUrl?: string }).originalUrl = original;
        req.url = original.slice(basePath.length);
      }
      files(req, res, (error) => {
        if (error && (error as { status?: number }).status !== 404 && !res.headersSent) {
          res.writeHead(500);
          return res.end();
        }
        notFound();
      });
    });
  });
}

/** Serves `root` on a free port of 127.0.0.1, for a check or a tool that then closes it. */
export async function serveLocally(root: string, basePath: string): Promise<{ origin: string; server: http.Server }> {
  const server = createStaticServer(root, basePath);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}
