/**
 * The article text as feeds carry it: cut from the exported page at its data-feed-body
 * marker (components/DocumentView.tsx) by counting <div> tags, which is linear and needs no
 * DOM, then made readable outside the site: every URL absolute, no heading anchors, no
 * frames (the video poster is a local srcdoc; its caption links to the video).
 */
import { absoluteUrl, isExternal } from '../../lib/urls';

const MARKER = 'data-feed-body';

/** The inner HTML of the element marked data-feed-body, or undefined if the page has none. */
export function extractFeedBody(html: string): string | undefined {
  const marker = html.indexOf(MARKER);
  if (marker < 0) return undefined;
  const start = html.indexOf('>', marker) + 1;
  // React escapes "<" in text and attribute values, so every "<div" and "</div" is a tag.
  const tags = /<(\/?)div\b/gi;
  tags.lastIndex = start;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index);
  }
  return undefined;
}

/** A URL as written in the exported page (already under the base path), made absolute. */
export function absoluteFrom(url: string, pageUrl: string): string {
  const raw = url.trim();
  if (!raw || raw.startsWith('data:') || isExternal(raw)) return raw;
  if (raw.startsWith('#')) return `${pageUrl}${raw}`;
  if (raw.startsWith('/')) return absoluteUrl(raw);
  return new URL(raw, pageUrl).href;
}

const srcsetAbsolute = (srcset: string, pageUrl: string) =>
  srcset
    .split(',')
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      return [absoluteFrom(url, pageUrl), ...descriptor].join(' ');
    })
    .join(', ');

export function feedHtml(body: string, pageUrl: string): string {
  return body
    .replace(/<a\b[^>]*\bclass="heading-anchor"[^>]*>[\s\S]*?<\/a>/gi, '')
    .replace(/<iframe\b[^>]*>[\s\S]*?<\/iframe>/gi, '')
    .replace(
      /\s(href|src|poster)="([^"]*)"/gi,
      (_, name: string, url: string) => ` ${name}="${absoluteFrom(url, pageUrl)}"`,
    )
    .replace(/\s(srcset)="([^"]*)"/gi, (_, name: string, set: string) => ` ${name}="${srcsetAbsolute(set, pageUrl)}"`);
}
