/**
 * Removes the placeholder pages of routes that had nothing to list (lib/static-params.ts):
 * every file or folder of the export named after the placeholder segment, with Next's
 * payload files beside it. Runs first, so no later step lists or links them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PLACEHOLDER_SEGMENT } from '../../../lib/static-params';

const isPlaceholder = (name: string) => name === PLACEHOLDER_SEGMENT || name.startsWith(`${PLACEHOLDER_SEGMENT}.`);

/** Removes them under `outDir` and returns their paths, relative to it. */
export function removePlaceholderPages(outDir: string): string[] {
  const removed: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (isPlaceholder(entry.name)) {
        fs.rmSync(full, { recursive: true, force: true });
        removed.push(path.relative(outDir, full));
      } else if (entry.isDirectory()) visit(full);
    }
  };
  visit(outDir);
  return removed;
}
