import { annotationData, annotationProperty, shown } from './shown';
import { say } from './say';

/**
 * A problem found in a content file, located precisely enough for an organizer to fix
 * it from the GitHub web editor: file, line, column, what is wrong, what to do.
 */
export type ContentIssue = {
  file: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
};

export function issue(
  file: string,
  at: { line?: number; column?: number } | undefined,
  message: string,
  hint?: string,
  severity: ContentIssue['severity'] = 'error',
): ContentIssue {
  return { file, line: at?.line ?? 1, column: at?.column ?? 1, message, hint, severity };
}

/**
 * `path:line:col  message  (hint)`: the one format the check, the build and CI print. The
 * file name, message and hint quote content: shown escaped, on one line (shown.ts).
 */
export function formatIssue(i: ContentIssue): string {
  const where = `${shown(i.file)}:${i.line}:${i.column}`;
  const tag = i.severity === 'warning' ? 'warning: ' : '';
  return `${where}  ${tag}${shown(i.message)}${i.hint ? `  (${shown(i.hint)})` : ''}`;
}

/** GitHub Actions workflow command, so the problem shows on the pull request's diff. */
export function formatGithubAnnotation(i: ContentIssue): string {
  const props = `file=${annotationProperty(i.file)},line=${i.line},col=${i.column}`;
  return `::${i.severity} ${props}::${annotationData(i.message + (i.hint ? ` (${i.hint})` : ''))}`;
}

/**
 * Thrown when content cannot be published; carries every issue found, not just the first.
 * `next build` prints thrown errors with their stack and own properties: the stack is
 * replaced by the message and `issues` hidden, so an organizer reads only the list.
 */
export class ContentError extends Error {
  declare readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    const plural = errors.length === 1 ? '' : 's';
    super(
      say(
        `${errors.length} problème${plural} de contenu (npm run check les liste sans construire) :\n`,
        `${errors.length} content problem${plural} (npm run check lists them without building):\n`,
      ) + errors.map(formatIssue).join('\n'),
    );
    // The first line an organizer sees, in the terminal and on npm run dev's error page.
    this.name = say('Erreur de contenu', 'ContentError');
    Object.defineProperty(this, 'issues', { value: issues, enumerable: false });
    this.stack = `${this.name}: ${this.message}`;
  }
}
