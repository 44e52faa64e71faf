/**
 * An exported page read as browsers read it. parse5 implements the WHATWG parsing
 * algorithm (it is what jsdom and rehype-parse use), so a title that mentions `<meta
 * http-equiv="refresh">` is text here exactly as it is text in a browser: steps after the
 * export decide from elements and attributes, never from substrings of the page.
 *
 * Steps do not re-serialize the tree (that would rewrite every attribute React wrote and
 * change every page): they return edits at the parser's source offsets, and the page is
 * written once with all of them applied. Bytes nobody edited stay as they were.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

export type Document = T.Document;
export type Element = T.Element;
export type Node = T.ChildNode | T.Document | T.DocumentFragment;
export type TextNode = T.TextNode;

/** Replace source [start, end) with text. Removals are edits with an empty text. */
export type Edit = { start: number; end: number; text: string };

export function parsePage(html: string): Document {
  // Scripting off: <noscript> content is then markup (what a reader without scripts sees).
  return parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
}

export const isElement = (node: Node): node is Element => 'tagName' in node;
export const isText = (node: Node): node is TextNode => node.nodeName === '#text';
export const isComment = (node: Node): node is T.CommentNode => node.nodeName === '#comment';

export function childrenOf(node: Node): Node[] {
  if (isElement(node) && node.tagName === 'template') return (node as T.Template).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/** Every node under root in document order (iterative: no recursion limit on deep pages). */
export function* descendants(root: Node): Generator<Node> {
  const stack: Node[] = [...childrenOf(root)].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    yield node;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** Every element under root in document order. */
export function* elements(root: Node): Generator<Element> {
  for (const node of descendants(root)) if (isElement(node)) yield node;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Whitespace-separated tokens of an attribute (class, rel), as the HTML spec splits them. */
export function tokens(el: Element, name: string): string[] {
  return (attr(el, name) ?? '')
    .toLowerCase()
    .split(/[\t\n\f\r ]+/)
    .filter(Boolean);
}

/** The head element's children that are <meta http-equiv=value> (compared ASCII case-insensitively). */
export function headMetas(doc: Document, httpEquiv: string): Element[] {
  const head = headOf(doc);
  if (!head) return [];
  return head.childNodes
    .filter(isElement)
    .filter((el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.trim().toLowerCase() === httpEquiv);
}

export function headOf(doc: Document): Element | undefined {
  const html = doc.childNodes.find(isElement);
  return html?.childNodes.filter(isElement).find((el) => el.tagName === 'head');
}

/** Source range of a node; an element the parser implied (no tag in the source) has none. */
export function rangeOf(node: Node): { start: number; end: number } | undefined {
  const at = (node as T.Element).sourceCodeLocation;
  return at ? { start: at.startOffset, end: at.endOffset } : undefined;
}

/** Source range of an element's content: between its start and end tags. */
export function innerRange(el: Element): { start: number; end: number } | undefined {
  const at = el.sourceCodeLocation;
  if (!at?.startTag || !at.endTag) return undefined;
  return { start: at.startTag.endOffset, end: at.endTag.startOffset };
}

/** Text as HTML text content: what it says, never markup. */
export const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text as a double-quoted attribute value. */
export const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** An edit that gives attribute `name` of `el` a new value, keeping the name as written. */
export function setAttribute(html: string, el: Element, name: string, value: string): Edit | undefined {
  const at = el.sourceCodeLocation?.attrs?.[name];
  if (!at) return undefined;
  const written = html.slice(at.startOffset, at.startOffset + name.length);
  return { start: at.startOffset, end: at.endOffset, text: `${written}="${escapeAttribute(value)}"` };
}

/**
 * The source from `start` to `end` with the edits inside it applied. Edits are applied in
 * source order; an edit inside a removed range (a script inside a removed element) is dropped.
 */
export function applyEdits(html: string, edits: Edit[], start = 0, end = html.length): string {
  const sorted = edits
    .filter((e) => e.start >= start && e.end <= end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = start;
  for (const edit of sorted) {
    if (edit.start < at) continue;
    parts.push(html.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(html.slice(at, end));
  return parts.join('');
}
