/**
 * npm run test:hosts [export folder, default out]: serves the export with each host's recipe
 * of hosting/ (nginx, Apache, Caddy and lighttpd as real servers, started here as processes
 * of this test; Cloudflare Pages/Netlify and S3 + CloudFront rebuilt from their documented
 * behaviour) and checks what visitors and crawlers get from each. Builds nothing: run
 * `npm run build` first. Prints the table README's host table comes from; exits 1 on a failure.
 * Ports: TEST_HOSTS_PORT and the 7 after it (default 8350).
 */
import fs from 'node:fs';
import type http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/browser/chromium';
import { readArgs } from '../../scripts/cli/args';
import { SERVERS } from '../../scripts/build-steps/export/server-rules';
import { type Abilities, checkHost, checkSearch, COLUMNS, readSite, type Row } from './test-hosts/checks';
import { createStaticServer } from '../../scripts/serve/static-server';
import { cloudFront, exactKeyStore, pagesHost } from './test-hosts/emulated';
import { startServer, type Started } from './test-hosts/servers';
import { siteConfig } from '../../lib/site-config';

const { positionals } = readArgs('usage: npm run test:hosts -- [export folder, default out]', {
  options: {},
  allowPositionals: true,
});
const outDir = path.resolve(positionals[0] ?? 'out');
if (!fs.existsSync(path.join(outDir, 'index.html'))) {
  console.error(`test:hosts: no export in ${outDir}: run npm run build first`);
  process.exit(1);
}
if (siteConfig.basePath) {
  console.error('test:hosts: serves the site at the root of each host: build without BASE_PATH');
  process.exit(1);
}
const base = Number(process.env.TEST_HOSTS_PORT ?? 8350);
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'test-hosts-'));
// Servers running as another user (nginx's and Apache's workers) read the export and the rules.
fs.chmodSync(temp, 0o755);

function listening(port: number, timeout = 10_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() - started > timeout) reject(new Error(`nothing listens on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

const listen = (server: http.Server, port: number) =>
  new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));

const NAMES: Record<(typeof SERVERS)[number], string> = {
  nginx: 'nginx',
  apache: 'Apache',
  caddy: 'Caddy',
  lighttpd: 'lighttpd',
};
// The real servers on the first ports, in SERVERS' order, then the rebuilt hosts.
const HOSTS: { name: string; kind: string; can: Abilities }[] = [
  ...SERVERS.map((s) => ({ name: NAMES[s], kind: 'real server', can: { headers: true, redirects: true } })),
  {
    name: 'Cloudflare Pages / Netlify',
    kind: '_headers, _redirects applied',
    can: { headers: true, redirects: true },
  },
  {
    name: 'S3 + CloudFront',
    kind: 'exact-key store + function',
    can: { headers: true, redirects: false },
  },
  {
    name: 'GitHub Pages',
    kind: 'npm run serve (reads no rules)',
    can: { headers: false, redirects: false },
  },
];

const site = readSite(outDir);
const processes: Started[] = [];
const servers: http.Server[] = [];
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const results: { name: string; kind: string; row: Row; failures: string[] }[] = [];
let exitCode = 0;
try {
  const started = performance.now();
  SERVERS.forEach((server, i) => {
    processes.push(startServer(server, outDir, base + i, path.join(temp, server)));
  });
  const pages = pagesHost(outDir);
  const store = exactKeyStore(outDir);
  const front = cloudFront(`http://127.0.0.1:${base + 7}`);
  // GitHub Pages: a plain static server, as the project's own (clean URLs, 404.html, no headers read).
  const plain = createStaticServer(outDir, '');
  servers.push(pages, store, front, plain);
  await Promise.all([
    listen(pages, base + 4),
    listen(front, base + 5),
    listen(plain, base + 6),
    listen(store, base + 7),
  ]);
  // Hosts are checked side by side: each waits mostly on its server and on the browser.
  const checked = await Promise.all(
    HOSTS.map(async (host, i) => {
      try {
        await listening(base + i);
      } catch {
        const log = processes[i] ? fs.readFileSync(processes[i].log, 'utf8') : '';
        return { ...host, row: {}, failures: [`did not start: ${log.trim().split('\n').slice(-3).join(' / ')}`] };
      }
      return { ...host, ...(await checkHost(site, `http://127.0.0.1:${base + i}`, host.can)) };
    }),
  );
  // One search at a time: Chromium is the costly part, and a loaded machine would time out.
  for (const [i, result] of checked.entries()) {
    if (!Object.keys(result.row).length) continue;
    const search = await checkSearch(site, `http://127.0.0.1:${base + i}`, browser);
    Object.assign(result.row, search.row);
    result.failures.push(...search.failures);
  }
  results.push(...checked);
  const table = [
    `| host | served as | ${COLUMNS.join(' | ')} |`,
    `| --- | --- | ${COLUMNS.map(() => '---').join(' | ')} |`,
    ...results.map((r) => `| ${r.name} | ${r.kind} | ${COLUMNS.map((c) => r.row[c] ?? '–').join(' | ')} |`),
  ].join('\n');
  console.log(`\n${table}\n`);
  console.log(
    `test:hosts: ${site.pages.length} pages of the sitemap, a search for « ${site.word} », on ${results.length} hosts (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  for (const r of results) for (const f of r.failures) console.error(`test:hosts: ${r.name}: ${f}`);
  exitCode = results.some((r) => r.failures.length) ? 1 : 0;
} finally {
  await browser.close();
  for (const server of servers) server.close();
  for (const started of processes) started.process.kill();
  fs.rmSync(temp, { recursive: true, force: true });
}
process.exit(exitCode);
