/**
 * npm run new-site -- --name "Cloud Native Lyon" --language en --url https://cnl.example.org
 * writes site.yaml and a minimal content/ (a welcome post, one event, one speaker) for a new
 * community into --dir (the working directory by default), without writing over either.
 */
import path from 'node:path';
import { readArgs } from '../cli/args';
import { writeStarter } from './new-site/starter';
import { originRepository } from './new-site/repository';

const USAGE =
  'usage: npm run new-site -- --name "Community name" --language en|fr --url https://example.org [--time-zone Europe/Paris] [--dir folder]';
const { values } = readArgs(USAGE, {
  options: {
    name: { type: 'string' },
    language: { type: 'string' },
    url: { type: 'string' },
    'time-zone': { type: 'string' },
    dir: { type: 'string' },
  },
});

const fail = (message: string) => {
  console.error(`new-site: ${message}\n\n${USAGE}`);
  process.exit(2);
};
const language = values.language ?? 'fr';
if (!values.name?.trim()) fail('--name is missing: the community name, e.g. --name "Cloud Native Lyon"');
if (language !== 'fr' && language !== 'en') fail(`--language ${language}: write fr or en`);
if (!/^https:\/\/[^/\s]+/.test(values.url ?? '')) fail('--url must be the https:// address the site will have');
const dir = path.resolve(values.dir ?? '.');
const today = new Date().toISOString().slice(0, 10);
try {
  const written = await writeStarter(
    dir,
    {
      name: values.name!.trim(),
      language: language as 'fr' | 'en',
      url: values.url!,
      timeZone: values['time-zone'] ?? 'Europe/Paris',
      repository: originRepository(process.cwd()),
    },
    today,
  );
  for (const file of written) console.log(`new-site: ${path.relative(process.cwd(), file) || file}`);
  console.log(`new-site: next, "npm run check" then "npm start"${values.dir ? ` with SITE_DIR=${values.dir}` : ''}`);
} catch (error) {
  fail(
    `${path.relative(process.cwd(), error instanceof Error ? error.message : String(error))} exists already: move it away (the new site's files are not written over it)`,
  );
}
