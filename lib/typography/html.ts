/**
 * The typography of typeset.ts on a finished HTML page, so interface text (menus, titles,
 * labels, cards) gets it like the content: only text nodes of the parsed page, never
 * attributes, code, scripts or styles. Text the parser decoded is written back escaped, so
 * a title that mentions markup stays text. Runs once per page after the export.
 */
import { BLOCK_TAGS, OPAQUE_TAGS } from './blocks';
import { typesetRun, type Piece } from './typeset';
import {
  applyEdits,
  attr,
  childrenOf,
  type Document,
  type Edit,
  escapeText,
  isElement,
  isText,
  type Node,
  parsePage,
  rangeOf,
  type TextNode,
} from '../html/page-tree';

/** Elements whose content is not text to a browser (raw text) or not shown as prose. */
const SKIPPED = new Set([...OPAQUE_TAGS, 'iframe', 'noembed', 'noframes', 'xmp', 'plaintext']);

/**
 * The typesetter for text in a given language (the nearest lang attribute). Every page is
 * French typography today; a language with other rules plugs in here.
 */
export function typesetterFor(_lang: string | undefined): (pieces: Piece[]) => string[] {
  return typesetRun;
}

type Run = { pieces: Piece[]; nodes: (TextNode | null)[]; lang: string | undefined };

/** An element in another language than French (lang="en" on an English talk's title) keeps its own typography. */
const foreignLanguage = (lang: string | undefined) => lang !== undefined && !/^fr\b/i.test(lang);

/** Edits that typeset every run of text of the page; `skip` holds elements being removed. */
export function typesetEdits(doc: Document, skip: ReadonlySet<Node> = new Set()): Edit[] {
  const edits: Edit[] = [];
  const flush = (run: Run) => {
    if (run.nodes.some(Boolean)) {
      const texts = typesetterFor(run.lang)(run.pieces);
      run.nodes.forEach((node, i) => {
        const range = node && rangeOf(node);
        if (node && range && texts[i] !== node.value) edits.push({ ...range, text: escapeText(texts[i]) });
      });
    }
    run.pieces = [];
    run.nodes = [];
  };
  // Iterative walk: an exit marker closes a block, so deep pages need no recursion.
  type Step = { node: Node; lang: string | undefined } | { exit: true; lang: string | undefined };
  let run: Run = { pieces: [], nodes: [], lang: undefined };
  const stack: Step[] = [{ node: doc, lang: undefined }];
  while (stack.length) {
    const step = stack.pop()!;
    if ('exit' in step) {
      flush(run);
      run = { pieces: [], nodes: [], lang: step.lang };
      continue;
    }
    const { node } = step;
    if (skip.has(node)) continue;
    if (isText(node)) {
      run.pieces.push({ text: node.value });
      run.nodes.push(node);
      continue;
    }
    if (!isElement(node) && node.nodeName !== '#document') continue; // comments, doctype
    const tag = isElement(node) ? node.tagName : '#document';
    if (SKIPPED.has(tag) || (isElement(node) && foreignLanguage(attr(node, 'lang') || undefined))) {
      run.pieces.push({ text: '', opaque: true });
      run.nodes.push(null);
      continue;
    }
    const lang = (isElement(node) && attr(node, 'lang')) || step.lang;
    const block = tag === '#document' || BLOCK_TAGS.has(tag);
    if (block) {
      flush(run);
      run = { pieces: [], nodes: [], lang };
      stack.push({ exit: true, lang: step.lang });
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], lang });
  }
  flush(run);
  return edits;
}

/** One page typeset (tests and one-off use; the export applies the edits in its single pass). */
export function typesetHtml(html: string): string {
  return applyEdits(html, typesetEdits(parsePage(html)));
}
