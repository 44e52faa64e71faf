/**
 * The article text as feeds carry it: the content of the element marked data-feed-body
 * (components/DocumentView.tsx) on the parsed page, made readable outside the site: every
 * URL absolute, no heading anchors, no frames (the video poster is a local srcdoc; its
 * caption links to the video).
 */
import { parseFragment } from 'parse5';
import { absoluteUrl, isExternal } from '../../../lib/urls';
import {
  applyEdits,
  attr,
  type Document,
  type Edit,
  type Element,
  elements,
  innerRange,
  type Node,
  parsePage,
  rangeOf,
  setAttribute,
  tokens,
} from '../../../lib/html/page-tree';

const MARKER = 'data-feed-body';

/** The element marked data-feed-body (the first one), if the page has one. */
export function feedBodyElement(doc: Document): Element | undefined {
  for (const el of elements(doc)) if (attr(el, MARKER) !== undefined) return el;
  return undefined;
}

/** The inner HTML of the element marked data-feed-body, or undefined if the page has none. */
export function extractFeedBody(html: string): string | undefined {
  const body = feedBodyElement(parsePage(html));
  const inner = body && innerRange(body);
  return inner && html.slice(inner.start, inner.end);
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

/** Edits that make the content of `root` feed-ready; `html` is the source the tree was parsed from. */
export function feedEdits(html: string, root: Node, pageUrl: string): Edit[] {
  const edits: Edit[] = [];
  for (const el of elements(root)) {
    const dropped = el.tagName === 'iframe' || (el.tagName === 'a' && tokens(el, 'class').includes('heading-anchor'));
    const range = dropped && rangeOf(el);
    if (range) {
      edits.push({ ...range, text: '' });
      continue;
    }
    for (const { name, value } of el.attrs) {
      const absolute =
        name === 'href' || name === 'src' || name === 'poster'
          ? absoluteFrom(value, pageUrl)
          : name === 'srcset'
            ? srcsetAbsolute(value, pageUrl)
            : value;
      const edit = absolute !== value && setAttribute(html, el, name, absolute);
      if (edit) edits.push(edit);
    }
  }
  return edits;
}

/** A feed body cut from a page (as extractFeedBody gives it), made feed-ready. */
export function feedHtml(body: string, pageUrl: string): string {
  return applyEdits(body, feedEdits(body, parseFragment(body, { sourceCodeLocationInfo: true }), pageUrl));
}
