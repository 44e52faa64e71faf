import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { walkFiles } from '../../../lib/files/walk.ts';
import { importHugoSite } from './site.ts';
import { loadContent } from '../../../lib/content/load.ts';
import { publishedPaths } from '../../../lib/content/routes.ts';
import { aliasRedirects } from '../../../lib/content/aliases.ts';

const HUGO_SITE = path.join(import.meta.dirname, 'fixtures', 'hugo-site');
const UNKNOWN = path.join('content', 'post', '2021-11-10-tweet-embed.md');

/** Every address the Hugo site published for the fixture (minus the file it cannot import). */
const OLD_URLS = [
  '/post/2022-09-05-summercamp-2022/',
  '/post/2022-08-01-live-from-lyon/',
  '/post/2023-06-10-summercamp-2023/',
  '/page/about/',
  '/page/contact/',
  '/page/job-board/',
  '/tags/summercamp/',
  '/tags/summer-camp/',
  '/tags/meetup/',
  '/tags/lyon/',
];

function importFixture() {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
  const report = importHugoSite(HUGO_SITE, target);
  const read = (rel: string) => fs.readFileSync(path.join(target, rel), 'utf8');
  return { target, report, read };
}

/** The imported site's content, read as the build reads it, on a fixed day. */
const loadImported = (target: string) =>
  loadContent({
    contentDir: path.join(target, 'content'),
    publicDir: path.join(target, 'public'),
    now: Date.parse('2026-01-01'),
  });

test('the fixture imports: no error in the content, every old URL still published, the unknown shortcode reported', () => {
  const { target, report } = importFixture();
  assert.deepEqual(
    report.errors.map((e) => [path.relative(HUGO_SITE, path.resolve(e.file)), e.line, e.message]),
    [[UNKNOWN, 9, 'unknown shortcode "tweet"']],
  );
  const { content, issues } = loadImported(target);
  assert.deepEqual(
    issues.filter((i) => i.severity === 'error'),
    [],
  );
  const paths = publishedPaths(content);
  for (const url of OLD_URLS) assert.ok(paths.has(url), `${url} is no longer published`);
  assert.ok(!paths.has('/post/2021-11-10-tweet-embed/'), 'a file with an unknown shortcode must not be half-imported');
  for (const asset of [
    'content/img/meetup/14-1.jpg',
    'content/img/post/summercamp-2022/b.jpg',
    'public/files/slides.pdf',
    'public/CNAME',
  ]) {
    assert.ok(fs.existsSync(path.join(target, asset)), `${asset} not copied`);
  }
});

test('Hugo aliases and url: become old addresses that redirect to the page', () => {
  const { target, read, report } = importFixture();
  assert.match(
    read('content/post/2023-06-10-summercamp-2023.mdx'),
    /^aliases:\n {2}- "\/2023\/06\/summercamp\/"\n {2}- "\/summercamp-2023\.html"$/m,
  );
  assert.match(read('content/page/about.mdx'), /^aliases:\n {2}- "?\/a-propos\/"?$/m);
  assert.ok(report.warnings.some((w) => w.message.includes('"summercamp-2023.html" read as /summercamp-2023.html')));
  const { content, issues } = loadImported(target);
  assert.deepEqual(
    issues.filter((i) => i.severity === 'error'),
    [],
  );
  assert.deepEqual(
    aliasRedirects(content)
      .map(({ from, to }) => [from, to])
      .sort(),
    [
      ['/2023/06/summercamp/', '/post/2023-06-10-summercamp-2023/'],
      ['/a-propos/', '/page/about/'],
      ['/summercamp-2023.html', '/post/2023-06-10-summercamp-2023/'],
    ],
  );
});

test('imported posts read as they did: summary, dates with their offset, tags, banners, Hugo fields', () => {
  const { target } = importFixture();
  const { content } = loadImported(target);
  const lyon = content.posts.find((p) => p.slug === '2022-08-01-live-from-lyon')!;
  // The summary is computed from the MDX tree: braces and < show as the Hugo site showed them.
  assert.equal(lyon.summary, 'Le meetup de Lyon, en direct. Le budget {estimé} était < 100 € et la latence <200 ms.');
  assert.equal(lyon.date.iso, '2022-07-12T19:00:00-01:00');
  assert.deepEqual(lyon.tags, ['meetup', 'lyon']);
  assert.deepEqual(lyon.banners, [{ src: '/img/meetup/14-1.jpg', desc: 'Meetup #14 à Lyon', alt: undefined }]);
  const camp = content.posts.find((p) => p.slug === '2022-09-05-summercamp-2022')!;
  assert.deepEqual(camp.tags, ['summercamp', 'summer-camp']);
  assert.equal(camp.banners[1].src, '/img/meetup/14-1.jpg');
  assert.match(camp.summary, /^C'est avec cette description .* La Dynamo, Chambéry\.$/);
  assert.deepEqual(content.tags.find((t) => t.tag === 'summer-camp')?.title, 'Summer Camp');
  assert.equal(content.partners.get('resilience')?.logo, '/img/partners/resilience.png');
});

test('shortcodes become components, raw HTML and prose are made MDX-safe, code is left alone', () => {
  const { read } = importFixture();
  const camp = read('content/post/2022-09-05-summercamp-2022.mdx');
  assert.match(camp, /^<YouTube id="5GxEaOzIZ7I" \/>$/m);
  assert.match(camp, /^<YouTube id="5VyKByWfG5w" \/>$/m);
  assert.match(
    camp,
    /^<Gallery caption-effect="fade">\n<Figure src="\/img\/post\/summercamp-2022\/a\.jpg" caption="La keynote" link="\/img\/post\/summercamp-2022\/a\.jpg" size="1600x892" \/>\n<Figure src="\/img\/post\/summercamp-2022\/b\.jpg" caption="Escalade &quot;en salle&quot;" link="[^"]+" size="1600x1200" \/>\n<\/Gallery>$/m,
  );
  assert.match(camp, /^<Figure src="\/img\/post\/summercamp-2022\/a\.jpg" caption="Seule" \/>$/m);
  assert.match(camp, /^\[meetup-lyon\]: \/post\/2022-08-01-live-from-lyon$/m, 'reference-style links kept');
  assert.match(camp, /^# Hugo fields this site does not use, kept for reference:\n# weight: 10$/m);
  assert.match(camp, /\[srefranceasso@gmail\.com\]\(mailto:srefranceasso@gmail\.com\)/);

  const lyon = read('content/post/2022-08-01-live-from-lyon.mdx');
  assert.match(lyon, /^<div>Merci à notre hôte !<\/div>$/m);
  assert.match(
    lyon,
    /^<span>Important<\/span> : inscrivez-vous sur \[https:\/\/www\.meetup\.com\/[^\]]+\]\(https:\/\/www\.meetup\.com\/[^)]+\)\.<br \/>$/m,
  );
  assert.match(lyon, /^<p>Un paragraphe en HTML, avec <a href="https:\/\/example\.com">un lien<\/a>\.<\/p>$/m);
  assert.match(lyon, /^<img src="\/img\/meetup\/14-1\.jpg" alt="La salle, encore" width="300" \/>$/m);
  assert.match(lyon, /Du code : `if \(a < b\) \{ return; \}` et un bloc/, 'code spans untouched');
  assert.match(lyon, /^```yaml\ngroups: \{a: 1\}\nrules: <none>\n```$/m, 'fenced code untouched');
  assert.match(
    lyon,
    /^```\nkubectl get pods -o jsonpath='\{\.items\[\*\]\.metadata\.name\}'\n```$/m,
    'indented code fenced, untouched',
  );
  assert.match(lyon, /`\{\{< youtube ID >\}\}`/, 'a commented shortcode shows as the shortcode');
  assert.match(lyon, /^<!-- Un commentaire avec \{ et < et \{\{< youtube abc >\}\} -->$/m, 'comments kept as they are');
  assert.match(
    lyon,
    /^\+?---\ntitle: "Live from Lyon"\ndate: 2022-07-12T19:00:00-01:00\n/,
    'TOML front matter written as YAML',
  );

  const hero = read('content/post/2023-06-10-summercamp-2023.mdx');
  assert.match(
    hero,
    /^<HeroImage src="\/img\/meetup\/summercamp2022\.jpg" desc="SummerCamp 2023" \/>\n\n## Du 9 au 10 septembre 2023/m,
  );
  assert.match(hero, /^<PartnerCredits title="Nos partenaires" gold="resilience" support="la-dynamo" \/>$/m);
});

test('a second import changes nothing; --dry-run writes nothing', () => {
  const { target, report } = importFixture();
  const snapshot = (dir: string) =>
    walkFiles(dir)
      .filter((f) => !f.symlink)
      .map((f) => [f.rel, fs.readFileSync(f.path).toString('base64')])
      .sort();
  const before = snapshot(target);
  const again = importHugoSite(HUGO_SITE, target);
  assert.deepEqual(again.written, []);
  assert.deepEqual(again.unchanged.sort(), [...report.written].sort());
  assert.deepEqual(snapshot(target), before);

  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'dry-'));
  const dry = importHugoSite(HUGO_SITE, empty, { dryRun: true });
  assert.deepEqual(dry.written.sort(), [...report.written].sort());
  assert.deepEqual(fs.readdirSync(empty), []);
});

test('npm run import:hugo prints the report and exits 1 naming the file it could not import', () => {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/tools/import-hugo.ts', HUGO_SITE], {
    encoding: 'utf8',
    env: { ...process.env, IMPORT_TARGET: target },
  });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /^import: 19 files written, 0 unchanged, 1 not imported$/m);
  assert.match(result.stdout, new RegExp(`${UNKNOWN.replace(/[./]/g, '\\$&')}:9  unknown shortcode "tweet"$`, 'm'));
  assert.match(result.stdout, /^ +2 × youtube → <YouTube>$/m);
  assert.match(result.stdout, /"href": "\/tags\/meetup\/"/, 'the menu from hugo.toml is printed');
  assert.doesNotMatch(result.stdout + result.stderr, /^\s+at /m);
});

/** The fixture site plus what an attacker's pull request to the old site could hold. */
function hostileHugoSite() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hugo-hostile-'));
  const hugo = path.join(root, 'hugo');
  fs.cpSync(HUGO_SITE, hugo, { recursive: true });
  fs.writeFileSync(path.join(root, 'secret.png'), 'SECRET');
  fs.mkdirSync(path.join(root, 'outside'));
  fs.writeFileSync(path.join(root, 'outside', 'x.txt'), 'SECRET');
  fs.symlinkSync('/etc/passwd', path.join(hugo, 'static', 'passwd.txt'));
  fs.symlinkSync(path.join(root, 'outside'), path.join(hugo, 'static', 'linked-folder'));
  fs.symlinkSync(path.join(root, 'secret.png'), path.join(hugo, 'content', 'post', 'linked.md'));
  fs.writeFileSync(path.join(hugo, 'static', 'search.js'), 'alert("not the site\'s search")');
  fs.mkdirSync(path.join(hugo, 'static', '_next', 'static'), { recursive: true });
  fs.writeFileSync(path.join(hugo, 'static', '_next', 'static', 'app.js'), 'alert(1)');
  fs.mkdirSync(path.join(hugo, 'content', 'partners', 'gold'), { recursive: true });
  fs.writeFileSync(
    path.join(hugo, 'content', 'partners', 'gold', 'climber.md'),
    '---\ntitle: "Climber"\nwebsite: "https://example.com"\nlogo: "../../secret.png"\n---\n',
  );
  // The site the import writes into already has its own files.
  const target = path.join(root, 'site');
  fs.mkdirSync(path.join(target, 'public'), { recursive: true });
  fs.writeFileSync(path.join(target, 'public', 'search.js'), "// the site's own search");
  return { root, hugo, target };
}

test('the importer reads only regular files inside the Hugo folder and never overwrites a file of the site', () => {
  const { root, hugo, target } = hostileHugoSite();
  try {
    for (const dryRun of [true, false]) {
      const report = importHugoSite(hugo, target, { dryRun });
      const refused = report.errors.map((e) => `${path.relative(hugo, path.resolve(e.file))}: ${e.message}`);
      const expect = (file: string, reason: RegExp) =>
        assert.ok(
          refused.some((r) => r.startsWith(`${file}:`) && reason.test(r)),
          `${file} ${reason} not in:\n${refused.join('\n')}`,
        );
      expect('static/passwd.txt', /symbolic link/);
      expect('static/linked-folder', /symbolic link/);
      expect(path.join('content', 'post', 'linked.md'), /symbolic link/);
      expect(path.join('static', '_next', 'static', 'app.js'), /files the build writes/);
      expect(path.join('static', 'search.js'), /public\/search\.js already exists in the site/);
      expect(
        path.join('content', 'partners', 'gold', 'climber.md'),
        /logo \.\.\/\.\.\/secret\.png is not read: it is outside the Hugo folder/,
      );
      // The dry run lists the same refusals and writes nothing.
      assert.equal(fs.existsSync(path.join(target, 'content')), !dryRun);
    }
    const written = (dir: string) => walkFiles(dir).map((f) => fs.readFileSync(f.path, 'utf8'));
    assert.ok(
      !written(target).some((text) => text.includes('SECRET') || text.includes('root:')),
      'a file from outside the Hugo folder was copied',
    );
    assert.equal(fs.readFileSync(path.join(target, 'public', 'search.js'), 'utf8'), "// the site's own search");
    assert.ok(!fs.existsSync(path.join(target, 'public', '_next')));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
