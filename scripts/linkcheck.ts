/**
 * npm run linkcheck: crawls the static export (out/) as a visitor would, served by
 * scripts/serve.ts on a free port, and fails if any internal link, image (srcset included)
 * or stylesheet asset does not resolve. External links are not fetched: the build must not depend
 * on other sites being up. Every exported page is a starting point, so a page no other
 * page links to is checked too.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { check, LinkState } from 'linkinator';
import { deployTarget } from '../lib/site-config';
import { createStaticServer } from './serve';

const outDir = path.resolve(process.argv[2] ?? 'out');
const basePath = deployTarget().basePath;

function htmlPages(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) return htmlPages(abs);
    if (!e.name.endsWith('.html')) return [];
    const rel = `/${path.relative(outDir, abs).split(path.sep).join('/')}`;
    return [rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel];
  });
}

async function main() {
  if (!fs.existsSync(path.join(outDir, 'index.html'))) {
    console.error(`linkcheck: ${path.relative(process.cwd(), outDir)}/index.html is missing: run "npm run build" first`);
    process.exit(1);
  }
  const server = createStaticServer(outDir, basePath);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const started = performance.now();
  try {
    const pages = htmlPages(outDir).sort();
    const result = await check({
      path: pages.map((p) => `${origin}${basePath}${p}`),
      recurse: true,
      checkCss: true,
      concurrency: 8,
      timeout: 10_000,
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN);
    const checked = result.links.filter((l) => l.state === LinkState.OK).length;
    const shown = (url?: string) => (url ?? '').replace(origin, '');
    // A page reached with and without its trailing slash is one page: report each target once.
    const parents = new Map<string, Set<string>>();
    for (const link of broken) {
      const target = `${shown(link.url)} (${link.status || 'no answer'})`;
      const parent = shown(link.parent).replace(/^([^?#]*?\/[^/.?#]+)$/, '$1/');
      parents.set(target, (parents.get(target) ?? new Set()).add(parent));
    }
    for (const [target, from] of [...parents].sort()) console.error(`${[...from].sort().join(', ')}  broken link to ${target}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const summary = `${pages.length} pages, ${checked} internal links and assets resolved, external links not fetched (${seconds} s)`;
    if (parents.size) {
      console.error(`linkcheck: ${parents.size} broken (${summary})`);
      process.exitCode = 1;
    } else {
      console.log(`linkcheck: OK, ${summary}`);
    }
  } finally {
    server.close();
  }
}

main().catch((error) => {
  console.error(`linkcheck: ${(error as Error).message}`);
  process.exit(1);
});
