/**
 * The floors: what Next itself costs for a site with our routes. A minimal App Router
 * project exporting exactly the HTML paths our build exported, same Next settings (static
 * export, trailing slash, workers), none of our code. Three kinds of page:
 *   - empty: an empty <main> with its path: what Next costs per route;
 *   - raw: the <body> of our exported page as raw HTML (dangerouslySetInnerHTML, the same
 *     bytes, no React tree): what Next costs to write pages of our size. Our warm build over
 *     this one is the ratio the bench aims at;
 *   - copies: the body of our exported page, replayed element by element from a tree
 *     (page-trees.ts): what a React tree of that size costs Next.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writePageBodies, writePageTrees } from './page-trees';

export type FloorKind = 'empty' | 'raw' | 'copies';

/**
 * Writes the floor project into `dir` (under the project, so it resolves its node_modules).
 * For 'raw' and 'copies', `outDir` is our export: each page renders the body of our page at
 * the same path.
 */
export function writeFloorSite(dir: string, paths: string[], kind: FloorKind = 'empty', outDir?: string) {
  if (kind !== 'empty' && !outDir) throw new Error(`the ${kind} floor copies an export: give its folder`);
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  const segments = paths.filter((p) => p !== '/').map((p) => p.split('/').filter(Boolean).map(decodeURIComponent));
  write('package.json', JSON.stringify({ name: 'floor', private: true, type: 'module' }));
  write('paths.json', JSON.stringify(segments));
  write(
    'next.config.ts',
    `import os from 'node:os';
export default {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  staticPageGenerationTimeout: 600,
  typescript: { ignoreBuildErrors: true },
  generateBuildId: async () => 'static-export',
  experimental: { cpus: Math.max(1, os.availableParallelism()), staticGenerationMaxConcurrency: 32 },
};
`,
  );
  write(
    'tsconfig.json',
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['dom', 'esnext'],
        jsx: 'react-jsx',
        module: 'esnext',
        moduleResolution: 'bundler',
        strict: false,
        noEmit: true,
        resolveJsonModule: true,
        isolatedModules: true,
        skipLibCheck: true,
      },
      include: ['**/*.ts', '**/*.tsx'],
    }),
  );
  write(
    'app/layout.tsx',
    `export default function Layout({ children }: { children: React.ReactNode }) {\n  return <html lang="fr"><body>{children}</body></html>;\n}\n`,
  );
  const copied = kind !== 'empty';
  if (outDir && copied) {
    const ordered = ['/', ...paths.filter((p) => p !== '/')];
    if (kind === 'copies') {
      writePageTrees(outDir, ordered, path.join(dir, 'trees'));
      write('app/tree.tsx', TREE_PAGE);
    } else {
      writePageBodies(outDir, ordered, path.join(dir, 'bodies'));
      write('app/tree.tsx', RAW_PAGE);
    }
  }
  write(
    'app/page.tsx',
    copied
      ? `import { PageCopy } from './tree';\nexport default function Home() {\n  return <PageCopy index={0} />;\n}\n`
      : `export default function Home() {\n  return <main>/</main>;\n}\n`,
  );
  write(
    'app/[...path]/page.tsx',
    `import paths from '../../paths.json';
export const dynamicParams = false;
export function generateStaticParams() {
  return (paths as string[][]).map((path) => ({ path }));
}
${copied ? "import { PageCopy } from '../tree';\nconst index = new Map((paths as string[][]).map((segments, i) => [segments.join('/'), i + 1]));\n" : ''}export default async function Page({ params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  ${copied ? "const decoded = path.map((segment) => { try { return decodeURIComponent(segment); } catch { return segment; } });\n  return <PageCopy index={index.get(decoded.join('/')) ?? -1} />;" : "return <main>{path.join('/')}</main>;"}
}
`,
  );
}

/** Renders trees/<index>.json with React.createElement: the page's elements, as JSX would make them. */
const TREE_PAGE = `import fs from 'node:fs';
import path from 'node:path';
import { createElement, Fragment, type ReactNode } from 'react';

type Tree = string | [string, Record<string, string>, ...Tree[]];
const BOOLEAN = new Set(['hidden', 'open', 'async', 'defer', 'checked', 'disabled', 'required', 'allowfullscreen', 'itemscope', 'novalidate', 'multiple', 'selected', 'readonly', 'autofocus']);
const RENAMED: Record<string, string> = {
  class: 'className', for: 'htmlFor', tabindex: 'tabIndex', srcset: 'srcSet', srcdoc: 'srcDoc',
  crossorigin: 'crossOrigin', colspan: 'colSpan', rowspan: 'rowSpan', datetime: 'dateTime',
  fetchpriority: 'fetchPriority', referrerpolicy: 'referrerPolicy', allowfullscreen: 'allowFullScreen',
  autocomplete: 'autoComplete', readonly: 'readOnly', maxlength: 'maxLength', itemprop: 'itemProp',
  itemscope: 'itemScope', itemtype: 'itemType', enterkeyhint: 'enterKeyHint', inputmode: 'inputMode',
};
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
function props(attributes: Record<string, string>) {
  const out: Record<string, unknown> = {};
  for (const [raw, value] of Object.entries(attributes)) {
    const name = raw.startsWith('data-') || raw.startsWith('aria-') ? raw : (RENAMED[raw] ?? camel(raw));
    if (name === 'style') {
      out.style = Object.fromEntries(value.split(';').filter((d) => d.includes(':')).map((d) => {
        const at = d.indexOf(':');
        const key = d.slice(0, at).trim();
        return [key.startsWith('--') ? key : camel(key), d.slice(at + 1).trim()];
      }));
    } else out[name] = BOOLEAN.has(raw) && value === '' ? true : value;
  }
  return out;
}
function element(tree: Tree): ReactNode {
  if (typeof tree === 'string') return tree;
  const [tag, attributes, ...children] = tree;
  return createElement(tag, props(attributes), ...children.map(element));
}
export function PageCopy({ index }: { index: number }) {
  const trees: Tree[] = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'trees', index + '.json'), 'utf8'));
  return createElement(Fragment, null, ...trees.map(element));
}
`;

/** Puts bodies/<index>.html into the page as it is: the bytes of our page, no element tree. */
const RAW_PAGE = `import fs from 'node:fs';
import path from 'node:path';

export function PageCopy({ index }: { index: number }) {
  const html = fs.readFileSync(path.join(process.cwd(), 'bodies', index + '.html'), 'utf8');
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
`;
