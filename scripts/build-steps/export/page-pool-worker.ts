/** One worker of page-pool.ts: passes its share of the pages and sends back what it found. */
import { parentPort, workerData } from 'node:worker_threads';
import { passFiles } from './page-files';

const { outDir, rels, feedPaths } = workerData as { outDir: string; rels: string[]; feedPaths: string[] };
parentPort?.postMessage(passFiles(outDir, rels, new Set(feedPaths)));
