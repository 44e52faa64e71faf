/**
 * TRUST BOUNDARY: the only place where content is compiled to React.
 *
 * Content comes from pull requests by people outside the core team, so MDX is handled as
 * untrusted input. Before anything is compiled, the tree is walked with the allow-list
 * (allow-list.ts): only listed components and elements, no import/export, no {expressions},
 * no event handlers, no javascript: URLs. A violation throws; `npm run check` reports the
 * same violations with file, line and column before the build starts.
 * next-mdx-remote is used here and nowhere else, so it can be replaced in this one file.
 */
import { compileMDX } from 'next-mdx-remote/rsc';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import type { Root } from 'mdast';
import type { ReactElement } from 'react';
import { ContentError } from '@/lib/content/issues';
import { emptyAnalysis, inspectTree } from './analyze';
import { createMdxComponents, type MdxContext } from './components';
import { rehypeFrenchTypography } from './french-typography';

/** Refuses, at compile time, anything the allow-list does not accept. */
function remarkEnforceAllowList(file: string) {
  return () => (tree: Root) => {
    const result = emptyAnalysis('');
    inspectTree(tree, file, result);
    const errors = result.issues.filter((i) => i.severity === 'error');
    if (errors.length) throw new ContentError(errors);
  };
}

export type RenderInput = {
  /** Body with front matter and HTML comments blanked (lib/content does this). */
  source: string;
  /** For error messages: content/post/x.mdx */
  file: string;
};

export async function renderMdx({ source, file }: RenderInput, context: MdxContext): Promise<ReactElement> {
  const { content } = await compileMDX({
    source,
    components: createMdxComponents(context),
    options: {
      // Expressions are refused by the allow-list already; keep the library's own guard too.
      blockJS: true,
      blockDangerousJS: true,
      mdxOptions: {
        remarkPlugins: [remarkEnforceAllowList(file), remarkGfm],
        rehypePlugins: [
          rehypeSlug,
          [
            rehypeAutolinkHeadings,
            {
              behavior: 'append',
              properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
              content: { type: 'text', value: '#' },
            },
          ],
          rehypeFrenchTypography,
        ],
      },
    },
  });
  return content;
}
