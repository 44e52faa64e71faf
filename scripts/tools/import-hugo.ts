/**
 * npm run import:hugo -- <hugo-site-dir> [--dry-run]
 *
 * Turns the old Hugo site into this project's content (see scripts/tools/import-hugo/): posts,
 * pages, tag descriptions, static files; prints a report and the site configuration.
 * Exit code 1 when a file could not be imported (each is listed with its line and why).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readArgs } from '../cli/args';
import { importHugoSite } from './import-hugo/site';
import { shown } from '../../lib/messages/shown';

const USAGE = 'usage: npm run import:hugo -- <hugo-site-dir> [--dry-run]   (writes into IMPORT_TARGET, default .)';
const { values, positionals } = readArgs(USAGE, {
  options: { 'dry-run': { type: 'boolean', default: false } },
  allowPositionals: true,
});
const dryRun = values['dry-run'];
const [source] = positionals;

if (!source || !fs.existsSync(path.join(source, 'content'))) {
  console.error(
    source
      ? `import:hugo: ${shown(source)} has no content/ folder: give the folder of the Hugo site (the one with hugo.toml or config.toml)`
      : USAGE,
  );
  process.exit(1);
}
const target = path.resolve(process.env.IMPORT_TARGET ?? '.');
const report = importHugoSite(path.resolve(source), target, { dryRun });
console.log(report.format(dryRun));
if (!dryRun && report.written.length)
  console.log('\nnext: npm run check, then npm run dev to look at the imported pages');
process.exit(report.errors.length ? 1 : 0);
