/**
 * A strict Content-Security-Policy in every page, as a <meta> tag so it holds on any host.
 * Pages carry no script at all (`script-src 'none'`); a page that keeps its own script
 * (marked data-keep, e.g. search) may load scripts from this site only. Inline style
 * attributes stay allowed: images paint their dominant colour with one.
 */
import { siteConfig } from '../../../lib/site-config';
import {
  applyEdits,
  attr,
  type Document,
  type Edit,
  elements,
  escapeAttribute,
  headMetas,
  headOf,
  isElement,
  parsePage,
} from '../../../lib/html/page-tree';
import { isExecutableScript } from './strip-runtime';

const YOUTUBE = siteConfig.youtube.player;

/** The policy of a page that runs scripts or not, or of the page whose HTML is given. */
export function policyFor(page: boolean | string): string {
  const hasScript = typeof page === 'boolean' ? page : runsScripts(parsePage(page));
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

/** True if an element of the page, not counting `removed` ones, is a script that runs. */
export function runsScripts(doc: Document, removed: ReadonlySet<unknown> = new Set()): boolean {
  // JSON-LD is data: it needs no script-src, and 'none' does not block it.
  return [...elements(doc)].some((el) => el.tagName === 'script' && !removed.has(el) && isExecutableScript(el));
}

/**
 * The edit that puts the policy in the page's head, right after its charset: none if the
 * head already holds a policy element. A page with no head in its source stops the build
 * rather than ship without a policy.
 */
export function securityPolicyEdit(doc: Document, hasScript: boolean): Edit | undefined {
  if (headMetas(doc, 'content-security-policy').length) return undefined;
  const head = headOf(doc);
  const charset = head?.childNodes
    .filter(isElement)
    .find((el) => el.tagName === 'meta' && attr(el, 'charset') !== undefined);
  const at = charset?.sourceCodeLocation?.endOffset ?? head?.sourceCodeLocation?.startTag?.endOffset;
  if (at === undefined)
    throw new Error('a page has no <head> in its source: the Content-Security-Policy has nowhere to go');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policyFor(hasScript))}"/>`;
  return { start: at, end: at, text: meta };
}

/** A page written by the build itself (an alias redirect) with its policy. */
export function withSecurityPolicy(html: string): string {
  const doc = parsePage(html);
  const edit = securityPolicyEdit(doc, runsScripts(doc));
  return edit ? applyEdits(html, [edit]) : html;
}
