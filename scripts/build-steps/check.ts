/**
 * npm run check: validates site.yaml, then all content, without building, and prints each problem as
 * `path:line:col  message  (hint)`, grouped by file. Exit code 1 when there is an error.
 * With GITHUB_ACTIONS set, problems are also printed as annotations on the pull request.
 */
import { formatGithubAnnotation, formatIssue, type ContentIssue } from '../../lib/messages/issues';
import { say } from '../../lib/messages/say';
import { shown } from '../../lib/messages/shown';
import { readArgs } from '../cli/args';
import { reportSettings } from './check-settings';

const { values } = readArgs(
  'usage: npm run check [-- --prepare]   (SITE_DIR: the folder of site.yaml; CONTENT_DIR: the content folder, default content/; CONTENT_LANG=en|fr: messages in that language, default the site’s; --prepare: after a clean check, the image and body steps, as npm run build runs them)',
  { options: { prepare: { type: 'boolean' } } },
);

// The settings first: the content is read with them (its time zone, its organizer's key).
if (!reportSettings()) process.exit(1);
const { loadContent } = await import('../../lib/content/load');
const { kindCounts } = await import('../../lib/content/kinds');
const started = performance.now();
const { content, issues } = loadContent();
const seconds = ((performance.now() - started) / 1000).toFixed(2);

const byFile = new Map<string, ContentIssue[]>();
for (const i of issues) byFile.set(i.file, [...(byFile.get(i.file) ?? []), i]);
for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`\n${shown(file)}`);
  for (const i of list.sort((a, b) => a.line - b.line || a.column - b.column)) console.log(`  ${formatIssue(i)}`);
}
if (process.env.GITHUB_ACTIONS) for (const i of issues) console.log(formatGithubAnnotation(i));

const errorIssues = issues.filter((i) => i.severity === 'error');
const errors = errorIssues.length;
const warnings = issues.length - errors;
const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n > 1 ? many : word}`;
const summary = `${kindCounts(content)} ${say(`vérifiés en ${seconds} s`, `checked in ${seconds} s`)}`;
const counts = say(
  `${plural(errors, 'erreur')}, ${plural(warnings, 'avertissement')}`,
  `${errors} error${errors > 1 ? 's' : ''}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
);
if (errors) {
  // A file with an error is left out of the counts: say so, or its post seems unchecked.
  const broken = new Set(errorIssues.map((i) => i.file)).size;
  const where = say(
    `dans ${plural(broken, 'fichier')} à corriger (les autres : `,
    `in ${broken} file${broken > 1 ? 's' : ''} to fix (the others: `,
  );
  console.error(`\ncheck: ${counts} ${where}${summary})`);
  // Not process.exit(): it would cut a long report written to a pipe (CI) before its end.
  process.exitCode = 1;
} else {
  console.log(
    `${issues.length ? '\n' : ''}check: ${say('contenu correct', 'content OK')}, ${counts.replace(/^0 \S+, /, '')} (${summary})`,
  );
  // The build's next two steps in this process, whose content code is loaded already: a
  // process each cost more than their work on a warm build of a few dozen posts.
  if (values.prepare) {
    const { runImages } = await import('./images-step');
    await runImages();
    if (!process.exitCode) {
      const { renderBodies } = await import('./bodies');
      console.log(await renderBodies());
    }
  }
}
