/**
 * Facts the content layer keeps about an MDX body: its summary and its word count (reading
 * time). Read from the parsed tree, never from the compiled page.
 */
import { visit } from 'unist-util-visit';
import { toString as mdastText } from 'mdast-util-to-string';
import type { Root, RootContent, Nodes } from 'mdast';

/** The text before `<!--more-->`, else the first paragraph; whitespace collapsed. */
export function summaryText(tree: Root, moreOffset: number | undefined): string {
  if (moreOffset !== undefined) {
    const parts: string[] = [];
    for (const node of tree.children) {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? 0;
      if (start >= moreOffset) break;
      if (end <= moreOffset) parts.push(plainText(node));
      else if ('children' in node) {
        parts.push(
          (node.children as RootContent[])
            .filter((child) => (child.position?.end.offset ?? 0) <= moreOffset)
            .map(plainText)
            .join(''),
        );
      }
    }
    return collapse(parts.join(' '));
  }
  let first = '';
  visit(tree, 'paragraph', (node) => {
    first = plainText(node);
    return first.trim() ? false : undefined;
  });
  return collapse(first);
}

function plainText(node: RootContent | Root): string {
  return mdastText(node, { includeImageAlt: false });
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text of every text-bearing node, separated, so "fin.Début" of two paragraphs stays two words. */
export function allText(tree: Root): string {
  const parts: string[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value);
  });
  return parts.join(' ');
}

export function countWords(text: string): number {
  return text.split(/[\s\u2019']+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
