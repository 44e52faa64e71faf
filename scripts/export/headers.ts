/**
 * `_headers` for hosts that read one (Netlify, Cloudflare Pages): the same policy as the
 * pages' <meta> plus what a meta tag cannot say (frame-ancestors, caching of
 * content-hashed files). GitHub Pages ignores the file, and the <meta> still applies.
 */
import fs from 'node:fs';
import path from 'node:path';
import { policyFor } from './security-policy';
import { siteConfig } from '../../lib/site-config';
import { sitePaths } from '../../lib/urls';

export function headersFile(basePath = siteConfig.basePath): string {
  const pagePolicy = `${policyFor('')}; frame-ancestors 'none'`;
  return [
    `${basePath}/*`,
    `  Content-Security-Policy: ${pagePolicy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '',
    // Content-hashed names never change meaning: cache them for a year.
    `${basePath}/_next/static/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    `${basePath}/_img/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

export function writeHeadersFile(outDir: string): void {
  fs.writeFileSync(path.join(outDir, sitePaths.headersFile()), headersFile());
}
