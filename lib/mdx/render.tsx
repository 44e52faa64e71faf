/**
 * TRUST BOUNDARY: the only place where content is compiled to React.
 *
 * Content (everything under content/) comes from pull requests by people outside the core
 * team, and `npm run check`, `npm run build` and `npm run dev` run on it on laptops, in the
 * pull request's check and in the deploy job. Content is data, never code:
 *
 * May: Markdown; the components and HTML elements of lib/mdx/allow-list.ts with quoted
 *   string attributes; URLs with http(s):, mailto:, tel: or a path of this site (isSafeUrl,
 *   the one URL policy: MDX body, front matter, partner, speaker and tag records alike);
 *   images that are files of content/img/ written by their plain path (lib/images/image-ref.ts).
 * May never: run code at any step (no import/export, no {expressions}, no event handlers,
 *   no <script>; front matter is YAML between --- lines read by the `yaml` library, which
 *   builds plain data only: gray-matter and its eval-based engines are not used at all);
 *   put a script URL anywhere (javascript:, data:, file:, vbscript:...); write outside its
 *   own pages (an alias or a page name that would take a feed, a calendar, _headers or a
 *   public/ file is refused); break out of the format it is written to (feeds, calendars,
 *   JSON and HTML are written by code that escapes each string for its format; single-line
 *   fields refuse control characters); crash the check (every problem is a file:line:col).
 *
 * The whole boundary is this folder: the allow-list and the analysis the check uses, the
 * enforcement, this compile step, its cache and the component registry (registry.tsx). Before
 * anything is compiled, the tree is walked with the allow-list (enforce.ts); a violation
 * throws; `npm run check` reports the same violations first. next-mdx-remote is used here and nowhere else (with its front matter
 * parsing off; compile-cache.ts keeps its compiled output between builds), so it can be
 * replaced in this folder. CONTRIBUTING.md says the same to organizers.
 */
import { compileMDX } from './compile-cache';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import type { ReactElement } from 'react';
import { remarkEnforceAllowList } from './enforce';
import { rehypeFrenchTypography } from '@/lib/typography/rehype';
import { siteConfig } from '@/lib/site-config';
import { createMdxComponents, type MdxContext } from './registry';

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
          // French typography on a French site only (site.yaml's language).
          ...(siteConfig.language === 'fr' ? [rehypeFrenchTypography] : []),
        ],
      },
    },
  });
  return content;
}
