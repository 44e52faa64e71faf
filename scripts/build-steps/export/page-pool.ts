/**
 * The page pass over every page of a large export on every core: the pages are dealt to
 * worker threads (one a core), each reads, passes and writes its own pages once. Parsing
 * and rewriting thousands of pages is the longest step of postbuild, and one process uses
 * one core. A small export is passed in the build's process: starting workers would cost
 * more than they save.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { type PassedFiles, passFiles } from './page-files';

/** Below this many pages a second thread does not pay for its start (about a second to load the code). */
const POOL_FROM = 400;

function runWorker(outDir: string, rels: string[], feedPaths: string[]): Promise<PassedFiles> {
  // The worker is TypeScript: it registers tsx's loader first, as the build's process has it.
  const loader = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./page-pool-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); });`;
  return new Promise((resolve, reject) => {
    const thread = new Worker(code, { eval: true, workerData: { outDir, rels, feedPaths } });
    let result: PassedFiles | undefined;
    thread.once('message', (message: PassedFiles) => {
      result = message;
    });
    thread.once('error', reject);
    thread.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`the page pass stopped (exit ${code}) before its pages were written`));
    });
  });
}

/** Passes every file of `rels` (HTML pages of `outDir`); `feedPaths`: the pages whose feed text is wanted. */
export async function passAllPages(
  outDir: string,
  rels: readonly string[],
  feedPaths: ReadonlySet<string>,
  threads = Math.min(os.availableParallelism(), Math.ceil(rels.length / POOL_FROM)),
): Promise<PassedFiles> {
  if (threads <= 1) return passFiles(outDir, rels, feedPaths);
  // Dealt in turn, so each thread gets as many posts as lists and event pages.
  const shares = Array.from({ length: threads }, (_, i) => rels.filter((_, j) => j % threads === i));
  const done = await Promise.all(shares.map((share) => runWorker(outDir, share, [...feedPaths])));
  return {
    pages: done.reduce((sum, d) => sum + d.pages, 0),
    removedBytes: done.reduce((sum, d) => sum + d.removedBytes, 0),
    feedBodies: done.flatMap((d) => d.feedBodies),
  };
}
