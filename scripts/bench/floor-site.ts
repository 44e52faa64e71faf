/**
 * The floor: what Next itself costs for a site with our routes. A minimal App Router
 * project exporting exactly the HTML paths our build exported, each page an empty
 * <main> with its path, same Next settings (static export, trailing slash, workers).
 * Our build divided by this one is the overhead of our own code.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Writes the floor project into `dir` (under the project, so it resolves its node_modules). */
export function writeFloorSite(dir: string, paths: string[]) {
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
  write('app/page.tsx', `export default function Home() {\n  return <main>/</main>;\n}\n`);
  write(
    'app/[...path]/page.tsx',
    `import paths from '../../paths.json';
export const dynamicParams = false;
export function generateStaticParams() {
  return (paths as string[][]).map((path) => ({ path }));
}
export default async function Page({ params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  return <main>{path.join('/')}</main>;
}
`,
  );
}
