/**
 * One file can hold thousands of the same mistake (a pasted table of broken links): the
 * report keeps the first problems of each file, in line order, and says how many more
 * there are, so the terminal and the pull request stay readable and the report stays small.
 */
import { issue, type ContentIssue } from './issues';
import { say } from './say';

export const MAX_ISSUES_PER_FILE = 50;

export function capIssuesPerFile(issues: ContentIssue[], max = MAX_ISSUES_PER_FILE): ContentIssue[] {
  const byFile = new Map<string, ContentIssue[]>();
  for (const i of issues) {
    const list = byFile.get(i.file);
    if (list) list.push(i);
    else byFile.set(i.file, [i]);
  }
  const kept: ContentIssue[] = [];
  for (const [file, list] of byFile) {
    if (list.length <= max) {
      kept.push(...list);
      continue;
    }
    const sorted = [...list].sort((a, b) => a.line - b.line || a.column - b.column);
    const shown = sorted.slice(0, max);
    const rest = sorted.slice(max);
    const errors = rest.filter((i) => i.severity === 'error').length;
    kept.push(
      ...shown,
      issue(
        file,
        rest[0],
        say(
          `… et ${rest.length} autres problèmes dans ce fichier (${errors} erreurs), à partir de cette ligne`,
          `… and ${rest.length} more problems in this file (${errors} errors), from this line on`,
        ),
        say(
          'corrigez les problèmes ci-dessus puis relancez npm run check pour voir la suite',
          'fix the problems above, then run npm run check again to see the rest',
        ),
        errors ? 'error' : 'warning',
      ),
    );
  }
  return kept;
}
