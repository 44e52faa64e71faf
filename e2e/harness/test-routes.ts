/**
 * npm run test:routes: the check's list of pages is the build's. The fixture site plus
 * generated variations (a tag only on an event, a tag only on a session, a speaker with no
 * talk, a partner of no event, a post whose tag no other file has) is built once aside;
 * then the pages the content layer says the site publishes (lib/content/routes.ts, which
 * the check reads to refuse links) must be exactly the pages of the export, and every
 * internal link of the export must land on one (scripts/tools/linkcheck/).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../../lib/content/load';
import { deployTarget } from '../../lib/site-config';
import { publishedPaths } from '../../lib/content/routes';
import { FIXTURE_CONTENT } from '../fixture-site/site';
import { buildAside } from '../../scripts/builds/aside';
import { readArgs } from '../../scripts/cli/args';
import { exportedPages } from '../../scripts/build-steps/export/pages';
import { checkExport } from '../../scripts/tools/linkcheck/check-export';

const { values } = readArgs(
  'usage: npm run test:routes [-- --built]   (--built: compare the export of the last run, same ROUTES_SEED, without building)',
  { options: { built: { type: 'boolean' } } },
);

/** A small deterministic generator, so a failure can be run again as it was. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

const seed = Number(process.env.ROUTES_SEED ?? Date.now() % 100000);
const pick = generator(seed);
const word = () => ['chaos', 'astreinte', 'slo', 'kube', 'finops', 'lille', 'nantes', 'ebpf'][pick(8)];
const unique = (prefix: string) => `${prefix}-${word()}-${pick(1000)}`;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'routes-'));
const contentDir = path.join(root, 'content');
fs.cpSync(FIXTURE_CONTENT, contentDir, { recursive: true });
const write = (rel: string, text: string) => fs.writeFileSync(path.join(contentDir, rel), text);

const eventTag = unique('evenement');
const sessionTag = unique('session');
const postTag = unique('article');
const speaker = unique('sans-talk');
const partner = unique('sans-evenement');
const year = 2090 + pick(9);
write(
  `events/${year}-05-20-meetup-${word()}.mdx`,
  `---
title: "Meetup #${pick(99)} — généré"
start: ${year}-05-20 19:00
venue: {name: "Salle", city: "Lille"}
tags: ["${eventTag}"]
sessions:
  - title: "Un talk"
    format: ${['talk', 'lightning', 'keynote'][pick(3)]}
    speakers: ["lea-martin"]
    tags: ["${sessionTag}"]
  - title: "Pause"
    format: break
    tags: ["${unique('pause')}"]
---

Un événement généré.
`,
);
write(`speakers/${speaker}.yml`, `name: "Personne sans talk"\n`);
write(`partners/${partner}.yml`, `name: "Partenaire sans événement"\nurl: https://example.org/\n`);
write(
  `post/2021-0${1 + pick(9)}-1${pick(9)}-genere.mdx`,
  `---\ntitle: "Article généré"\ndate: 2021-05-10T10:00:00+02:00\ntags: ["${postTag}"]\n---\n\nDu texte.\n`,
);

const { content, issues } = loadContent({ contentDir, publicDir: path.resolve('public') });
const errors = issues.filter((i) => i.severity === 'error');
if (errors.length)
  throw new Error(`the generated site does not pass the check: ${errors[0].file} ${errors[0].message}`);

const target = path.resolve('.cache', 'out-routes');
console.log(
  `test:routes: ${values.built ? 'the last export of' : 'building'} the fixture site with generated variations (ROUTES_SEED=${seed})`,
);
if (!values.built)
  buildAside({
    target,
    env: { CONTENT_DIR: contentDir, IMAGES_SOURCE: path.join(contentDir, 'img'), BASE_PATH: '', CUSTOM_DOMAIN: '' },
  });

const checked = [...publishedPaths(content)].sort();
const built = exportedPages(target).sort();
const onlyChecked = checked.filter((p) => !built.includes(p));
const onlyBuilt = built.filter((p) => !checked.includes(p));
const report = await checkExport({
  dir: target,
  basePath: '',
  siteUrl: deployTarget({ ...process.env, BASE_PATH: '', CUSTOM_DOMAIN: '' }).siteUrl,
});
const failures = [
  ...onlyChecked.map((p) => `the check counts ${p}, the build does not publish it`),
  ...onlyBuilt.map((p) => `the build publishes ${p}, the check does not know it`),
  ...report.broken.map((b) => `${b.from.join(', ')} links to ${b.url} (${b.reason})`),
];
for (const tag of [eventTag, sessionTag, postTag]) {
  if (!built.includes(`/tags/${tag}/`)) failures.push(`no page /tags/${tag}/`);
}
fs.rmSync(root, { recursive: true, force: true });
if (failures.length) {
  for (const f of failures) console.error(`  ${f}`);
  console.error(`test:routes: ${failures.length} problems (ROUTES_SEED=${seed})`);
  process.exit(1);
}
console.log(
  `test:routes: OK, ${built.length} pages, the check's list and the build's are the same; ${report.checked} internal links land`,
);
