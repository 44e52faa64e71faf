/**
 * A strict Content-Security-Policy in every page, as a <meta> tag so it holds on any host.
 * Pages carry no script at all (`script-src 'none'`); a page that keeps its own script
 * (marked data-keep, e.g. search) may load scripts from this site only. Inline style
 * attributes stay allowed: images paint their dominant colour with one.
 */
import fs from 'node:fs';
import { walk } from './strip-runtime';

const YOUTUBE = 'https://www.youtube-nocookie.com';

/** A <script> that runs: JSON-LD blocks are data and open nothing. */
const EXECUTABLE_SCRIPT = /<script\b(?![^>]*\btype="application\/ld\+json")/i;

export function policyFor(html: string): string {
  const hasScript = EXECUTABLE_SCRIPT.test(html);
  return [
    "default-src 'self'",
    hasScript ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    hasScript ? "connect-src 'self'" : "connect-src 'none'",
    `frame-src ${YOUTUBE}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function withSecurityPolicy(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}"/>`;
  return html.replace(/<meta charSet="utf-8"\/>/i, (charset) => `${charset}${meta}`);
}

export function addSecurityPolicy(outDir: string): number {
  let pages = 0;
  for (const abs of walk(outDir)) {
    if (!abs.endsWith('.html')) continue;
    fs.writeFileSync(abs, withSecurityPolicy(fs.readFileSync(abs, 'utf8')));
    pages++;
  }
  return pages;
}
