/**
 * The HTTP headers every host that can send headers should send, and `_headers` for the hosts
 * that read one (Netlify, Cloudflare Pages). The policy a page needs (script-src 'none', or
 * the search page's own scripts) is in each page's <meta>: browsers enforce a header policy
 * AND a meta policy together, so a header can only narrow it. The header therefore says only
 * what a meta tag cannot (frame-ancestors) and the same for every page, search included.
 * The recipes of hosting/ send these; npm run test:hosts checks each host sends them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../../../lib/site-config';
import { sitePaths } from '../../../lib/urls';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** Content-hashed names never change meaning: hosts may cache them for a year. */
export const IMMUTABLE_FOLDERS = ['/_next/static/', '/_img/'];
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function headersFile(basePath = siteConfig.basePath): string {
  return [
    `${basePath}/*`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    '',
    ...IMMUTABLE_FOLDERS.flatMap((folder) => [`${basePath}${folder}*`, `  Cache-Control: ${IMMUTABLE}`, '']),
  ].join('\n');
}

export function writeHeadersFile(outDir: string): void {
  fs.writeFileSync(path.join(outDir, sitePaths.headersFile()), headersFile());
}
