/**
 * npx tsx scripts/tools/bench/cpu-profile.ts DIR [--top 40] [--pages N] [--only processChild]
 *
 * Sums the self time of every .cpuprofile in DIR (written by node --cpu-prof, or for `next
 * build` and its workers by the preload cpu-prof-preload.cjs) by kind of work, module and function,
 * so a build's CPU can be split between Next, React, the MDX compiler and our own code.
 * With --pages N the figures are also given in ms per page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

type Frame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type Node = { id: number; callFrame: Frame; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '40' }, pages: { type: 'string' }, only: { type: 'string' } },
});
const dir = positionals[0];
if (!dir) throw new Error('usage: cpu-profile.ts DIR [--top 40] [--pages N]');
const top = Number(values.top);
const pages = values.pages ? Number(values.pages) : undefined;

/** Bundled chunks (.next/server/chunks) are mapped back to their sources with their .map files. */
const maps = new Map<string, SourceMap | undefined>();
function original(frame: Frame): Frame {
  if (!frame.url.includes('/.next/')) return frame;
  const file = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url;
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8'))));
    } catch {
      maps.set(file, undefined);
    }
  }
  const entry = maps.get(file)?.findEntry(frame.lineNumber, frame.columnNumber) as
    | { originalSource?: string; originalLine?: number }
    | undefined;
  if (!entry?.originalSource) return frame;
  const url = entry.originalSource.replace(/^.*\[project\]\//, '').replace(/^turbopack:\/\/\/?/, '');
  return { ...frame, url, lineNumber: entry.originalLine ?? frame.lineNumber };
}

/** Where a frame's code comes from: a package, Next's runtime, our code, or the engine. */
function moduleOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  const chunkPkg = /node_modules_((?:@[^_]+_)?[^_.]+)/.exec(url);
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  if (pkg) return pkg[1];
  if (chunkPkg) return `chunk:${chunkPkg[1]}`;
  if (/\.next\//.test(url))
    return `.next:${path
      .basename(url)
      .replace(/_[0-9a-f]{6,}\./, '.')
      .slice(0, 60)}`;
  const own = /(?:^|\/)((?:lib|components|app|scripts)\/.*)$/.exec(url);
  if (own) return own[1].split('/').slice(0, 2).join('/');
  return path
    .relative(process.cwd(), url.replace(/^file:\/\//, ''))
    .split('/')
    .slice(0, 2)
    .join('/');
}

/** The few kinds of work a build's CPU goes to, to compare ours with Next's floor. */
const CATEGORIES: [string, RegExp][] = [
  ['idle', /^\(idle\)$/],
  ['garbage collection', /^\(garbage collector\)$/],
  [
    'MDX compile',
    /^(micromark|mdast-|@mdx-js|astring|estree-|hast-util-to-estree|unified|trough|vfile|next-mdx-remote|unist-|remark-|rehype-|hast-util-|property-information|zwitch|devlop|decode-named|character-entities|html-void|space-separated|comma-separated|style-to|acorn|ccount|markdown-table|longest-streak|github-slugger|lib\/mdx|components\/mdx|lib\/typography\/rehype)/,
  ],
  ['React + Next rendering', /^(next|react|react-dom|chunk:next|\[turbopack\]|\.next:)/],
  ['CSS (Tailwind, PostCSS)', /^(@tailwindcss|tailwindcss|lightningcss|postcss)/],
  ['our code (lib, components, app, scripts)', /^(lib|components|app|scripts)\//],
  ['Node streams, zlib, fs, modules', /^(node:|\(native\)|\(program\))/],
];
const categoryOf = (mod: string) => CATEGORIES.find(([, re]) => re.test(mod))?.[0] ?? `other (${mod})`;
const byCategory = new Map<string, number>();
const byFunction = new Map<string, number>();
const byModule = new Map<string, number>();
let total = 0;
const perProcess: string[] = [];
for (const name of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile') && (!values.only || f.includes(values.only)))) {
  const profile = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  let sum = 0;
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = original(nodes.get(id)!.callFrame);
    const fn = `${functionName || '(anonymous)'} ${
      url
        ? `${url
            .replace(/^.*node_modules\//, '')
            .replace(/^.*\.next\//, '.next/')
            .slice(-70)}:${lineNumber + 1}`
        : ''
    }`;
    const mod = moduleOf(url, functionName);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byModule.set(mod, (byModule.get(mod) ?? 0) + us);
    byCategory.set(categoryOf(mod), (byCategory.get(categoryOf(mod)) ?? 0) + us);
    sum += us;
  }
  total += sum;
  perProcess.push(`${name}: ${(sum / 1e6).toFixed(1)} s`);
}

const fmt = (us: number) =>
  `${(us / 1e6).toFixed(2).padStart(8)} s ${((100 * us) / total).toFixed(1).padStart(5)}%${pages ? ` ${(us / 1e3 / pages).toFixed(2).padStart(7)} ms/page` : ''}`;
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${fmt(us)}  ${key}`);
};
console.log(
  `${perProcess.length} profiles, ${(total / 1e6).toFixed(1)} s sampled${pages ? `, ${(total / 1e3 / pages).toFixed(2)} ms per page` : ''}`,
);
for (const line of perProcess) console.log(`  ${line}`);
print('By kind of work', byCategory);
print('By module', byModule);
print('By function', byFunction);
