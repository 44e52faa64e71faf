/**
 * French typography on rendered text: a narrow no-break space (U+202F) replaces the plain
 * space before ; : ! ? » and after «, so punctuation never wraps onto a line of its own.
 * Code, preformatted text and URLs shown as text are left alone.
 */
import { visitParents } from 'unist-util-visit-parents';
import type { Root, Text, Element } from 'hast';

const NNBSP = '\u202F';
const SKIP = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00A0]+([;:!?»])/g, `${NNBSP}$1`)
    .replace(/«[ \u00A0]+/g, `«${NNBSP}`);
}

export function rehypeFrenchTypography() {
  return (tree: Root) => {
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => a.type === 'element' && SKIP.has((a as Element).tagName))) return;
      node.value = frenchSpacing(node.value);
    });
  };
}
