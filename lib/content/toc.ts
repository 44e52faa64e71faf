/**
 * The table of contents of a long document: its ## and ### headings, with the ids
 * rehype-slug gives them (lib/mdx/analyze.ts computes both the same way). Short texts
 * get none: a list of two headings above three paragraphs is clutter.
 */
import type { Heading } from './types';

/** Below this, the text is read in a few minutes and needs no map. */
const TOC_MIN_WORDS = 600;
const TOC_MIN_HEADINGS = 3;

export type TocEntry = Heading & { children: Heading[] };

export function tableOfContents({ headings, wordCount }: { headings: Heading[]; wordCount: number }): TocEntry[] {
  const listed = headings.filter((h) => h.depth === 2 || h.depth === 3);
  if (wordCount < TOC_MIN_WORDS || listed.length < TOC_MIN_HEADINGS) return [];
  const entries: TocEntry[] = [];
  for (const heading of listed) {
    const parent = entries.at(-1);
    // A ### before any ## is shown at the top level rather than dropped.
    if (heading.depth === 3 && parent) parent.children.push(heading);
    else entries.push({ ...heading, children: [] });
  }
  return entries;
}
