/**
 * The check and the build give the same answer for every file of the hostile corpus.
 *
 * The build starts with the check (lib/content/index.ts throws on any error), so a file the
 * check refuses stops the build too. What used to go wrong was the other way round: a file
 * the check accepted made a later build step fail or drop it (an alias over /feed.json, a
 * post named index.xml, an image path read two ways). A `next build` per file would take
 * minutes on two cores, so this test runs, for each file alone beside the good ones, the
 * check and then every build step that writes files from content, on a stand-in export
 * (one index.html per page, as `next build` writes them): aliases, feeds, sitemap, host
 * files, calendars, and the image resolver the image manifest uses. Check accepts ⇔ build
 * succeeds and publishes the file; the feeds and calendars written are then parsed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { loadContent } from '../../../lib/content/load.ts';
import { publishedPaths, outputFile } from '../../../lib/content/routes.ts';
import { imageKey } from '../../../lib/images/image-ref.ts';
import { eventsCalendar } from '../../../lib/events/ics.ts';
import { sitePaths } from '../../../lib/urls.ts';
import type { SiteContent } from '../../../lib/content/types.ts';
import { HOSTILE_CASES, LEGAL_FILES } from '../../../lib/content/fixtures/hostile/expected.ts';
import { writeAliasRedirects } from './aliases.ts';
import { writeFeeds } from './feeds.ts';
import { hasXmlForbidden } from '../../../lib/text/xml-chars.ts';
import { writeHeadersFile } from './headers.ts';
import { writeSitemap } from './sitemap.ts';
import { writeHostFiles } from './static-host.ts';
import { siteConfig } from '../../../lib/site-config.ts';
import { MANIFEST_PATH, type ImageEntry } from '../../../lib/images/manifest.ts';

const CORPUS = path.join(import.meta.dirname, '..', '..', '..', 'lib', 'content', 'fixtures', 'hostile');
const NOW = Date.parse('2026-01-01T00:00:00Z');
const XHTML = 'http://www.w3.org/1999/xhtml';

/** The files every site of this test holds, so links, partners and speakers resolve. */
const GOOD: Record<string, string> = {
  'post/2022-09-05-good.mdx':
    '---\ntitle: "Un bon article"\ndate: 2022-09-05T19:00:00+02:00\ntags: ["meetup"]\nbigimg: [{src: "/img/ok.jpg", desc: "La salle"}]\n---\n\nDu texte.\n',
  'tags/meetup.md': '---\ntitle: "Meetups"\n---\n\nLes meetups.\n',
  'partners/good-partner.yml': 'name: "Bon partenaire"\nurl: https://example.com\nlogo: /img/ok.jpg\n',
  'speakers/good-speaker.yml': 'name: "Bonne oratrice"\nphoto: /img/ok.jpg\n',
  'events/2022-09-03-good-event.mdx':
    '---\ntitle: "Un bon événement"\nstart: 2022-09-03 09:00\nvenue: {name: "La Dynamo", city: "Chambéry"}\norganizers: ["good-speaker"]\n---\n\nLa journée.\n',
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What `next build` leaves in out/ for this content: a page per path, the calendars, public/. */
function standInExport(outDir: string, content: SiteContent, publicDir: string) {
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(outDir, rel)), { recursive: true });
    fs.writeFileSync(path.join(outDir, rel), text);
  };
  const bodies = new Map([...content.posts, ...content.pages].map((d) => [d.url, d.source]));
  for (const page of publishedPaths(content)) {
    // React escapes text as this does; the feeds cut the post's text at data-feed-body.
    write(
      outputFile(page),
      `<!DOCTYPE html><html><body><div data-feed-body="">${escapeHtml(bodies.get(page) ?? '')}</div></body></html>`,
    );
  }
  for (const notFound of ['404.html', '404/index.html', '_not-found/index.html'])
    write(notFound, '<!DOCTYPE html><title>404</title>');
  for (const event of content.events)
    write(event.calendarUrl, eventsCalendar([event], { name: event.title, url: event.url }));
  write(
    sitePaths.calendar(),
    eventsCalendar(content.events, { name: 'Événements', url: sitePaths.events(), subscription: true }),
  );
  if (fs.existsSync(publicDir)) fs.cpSync(publicDir, outDir, { recursive: true });
}

/** The build's steps after `next build`, in scripts/build-steps/postbuild.ts's order. */
function postbuild(outDir: string, content: SiteContent) {
  writeAliasRedirects(outDir, content);
  writeHeadersFile(outDir);
  writeFeeds(outDir, content);
  writeSitemap(outDir, content);
  writeHostFiles(outDir, undefined);
}

/** Every image path the pages of this content ask the image manifest for. */
function imageReferences(content: SiteContent): string[] {
  const docs = [...content.posts, ...content.pages];
  return [
    ...docs.flatMap((d) => [
      ...d.banners.map((b) => b.src),
      ...(d.image ? [d.image] : []),
      ...d.images.map((i) => i.url),
    ]),
    ...content.events.flatMap((e) => e.banners.map((b) => b.src)),
    ...[...content.partners.values()].flatMap((p) => (p.logo ? [p.logo] : [])),
    ...[...content.speakers.values()].flatMap((s) => (s.photo ? [s.photo] : [])),
  ];
}

/**
 * The image manifest scripts/build-steps/images.ts would write for the corpus's images, in a
 * working folder of its own (the manifest is read from the working directory).
 */
function useImageManifest(): () => void {
  const cwd = process.cwd();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  const entry = (src: string): ImageEntry => ({
    src,
    width: 1200,
    height: 800,
    color: '#888888',
    avif: [],
    webp: [],
    fallback: { width: 1200, url: `/_img/${path.basename(src)}` },
    original: src,
  });
  const sources = fs.readdirSync(path.join(CORPUS, 'content', 'img')).map((name) => `/img/${name}`);
  const manifest = Object.fromEntries(
    [...sources, siteConfig.defaultImage, siteConfig.logo].map((src) => [src, entry(src)]),
  );
  fs.mkdirSync(path.join(work, path.dirname(MANIFEST_PATH)), { recursive: true });
  fs.writeFileSync(path.join(work, MANIFEST_PATH), JSON.stringify(manifest));
  process.chdir(work);
  return () => {
    process.chdir(cwd);
    fs.rmSync(work, { recursive: true, force: true });
  };
}

type Verdict = { check: 'accepts' | 'refuses'; build: 'succeeds' | 'fails'; why?: string };

function judge(fixture: string, { withTwins = false } = {}): Verdict {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'agree-'));
  try {
    const contentDir = path.join(root, 'content');
    const publicDir = path.join(root, 'public');
    fs.cpSync(path.join(CORPUS, 'public'), publicDir, { recursive: true });
    // The corpus's refused images (img/ cases) come only when judged, each alone; links stay links.
    const images = path.join(CORPUS, 'content', 'img');
    const imageCase = (src: string) => `img/${path.relative(images, src).split(path.sep).join('/')}`;
    fs.cpSync(images, path.join(contentDir, 'img'), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (src) => imageCase(src) === fixture || !HOSTILE_CASES.some((c) => c.file === imageCase(src)),
    });
    // A file whose problem is its twin (duplicate-slug.md and .mdx) comes with it.
    const stem = fixture.replace(/\.[a-z]+$/, '');
    const twins = fs
      .readdirSync(path.join(CORPUS, 'content', path.dirname(fixture)))
      .map((name) => `${path.dirname(fixture)}/${name}`)
      .filter((rel) => rel === fixture || (withTwins && rel.replace(/\.[a-z]+$/, '') === stem));
    const documents = twins.filter((rel) => !rel.startsWith('img/'));
    const files = {
      ...GOOD,
      ...Object.fromEntries(documents.map((rel) => [rel, fs.readFileSync(path.join(CORPUS, 'content', rel))])),
    };
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(contentDir, rel)), { recursive: true });
      fs.writeFileSync(path.join(contentDir, rel), text);
    }
    const { content, issues } = loadContent({ contentDir, publicDir, now: NOW });
    const errors = issues.filter((i) => i.severity === 'error');
    const good = errors.find((i) => !twins.some((rel) => path.resolve(i.file).endsWith(path.join('content', rel))));
    if (good) throw new Error(`the good files have a problem: ${good.file}:${good.line} ${good.message}`);
    // lib/content/index.ts: the build stops on the check's errors, listing them.
    if (errors.length) return { check: 'refuses', build: 'fails', why: errors[0].message };

    const outDir = path.join(root, 'out');
    try {
      standInExport(outDir, content, publicDir);
      postbuild(outDir, content);
      for (const src of imageReferences(content)) {
        const key = imageKey(src);
        if (!key || !fs.statSync(path.join(contentDir, key), { throwIfNoEntry: false })?.isFile())
          throw new Error(`image ${src} is not in the manifest`);
      }
      const name = path.basename(fixture).replace(/\.[a-z]+$/, '');
      const folder = fixture.split('/')[0];
      const published =
        folder === 'post'
          ? content.posts.some((p) => p.slug === name) &&
            fs.statSync(path.join(outDir, outputFile(sitePaths.post(name)))).isFile()
          : folder === 'page'
            ? content.pages.some((p) => p.slug === name)
            : folder === 'events'
              ? content.events.some((e) => e.slug === name)
              : folder === 'speakers'
                ? content.speakers.has(name)
                : folder === 'partners'
                  ? content.partners.has(name)
                  : folder === 'tags'
                    ? content.tags.some((t) => t.tag === name)
                    : true;
      if (!published) return { check: 'accepts', build: 'fails', why: 'the file is silently left out' };
      assertFeedsAreSafe(outDir, content);
      assertCalendars(outDir, content);
      return { check: 'accepts', build: 'succeeds' };
    } catch (error) {
      return { check: 'accepts', build: 'fails', why: (error as Error).message };
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  cdataPropName: '#cdata',
  isArray: (n) => n === 'item' || n === 'entry',
});

/** Every element name and attribute of a parsed XML tree. */
function walkXml(node: unknown, visit: (key: string, value: unknown) => void) {
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    visit(key, value);
    walkXml(value, visit);
  }
}

function assertFeedsAreSafe(outDir: string, content: SiteContent) {
  const feeds = [
    sitePaths.feed(),
    sitePaths.postsFeed(),
    sitePaths.atomFeed(),
    ...content.tags.map((t) => sitePaths.tagFeed(t.tag)),
  ];
  for (const feed of feeds) {
    const xml = fs.readFileSync(path.join(outDir, feed), 'utf8');
    assert.ok(!hasXmlForbidden(xml), `${feed}: a character XML 1.0 forbids`);
    // Each CDATA section ends where it should: as many "]]>" as "<![CDATA[".
    assert.equal(xml.split(']]>').length, xml.split('<![CDATA[').length, `${feed}: a "]]>" ends a CDATA section early`);
    const tree = parser.parse(xml);
    walkXml(tree, (key, value) => {
      assert.ok(!key.includes(':script') && key !== 'script', `${feed}: element <${key}>`);
      if (key.startsWith('@xmlns')) assert.notEqual(value, XHTML, `${feed}: an element in the XHTML namespace`);
    });
    const items: { title: unknown; link: unknown }[] = tree.rss?.channel?.item ?? tree.feed?.entry ?? [];
    for (const item of items) {
      const link = typeof item.link === 'string' ? item.link : (item.link as { '@href'?: string })?.['@href'];
      assert.ok(
        typeof link === 'string' && /^https?:\/\/[^<>"]+\/post\/[^<>"]+\/$/.test(link),
        `${feed}: item link ${JSON.stringify(item.link)}`,
      );
    }
  }
  const sitemap = fs.readFileSync(path.join(outDir, sitePaths.sitemap()), 'utf8');
  assert.ok(!hasXmlForbidden(sitemap), 'sitemap.xml: a character XML 1.0 forbids');
  parser.parse(sitemap);
  const jsonText = fs.readFileSync(path.join(outDir, sitePaths.jsonFeed()), 'utf8');
  assert.ok(
    !hasXmlForbidden(JSON.stringify(JSON.parse(jsonText))),
    `${sitePaths.jsonFeed()}: a character XML 1.0 forbids`,
  );
  const json = JSON.parse(jsonText) as {
    items: { title: string }[];
  };
  assert.deepEqual(json.items.map((i) => i.title).sort(), content.posts.map((p) => p.title).sort());
}

function assertCalendars(outDir: string, content: SiteContent) {
  const vevents = (file: string) => {
    const text = fs.readFileSync(path.join(outDir, file), 'utf8');
    assert.ok(!hasXmlForbidden(text), `${file}: a character XML 1.0 forbids`);
    return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  };
  for (const event of content.events) assert.equal(vevents(event.calendarUrl).length, 1, event.calendarUrl);
  assert.equal(vevents(sitePaths.calendar()).length, content.events.length, sitePaths.calendar());
}

test('check and build agree on every file of the hostile corpus', (t) => {
  t.after(useImageManifest());
  const disagreements: string[] = [];
  for (const { file } of HOSTILE_CASES) {
    if (file === 'post/huge.mdx') continue; // written by hostile.test.ts, not stored
    const verdict = judge(file, { withTwins: true });
    if (verdict.check !== 'refuses' || verdict.build !== 'fails')
      disagreements.push(`${file}: expected refused, got ${JSON.stringify(verdict)}`);
  }
  for (const file of LEGAL_FILES) {
    const verdict = judge(file);
    if (verdict.check !== 'accepts' || verdict.build !== 'succeeds')
      disagreements.push(`${file}: expected published, got ${JSON.stringify(verdict)}`);
  }
  assert.deepEqual(disagreements, []);
});

test('a title, a summary and prose with "]]>" and XHTML markup come out of every feed as text', (t) => {
  t.after(useImageManifest());
  const verdict = judge('post/cdata-breakout.mdx');
  assert.deepEqual(verdict, { check: 'accepts', build: 'succeeds' });
});

test('characters XML 1.0 forbids, in an event, a summary, a description or prose, leave every feed, sitemap and calendar well-formed', (t) => {
  t.after(useImageManifest());
  for (const file of [
    'events/2022-09-03-xml-chars-event.mdx',
    'post/xml-chars-summary.mdx',
    'post/xml-chars-prose.mdx',
    'post/xml-chars-description.mdx',
  ])
    assert.deepEqual(judge(file), { check: 'accepts', build: 'succeeds' }, file);
});

test('the build steps refuse what the check refuses, when the check is bypassed', () => {
  // Without the check, an old address over a feed makes the export fail: the check's
  // refusal (lib/content/aliases.ts) is what keeps the two in agreement.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bypass-'));
  try {
    const post = { url: '/post/a/', title: 'A', aliases: [{ path: '/feed.json/', line: 5 }] };
    const content = { posts: [post], pages: [] } as unknown as SiteContent;
    writeAliasRedirects(root, content);
    assert.throws(() => fs.writeFileSync(path.join(root, 'feed.json'), '{}'), /EISDIR/);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
