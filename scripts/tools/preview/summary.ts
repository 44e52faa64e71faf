/**
 * The preview's Markdown, for the job summary and preview/summary.md: the pages a pull
 * request adds, changes and removes, their screenshots, the uploads no page uses, and the
 * artifacts to download, named as the workflow uploads them.
 */
import path from 'node:path';
import type { Shot } from './shots';
import type { ExportDiff } from './export-diff';
import { PREVIEW_ARTIFACTS } from './artifacts';

/** Beyond this, a code change moved the whole site: the list says so, screenshots stay few. */
export const MAX_SHOTS = 40;

/** Content text in Markdown code: no backtick or line break can close it or start a new line. */
export const code = (text: string) => `\`${text.replace(/[`\n\r]/g, ' ')}\``;

export type PreviewResult = {
  /** Undefined when there is nothing to compare (the PR's build failed). */
  diff?: ExportDiff;
  /** What went wrong, in one French sentence. */
  problem?: string;
  unused: string[];
  shots: Shot[];
  capped: boolean;
};

function pageList(title: string, pages: string[], shots: Shot[]): string[] {
  if (!pages.length) return [];
  const lines = [`### ${title} (${pages.length})`, ''];
  for (const page of pages) {
    const files = shots.filter((s) => s.page === page).map((s) => code(path.basename(s.file)));
    const broken = shots.some((s) => s.page === page && s.status !== 200);
    lines.push(`- ${code(page)}${broken ? ' **(erreur HTTP)**' : ''}${files.length ? ` : ${files.join(', ')}` : ''}`);
  }
  return [...lines, ''];
}

export function summaryMarkdown(result: PreviewResult): string {
  const { diff, shots } = result;
  const lines = ['## Aperçu des pages de cette pull request', ''];
  if (result.problem) lines.push(`**${result.problem}**`, '');
  if (diff) {
    if (!diff.added.length && !diff.removed.length && !diff.changed.length)
      lines.push('Aucune page ajoutée, retirée ou modifiée par rapport à la branche de base.', '');
    lines.push(
      ...pageList('Pages ajoutées', diff.added, shots),
      ...pageList('Pages modifiées', diff.changed, shots),
      ...pageList('Pages retirées', diff.removed, []),
    );
    lines.push(`${diff.unchanged} page(s) identiques à la branche de base.`, '');
    if (result.capped) lines.push(`Captures des ${MAX_SHOTS} premières pages seulement.`, '');
  }
  if (result.unused.length)
    lines.push(
      'Fichiers ajoutés ou modifiés qu’aucune page n’utilise :',
      ...result.unused.map((f) => `- ${code(f)}`),
      '',
    );
  const { screenshots, site } = PREVIEW_ARTIFACTS;
  lines.push(
    `Captures (téléphone 390×844, ordinateur 1280×800, clair et sombre) dans l’artefact **${screenshots.name}**, le site construit dans l’artefact **${site.name}** (à servir avec \`npm run serve\`).`,
  );
  return `${lines.join('\n')}\n`;
}
