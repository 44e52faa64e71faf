/**
 * The one pass over each exported page: parsed once, then the framework's runtime removed,
 * the typography applied, the Content-Security-Policy added, and the feed text taken, all
 * decided from the tree (elements and attributes, never substrings of the page), and the
 * page written once with every edit applied.
 */
import { applyEdits, type Edit, innerRange, parsePage, rangeOf } from '../../../lib/html/page-tree';
import { typesetEdits } from '../../../lib/typography/html';
import { absoluteUrl } from '../../../lib/urls';
import { feedBodyElement, feedEdits } from './feed-html';
import { runsScripts, securityPolicyEdit } from './security-policy';
import { runtimeNodes } from './strip-runtime';

export type PassedPage = {
  html: string;
  /** The feed-ready text of the element marked data-feed-body, when asked for and present. */
  feedBody?: string;
};

/** `sitePath` is the page's address ("/post/x/"); `withFeedBody` asks for its feed text. */
export function passPage(html: string, sitePath: string, { withFeedBody = false } = {}): PassedPage {
  const doc = parsePage(html);
  const removed = new Set(runtimeNodes(doc));
  const edits: Edit[] = [];
  for (const node of removed) {
    const range = rangeOf(node);
    if (range) edits.push({ ...range, text: '' });
  }
  edits.push(...typesetEdits(doc, removed));
  const policy = securityPolicyEdit(doc, runsScripts(doc, removed));
  if (policy) edits.push(policy);
  const page: PassedPage = { html: applyEdits(html, edits) };
  const body = withFeedBody ? feedBodyElement(doc) : undefined;
  const inner = body && innerRange(body);
  if (body && inner) {
    const feed = feedEdits(html, body, absoluteUrl(sitePath));
    page.feedBody = applyEdits(html, [...edits, ...feed], inner.start, inner.end);
  }
  return page;
}
