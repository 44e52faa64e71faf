/**
 * The one pass over each exported page: parsed once, then the framework's runtime removed,
 * the typography applied, the Content-Security-Policy added, and the feed text taken, all
 * decided from the tree (elements and attributes, never substrings of the page), and the
 * page written once with every edit applied.
 *
 * Deciding the edits (planPage) is the costly half, parsing included; applying them
 * (applyPlan) is slicing strings. The plan is a pure function of the page, its address and
 * the settings, which lets page-pass-cache.ts keep it for a page Next writes again unchanged.
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

/** What the pass does to one page: edits of the page, and of its feed text (inside start..end). */
export type PagePlan = { edits: Edit[]; feed?: { start: number; end: number; edits: Edit[] } };

export type PassOptions = { withFeedBody?: boolean };

/** `sitePath` is the page's address ("/post/x/"); `withFeedBody` asks for its feed text. */
export function planPage(html: string, sitePath: string, { withFeedBody = false }: PassOptions = {}): PagePlan {
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
  const plan: PagePlan = { edits };
  const body = withFeedBody ? feedBodyElement(doc) : undefined;
  const inner = body && innerRange(body);
  if (body && inner) plan.feed = { ...inner, edits: feedEdits(html, body, absoluteUrl(sitePath)) };
  return plan;
}

export function applyPlan(html: string, plan: PagePlan): PassedPage {
  const page: PassedPage = { html: applyEdits(html, plan.edits) };
  if (plan.feed) page.feedBody = applyEdits(html, [...plan.edits, ...plan.feed.edits], plan.feed.start, plan.feed.end);
  return page;
}

export function passPage(html: string, sitePath: string, options: PassOptions = {}): PassedPage {
  return applyPlan(html, planPage(html, sitePath, options));
}
