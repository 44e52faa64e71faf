/**
 * npm run pr-preview -- [--base origin/main] [--out preview]
 *
 * For a pull request: lists the pages its files add or change (git diff against the base),
 * screenshots them from the built export (phone and desktop, light and dark) into --out,
 * and writes --out/summary.md, appended to the job summary when $GITHUB_STEP_SUMMARY is set.
 * Run after npm run build. The PR workflow uploads out/ and --out as artifacts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { getArchive, getContent } from '../lib/content';
import { changedPages } from '../lib/community/changed-pages';
import { readArgs } from './cli/args';
import { takeShots, type Shot } from './preview/shots';

const { values } = readArgs(
  'usage: npm run pr-preview -- [--base main] [--out preview]   (base: --base, else origin/$GITHUB_BASE_REF, else main)',
  {
    options: { base: { type: 'string' }, out: { type: 'string', default: 'preview' } },
  },
);
const base = values.base ?? (process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : 'main');
const shotsDir = path.resolve(values.out);

function changedFiles(): string[] {
  const diff = execFileSync('git', ['diff', '--name-only', '--diff-filter=AMR', `${base}...HEAD`], {
    encoding: 'utf8',
  });
  return diff.split('\n').filter(Boolean);
}

function summaryMarkdown(pages: string[], shots: Shot[], unpublished: string[]): string {
  const lines = ['## Aperçu des pages de cette pull request', ''];
  if (!pages.length) lines.push('Aucune page de contenu ajoutée ou modifiée.', '');
  for (const page of pages) {
    const files = shots.filter((s) => s.page === page).map((s) => `\`${path.basename(s.file)}\``);
    const broken = shots.some((s) => s.page === page && s.status !== 200);
    lines.push(`- \`${page}\`${broken ? ' **(erreur HTTP)**' : ''} : ${files.join(', ')}`);
  }
  if (unpublished.length)
    lines.push(
      '',
      'Fichiers sans page publiée (brouillon, programmé, ou non utilisés) :',
      ...unpublished.map((f) => `- \`${f}\``),
    );
  lines.push(
    '',
    `Captures (téléphone 390×844, ordinateur 1280×800, clair et sombre) dans l'artefact **preview**, le site complet dans l'artefact **site**.`,
  );
  return `${lines.join('\n')}\n`;
}

try {
  const files = changedFiles();
  const { pages, unpublished } = changedPages(files, getContent(), getArchive());
  fs.rmSync(shotsDir, { recursive: true, force: true });
  const shots = pages.length ? await takeShots(pages, { outDir: path.resolve('out'), shotsDir, dark: true }) : [];
  fs.mkdirSync(shotsDir, { recursive: true });
  const summary = summaryMarkdown(pages, shots, unpublished);
  fs.writeFileSync(path.join(shotsDir, 'summary.md'), summary);
  if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary);
  console.log(summary);
  if (shots.some((s) => s.status !== 200)) process.exitCode = 1;
} catch (error) {
  console.error(`pr-preview: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
