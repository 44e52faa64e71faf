/**
 * A strict Content-Security-Policy in every page, as a <meta> tag so it holds on any host.
 * Pages carry no script at all (`script-src 'none'`); a page that keeps its own script
 * (marked data-keep, e.g. search) may load scripts from this site only. Inline style
 * attributes stay allowed: images paint their dominant colour with one.
 */
import { siteConfig } from '../../lib/site-config';
import { isExecutableScript } from './strip-runtime';

const YOUTUBE = siteConfig.youtube.player;

export function policyFor(html: string): string {
  // JSON-LD is data: it needs no script-src, and 'none' does not block it.
  const hasScript = [...html.matchAll(/<script\b[^>]*>/gi)].some((m) => isExecutableScript(m[0]));
  return [
    "default-src 'self'",
    hasScript ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    // With no script on the page nothing can connect; 'self' still lets tools that fetch
    // from the page's context (Lighthouse reads /robots.txt that way) reach this site.
    "connect-src 'self'",
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
