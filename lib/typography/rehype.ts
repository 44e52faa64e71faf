/**
 * The French typography of lib/typography/typeset.ts on rendered MDX: each block (paragraph,
 * list item, heading...) is typeset as one run, so a quote opened before an <em> closes after
 * it; code is left alone.
 */
import type { Element, Root, RootContent, Text } from 'hast';
import { BLOCK_TAGS, OPAQUE_TAGS } from './blocks';
import { typesetRun, type Piece } from './typeset';

type Run = { pieces: Piece[]; nodes: (Text | null)[] };

function flush(run: Run) {
  if (!run.nodes.some(Boolean)) return;
  const texts = typesetRun(run.pieces);
  run.nodes.forEach((node, i) => {
    if (node) node.value = texts[i];
  });
  run.pieces = [];
  run.nodes = [];
}

function walk(node: Root | RootContent, run: Run) {
  if (node.type === 'text') {
    run.pieces.push({ text: node.value });
    run.nodes.push(node);
  } else if (node.type === 'element' || node.type === 'root') {
    const tag = node.type === 'element' ? (node as Element).tagName : 'root';
    if (OPAQUE_TAGS.has(tag)) {
      run.pieces.push({ text: '', opaque: true });
      run.nodes.push(null);
      return;
    }
    const block = tag === 'root' || BLOCK_TAGS.has(tag);
    if (block) flush(run);
    for (const child of node.children) walk(child, run);
    if (block) flush(run);
  }
}

export function rehypeFrenchTypography() {
  return (tree: Root) => walk(tree, { pieces: [], nodes: [] });
}
