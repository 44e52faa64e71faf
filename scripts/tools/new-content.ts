/**
 * npm run new -- post "Titre du meetup"     content/post/<today>-titre-du-meetup.mdx
 * npm run new -- page "Code de conduite"    content/page/code-de-conduite.mdx
 * npm run new -- event "SummerCamp 2025"    content/events/summercamp-2025.mdx
 * npm run new -- speaker "Léa Martin"       content/speakers/lea-martin.yml (key: lea-martin)
 * npm run new -- partner "La Dynamo"        content/partners/la-dynamo.yml (key: la-dynamo)
 *
 * Writes the file from its template (every field explained) and never overwrites one.
 */
import { contentDir as siteContentDir } from '../../lib/settings/site-dir';
import path from 'node:path';
import { readArgs } from '../cli/args';
import { createContent, KINDS, UsageError } from './new-content/create';
import { shown } from '../../lib/messages/shown';

const USAGE = `usage: npm run new -- <${KINDS.join('|')}> "Title"`;
const [kind, ...words] = readArgs(USAGE, { options: {}, allowPositionals: true }).positionals;
const contentDir = siteContentDir();

if (!kind) {
  console.error(USAGE);
  process.exit(1);
}
try {
  const created = createContent(kind, words.join(' '), { contentDir });
  const file = shown(path.relative(process.cwd(), created.file));
  console.log(
    created.url
      ? `created ${file}  (address once published: ${shown(created.url)})`
      : `created ${file}  (key to write in other files: ${shown(created.key)})`,
  );
  console.log('next: edit it, run "npm run check", preview with "npm run dev", then open a pull request');
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`new: ${shown(error.message)}`);
  process.exit(1);
}
