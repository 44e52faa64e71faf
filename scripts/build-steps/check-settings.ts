/**
 * npm run check:settings: validates site.yaml (SITE_DIR's, the project's by default) and
 * prints each problem as `site.yaml:line:col  message  (hint)`, in the site's language.
 * npm run check runs it first: content cannot be checked against settings that are wrong.
 * Exit code 1 when there is an error.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatGithubAnnotation, formatIssue, type ContentIssue } from '../../lib/messages/issues';
import { say } from '../../lib/messages/say';
import { shown } from '../../lib/messages/shown';
import { readSettings, settingsFile } from '../../lib/settings/read';
import { readArgs } from '../cli/args';

/** Prints the problems of site.yaml; true when the site can be built with it. */
export function reportSettings(): boolean {
  const file = settingsFile();
  const { settings, issues } = readSettings(file);
  if (issues.length) {
    console.log(`\n${shown(issues[0].file)}`);
    for (const i of [...issues].sort(byPlace)) console.log(`  ${formatIssue(i)}`);
    if (process.env.GITHUB_ACTIONS) for (const i of issues) console.log(formatGithubAnnotation(i));
  }
  if (!settings) {
    const errors = issues.filter((i) => i.severity === 'error').length;
    console.error(
      `\ncheck: ${say(
        `${errors} erreur${errors > 1 ? 's' : ''} dans les réglages du site : à corriger avant le contenu`,
        `${errors} error${errors > 1 ? 's' : ''} in the site settings: to fix before the content`,
      )}`,
    );
  }
  return Boolean(settings);
}

const byPlace = (a: ContentIssue, b: ContentIssue) => a.line - b.line || a.column - b.column;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  readArgs(
    'usage: npm run check:settings   (SITE_DIR: the folder of site.yaml, default the working directory; CONTENT_LANG=en|fr: messages in that language)',
    { options: {} },
  );
  if (reportSettings())
    console.log(
      `check: ${say('réglages corrects', 'settings OK')} (${shown(path.relative(process.cwd(), settingsFile()))})`,
    );
  else process.exitCode = 1;
}
