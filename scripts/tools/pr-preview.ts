/**
 * npm run pr-preview -- [--base origin/main] [--out preview]
 *
 * What a pull request changes for a visitor: builds the base branch aside (the commit the
 * PR started from), compares its export with out/ page by page (scripts/tools/preview/export-diff.ts)
 * and lists every page added, removed or whose HTML changed; added and changed pages are
 * screenshotted (phone and desktop, light and dark) into --out. --out/summary.md is appended
 * to the job summary when $GITHUB_STEP_SUMMARY is set. Run after npm run build; on CI it
 * runs whether the checks passed or not, and says so when the PR's build failed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readArgs } from '../cli/args';
import { takeShots, type Shot } from './preview/shots';
import { diffExports, type ExportDiff } from './preview/export-diff';
import { buildBase, mergeBase } from './preview/base-build';
import { MAX_SHOTS, summaryMarkdown } from './preview/summary';
import { addressesUsed, isUsed, publishedAddresses } from './preview/referenced';
import { deployTarget } from '../../lib/site-config';

const { values } = readArgs(
  'usage: npm run pr-preview -- [--base main] [--out preview]   (base: --base, else origin/$GITHUB_BASE_REF, else main)',
  {
    options: { base: { type: 'string' }, out: { type: 'string', default: 'preview' } },
  },
);
const base = values.base ?? (process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : 'main');
const shotsDir = path.resolve(values.out);
const prOut = path.resolve('out');

function changedContentFiles(commit: string): string[] {
  return execFileSync('git', ['diff', '--name-only', '--diff-filter=AMR', `${commit}...HEAD`, '--', 'content/'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
}

/** Photos, logos and slides the PR adds or changes that no page of its export uses. */
function unusedFiles(files: string[]): string[] {
  const used = addressesUsed(prOut, deployTarget().basePath);
  return files.filter((file) => {
    const bytes = fs.existsSync(file) ? fs.readFileSync(file) : undefined;
    const addresses = publishedAddresses(file, bytes);
    return addresses !== undefined && !isUsed(addresses, used);
  });
}

async function main() {
  fs.rmSync(shotsDir, { recursive: true, force: true });
  fs.mkdirSync(shotsDir, { recursive: true });
  let diff: ExportDiff | undefined;
  let problem: string | undefined;
  let shots: Shot[] = [];
  let unused: string[] = [];
  let capped = false;
  const commit = mergeBase(base);
  if (!fs.existsSync(path.join(prOut, 'index.html'))) {
    problem =
      'Pas de site construit pour cette pull request (la construction, ou une étape avant elle, a échoué) : aucune page à montrer. Voir l’étape en rouge plus haut.';
  } else {
    let baseOut: string | undefined;
    try {
      baseOut = buildBase(commit);
    } catch (error) {
      problem = `La branche de base ne se construit pas (${(error as Error).message}) : toutes les pages sont listées comme ajoutées.`;
    }
    if (!baseOut) {
      baseOut = path.resolve('.cache', 'pr-base-empty');
      fs.mkdirSync(baseOut, { recursive: true });
    }
    diff = diffExports(baseOut, prOut);
    const toShoot = [...diff.added, ...diff.changed];
    capped = toShoot.length > MAX_SHOTS;
    if (toShoot.length) shots = await takeShots(toShoot.slice(0, MAX_SHOTS), { outDir: prOut, shotsDir, dark: true });
    unused = unusedFiles(changedContentFiles(commit));
  }
  const summary = summaryMarkdown({ diff, problem, unused, shots, capped });
  fs.writeFileSync(path.join(shotsDir, 'summary.md'), summary);
  if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary);
  console.log(summary);
  if (shots.some((s) => s.status !== 200)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`pr-preview: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
