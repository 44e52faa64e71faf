/**
 * npm run test:organizer-pr: the live-content suite must pass on content it has never seen.
 * Adds the sample pull request of e2e/organizer-pr/ (a post with a new photo and tag, an
 * event with two talks by two new speakers) to a copy of content/, builds that copy aside
 * and runs e2e/live/ on it. Other arguments go to Playwright (e.g. --grep links).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildAside } from '../../scripts/builds/aside';
import { readArgs } from '../../scripts/cli/args';

// Not strict: every argument besides --help is Playwright's.
readArgs('usage: npm run test:organizer-pr -- [Playwright options]', {
  options: {},
  strict: false,
  allowPositionals: true,
});

const work = path.resolve('.cache', 'organizer-pr');
const content = path.join(work, 'content');
const target = path.join(work, 'out');
/** Pages the sample adds: the suite must have seen them, or the proof proves nothing. */
const ADDED = ['post/2026-10-15-meetup-bordeaux-incidents', 'events/2027-02-11-meetup-bordeaux', 'tags/incidents'];

const started = performance.now();
fs.rmSync(work, { recursive: true, force: true });
fs.cpSync('content', content, { recursive: true });
fs.cpSync(path.join('e2e', 'organizer-pr', 'content'), content, { recursive: true });
buildAside({
  target,
  env: { CONTENT_DIR: content, IMAGES_SOURCE: path.join(content, 'img'), BASE_PATH: '', CUSTOM_DOMAIN: '' },
});
const missing = ADDED.filter((page) => !fs.existsSync(path.join(target, page, 'index.html')));
if (missing.length) {
  console.error(`test:organizer-pr: the export lacks the sample's pages: ${missing.join(', ')}`);
  process.exit(1);
}
// Here new content is the point, not devices: the desktop project, where every test that does not
// depend on the viewport runs. axe (@axe) is left out: npm test's live suite already runs it on
// every page of the same kind of content (a post, an event, its talks and speakers, a tag), and
// the content lane of CI on every pull request's own export.
const suite = spawnSync(
  'npx',
  ['playwright', 'test', '--project=live-desktop', '--grep-invert=@axe', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, E2E_LIVE_DIR: target },
  },
);
if (suite.status !== 0) {
  console.error('test:organizer-pr: the live-content suite fails on content with a new post, tag and event');
  process.exit(1);
}
console.log(
  `test:organizer-pr: the live-content suite passes with the sample pull request (${((performance.now() - started) / 1000).toFixed(0)} s)`,
);
