/** What reading an MDX body yields, and where a node of it stands in the file. */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { ContentIssue } from '../messages/issues';
import type { AllowedComponent } from './allow-list';

export type Located = { line: number; column: number };
export type LinkRef = Located & { url: string };
export type Heading = { depth: number; text: string; id: string };

export type MdxAnalysis = {
  /** The body with HTML comments blanked: what gets compiled. */
  source: string;
  issues: ContentIssue[];
  /** Plain text up to `<!--more-->`, else the first paragraph. */
  summary: string;
  wordCount: number;
  headings: Heading[];
  links: LinkRef[];
  images: LinkRef[];
  components: Set<AllowedComponent>;
  /** Components used without children or attributes, which read the front matter. */
  bareComponents: Set<AllowedComponent>;
  /** Every use of a component with its string attributes, for cross-reference checks. */
  componentUses: { name: AllowedComponent; attributes: Record<string, string>; line: number; column: number }[];
};

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function position(node: { position?: { start: { line: number; column: number } } }): Located {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
