/**
 * The hosts that cannot run here, rebuilt from what they document: Cloudflare Pages and
 * Netlify (a static file server applying the export's `_redirects` and `_headers` with
 * pages-rules.ts), and S3 + CloudFront (an object store that answers exact keys only, 403
 * otherwise, as a bucket behind an origin access control does, in front of which the
 * CloudFront Function of hosting/ runs, the distribution's custom error response gives the
 * 404 page, and the response headers policy of hosting/s3-cloudfront.md adds the headers).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import vm from 'node:vm';
import { createStaticServer } from '../../../scripts/serve/static-server';
import { SECURITY_HEADERS } from '../../../scripts/build-steps/export/headers';
import { sitePaths } from '../../../lib/urls';
import { headersFor, parseHeaders, parseRedirects, redirectFor } from './pages-rules';

export function pagesHost(outDir: string): http.Server {
  const files = createStaticServer(outDir, '').listeners('request')[0] as http.RequestListener;
  const headers = parseHeaders(fs.readFileSync(path.join(outDir, sitePaths.headersFile()), 'utf8'));
  const redirects = parseRedirects(fs.readFileSync(path.join(outDir, sitePaths.redirectsFile()), 'utf8'));
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    for (const [name, value] of Object.entries(headersFor(headers, url))) res.setHeader(name, value);
    const redirect = redirectFor(redirects, url);
    if (redirect && redirect.status !== 200) {
      res.writeHead(redirect.status, { location: redirect.to });
      return res.end();
    }
    files(req, res);
  });
}

/** Types as `aws s3 sync` records them at upload (the recipe sets .ics and Pagefind's). */
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/** An object store: a key is served if it exists as written, else 403 (no listing allowed). */
export function exactKeyStore(outDir: string): http.Server {
  return http.createServer((req, res) => {
    const key = decodeURIComponent(new URL(req.url ?? '/', 'http://s3').pathname).replace(/^\//, '');
    const file = path.join(outDir, key);
    if (!key || !file.startsWith(outDir + path.sep) || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(403, { 'content-type': 'application/xml' });
      return res.end('<Error><Code>AccessDenied</Code></Error>');
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'binary/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
}

type CloudFrontRequest = { uri: string; querystring: Record<string, { value: string }> };
type CloudFrontResponse = { statusCode: number; headers: Record<string, { value: string }> };

export function loadCloudFrontFunction(file = path.resolve('hosting/cloudfront-function.js')) {
  const sandbox: { handler?: (event: unknown) => CloudFrontRequest | CloudFrontResponse } = {};
  vm.runInNewContext(`${fs.readFileSync(file, 'utf8')}\nthis.handler = handler;`, sandbox);
  if (!sandbox.handler) throw new Error('hosting/cloudfront-function.js defines no handler');
  return sandbox.handler;
}

export function cloudFront(storeOrigin: string): http.Server {
  const handler = loadCloudFrontFunction();
  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const querystring = Object.fromEntries([...url.searchParams].map(([k, v]) => [k, { value: v }]));
    const result = handler({ request: { uri: url.pathname, querystring, method: req.method, headers: {} } });
    const headers: Record<string, string> = { ...SECURITY_HEADERS };
    if ('statusCode' in result) {
      for (const [name, { value }] of Object.entries(result.headers)) headers[name] = value;
      res.writeHead(result.statusCode, headers);
      return res.end();
    }
    let origin = await fetch(`${storeOrigin}${result.uri}`);
    let status = origin.status;
    // The custom error response: 403 and 404 from the bucket → /404.html with code 404.
    if (status === 403 || status === 404) {
      origin = await fetch(`${storeOrigin}${sitePaths.notFound()}`);
      status = 404;
    }
    headers['content-type'] = origin.headers.get('content-type') ?? '';
    res.writeHead(status, headers);
    res.end(Buffer.from(await origin.arrayBuffer()));
  });
}
