/**
 * Decodes the images named on standard input (a JSON list of paths) with the build's own
 * decode (decodeForPublishing) and prints, as JSON, the reason each one that fails is
 * refused. Run by decode-check.ts, which the synchronous check cannot do itself: sharp
 * decodes asynchronously.
 */
import fs from 'node:fs';
import { decodeForPublishing } from './variants';

const files = JSON.parse(fs.readFileSync(0, 'utf8')) as string[];
const failures: Record<string, string> = {};
for (const file of files) {
  try {
    await decodeForPublishing(fs.readFileSync(file));
  } catch (error) {
    failures[file] = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  }
}
process.stdout.write(JSON.stringify(failures));
