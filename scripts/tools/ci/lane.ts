/**
 * Which checks a pull request needs. One that changes only content/ (an organizer's post,
 * event, photo) takes the content lane: check, build, live browser suite, link check,
 * preview. Any other file (code, tests, workflows, dependencies) also runs the code suite,
 * `npm test`. Printed as `code=true|false` into $GITHUB_OUTPUT for the workflow's steps.
 *
 *   npx tsx scripts/tools/ci/lane.ts --base origin/main
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readArgs } from '../../cli/args';
import { say } from '../../../lib/messages/say';

/** True when a file outside content/ changed: the code suite must run. No file known: true. */
export function needsCodeSuite(files: string[]): boolean {
  return files.length === 0 || files.some((file) => !file.startsWith('content/'));
}

/** Files the branch changes since it left `base`; undefined when git cannot tell. */
export function changedSince(base: string): string[] | undefined {
  try {
    const diff = execFileSync('git', ['diff', '--name-only', '--no-renames', `${base}...HEAD`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return diff.split('\n').filter(Boolean);
  } catch {
    return undefined;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = readArgs('usage: npx tsx scripts/tools/ci/lane.ts --base <branch>', {
    options: { base: { type: 'string' } },
  });
  const files = values.base ? changedSince(values.base) : undefined;
  const code = needsCodeSuite(files ?? []);
  const outside = (files ?? []).filter((f) => !f.startsWith('content/'));
  console.log(
    !files
      ? say('lane : fichiers modifiés inconnus, toute la suite', 'lane: changed files unknown, the whole suite')
      : code
        ? say(
            `lane : ${outside.length} fichier(s) hors de content/, toute la suite (ex. ${JSON.stringify(outside[0] ?? '')})`,
            `lane: ${outside.length} file(s) outside content/, the whole suite (e.g. ${JSON.stringify(outside[0] ?? '')})`,
          )
        : say(
            `lane : ${files.length} fichier(s), tous dans content/ : voie du contenu`,
            `lane: ${files.length} file(s), all in content/: content lane`,
          ),
  );
  if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `code=${code}\n`);
}
