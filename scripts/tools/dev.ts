/**
 * npm run dev: the live preview while writing, at http://localhost:3000/ (DEV_PORT or
 * --port to change it). Next's dev server behind a small server of ours, for what `next dev`
 * alone gets wrong here:
 * - a busy port stops it with a French message, instead of moving silently to the next
 *   port while the old preview keeps answering on the usual one;
 * - photos are served from content/img/ on every request, only those the build would
 *   publish (scripts/tools/dev/content-files.ts), whatever `npm run build` or `npm run images`
 *   left in public/;
 * - a page added while it runs shows on the first reload: Next answers from the list of
 *   pages it had (generateStaticParams, refreshed only after the answer), so when content
 *   changed, that list is dropped before the request.
 */
import { contentDir as siteContentDir } from '../../lib/settings/site-dir';
import fs from 'node:fs';
import http from 'node:http';
import { readArgs } from '../cli/args';
import { say } from '../../lib/messages/say';
import { contentSignature } from '../../lib/content/dev-signature';
import { deployTarget } from '../../lib/site-config';
import { CONTENT_FILE_HEADERS, contentFileAnswer } from './dev/content-files';

const { values } = readArgs('usage: npm run dev [-- --port 3000]   (or DEV_PORT=3000 npm run dev)', {
  options: { port: { type: 'string' } },
});
const port = Number(values.port ?? process.env.DEV_PORT ?? process.env.PORT ?? 3000);
const hostname = 'localhost';
(process.env as Record<string, string>).NODE_ENV = 'development';
const basePath = deployTarget().basePath;
const contentDir = siteContentDir();

const server = http.createServer();
await new Promise<void>((resolve) => {
  server.once('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') throw error;
    console.error(
      say(
        `dev : le port ${port} est déjà pris (un autre « npm run dev » ou « npm start » tourne-t-il encore ?). Arrêtez-le, ou choisissez un autre port : DEV_PORT=${port + 1} npm run dev`,
        `dev: port ${port} is taken (is another "npm run dev" or "npm start" still running?). Stop it, or pick another port: DEV_PORT=${port + 1} npm run dev`,
      ),
    );
    process.exit(1);
  });
  server.listen(port, hostname, resolve);
});

const { default: next } = await import('next');
const app = next({ dev: true, turbopack: true, dir: process.cwd(), hostname, port, httpServer: server });
const ready = app.prepare();
let handle: ReturnType<typeof app.getRequestHandler> | undefined;

/**
 * Next's dev server keeps each dynamic route's generateStaticParams answer in an LRU cache
 * (stale while it refreshes). Internal, so looked up defensively: if a Next update moves it,
 * the preview says so once and test:dev fails at its first-reload step.
 */
type StaticPathsCache = { cache: Map<string, unknown>; remove: (key: string) => void };
let warned = false;
function forgetStaticPaths() {
  const wrapper = (app as unknown as { server?: { server?: { staticPathsCache?: StaticPathsCache } } }).server;
  const cache = wrapper?.server?.staticPathsCache;
  if (cache?.cache instanceof Map && typeof cache.remove === 'function') {
    for (const key of [...cache.cache.keys()]) cache.remove(key);
  } else if (!warned) {
    warned = true;
    console.warn(
      say(
        'dev : une page ajoutée peut demander un second rechargement (cache de Next introuvable)',
        "dev: an added page may need a second reload (Next's cache not found)",
      ),
    );
  }
}

let signature = '';
let lastLook = 0;
/** A few stat calls, at most every 200 ms: has a file under content/ been added, removed or changed? */
function contentChanged(): boolean {
  if (Date.now() - lastLook < 200) return false;
  lastLook = Date.now();
  const now = contentSignature(contentDir);
  const changed = signature !== '' && now !== signature;
  signature = now;
  return changed;
}

server.on('request', async (req, res) => {
  try {
    await ready;
    const url = new URL(req.url ?? '/', `http://${hostname}`);
    const pathname =
      basePath && url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : url.pathname;
    const answer = contentFileAnswer(pathname);
    if (answer) {
      if (answer.status === 404) {
        res.writeHead(404, { ...CONTENT_FILE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`${answer.text}\n`);
      } else {
        res.writeHead(200, { ...CONTENT_FILE_HEADERS, 'Content-Type': answer.type });
        fs.createReadStream(answer.file).pipe(res);
      }
      return;
    }
    if (!pathname.startsWith('/_next/') && contentChanged()) forgetStaticPaths();
    handle ??= app.getRequestHandler();
    await handle(req, res);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(say('Erreur du serveur de développement (voir le terminal).', 'Dev server error (see the terminal).'));
  }
});

await ready;
signature = contentSignature(contentDir);
console.log(
  say(
    `dev : aperçu sur http://${hostname}:${port}${basePath}/ (rechargez la page après une modification)`,
    `dev: preview at http://${hostname}:${port}${basePath}/ (reload the page after an edit)`,
  ),
);
