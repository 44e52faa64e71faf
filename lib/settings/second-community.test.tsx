/**
 * Another community runs the site from its own site.yaml, with no change to the code: the
 * frame of every page (header, home banner, join links, footer), the brand colours and the
 * video poster show its name, links and colours, and nothing of SRE France's. SITE_DIR is
 * set before any module that reads the settings is loaded (each test file runs in its own
 * process).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';

process.env.SITE_DIR = path.join(import.meta.dirname, 'fixtures', 'montreal');
delete process.env.BASE_PATH;
delete process.env.SITE_URL;
delete process.env.CUSTOM_DOMAIN;

const { siteConfig, deployTarget } = await import('../site-config.ts');
const { brandCss } = await import('./brand-css.ts');
const { SiteHeader } = await import('../../components/SiteHeader.tsx');
const { SiteFooter } = await import('../../components/SiteFooter.tsx');
const { HomeHero } = await import('../../components/HomeHero.tsx');
const { YouTube } = await import('../../components/YouTube.tsx');
const { cardDrawing } = await import('../share-cards/render.ts');

/** What SRE France's site shows, which another community's must not. */
const SRE_FRANCE = [/SRE France/i, /sre-france/i, /srefrance/i, /#ff5c5c/i, /#c62828/i, /#0a1640/i, /helloasso/i];

/** The home banner's photo, in an image manifest of its own (the build writes the real one). */
function withBannerManifest<T>(render: () => T): T {
  const cwd = process.cwd();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'second-community-'));
  const variant = { width: 1600, url: '/_img/banner-1600.jpg' };
  const entry = { src: siteConfig.banner, width: 1600, height: 900, color: '#223344', avif: [], webp: [variant] };
  fs.mkdirSync(path.join(work, '.generated'));
  fs.writeFileSync(
    path.join(work, '.generated', 'images.json'),
    JSON.stringify({ [siteConfig.banner]: { ...entry, fallback: variant, original: siteConfig.banner } }),
  );
  process.chdir(work);
  try {
    return render();
  } finally {
    process.chdir(cwd);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

test("the site lives at the community's address", () => {
  assert.equal(deployTarget({}).siteUrl, 'https://cloud-native-montreal.example.org');
  assert.equal(siteConfig.language, 'en');
  assert.equal(siteConfig.timeZone, 'America/Toronto');
});

test("the header shows the community's name and its menu", () => {
  const html = renderToStaticMarkup(<SiteHeader path="/events/" />);
  assert.match(html, />CN Montréal</);
  assert.match(html, /The cloud-native meetup of Montréal/);
  for (const label of ['Posts', 'Events', 'Talks', 'Speakers', 'Code of conduct'])
    assert.match(html, new RegExp(`>${label}<`));
  assert.match(html, /href="\/events\/" [^>]*aria-current="true"/);
  // The interface speaks the site's language.
  assert.match(html, /aria-label="Main menu"/);
  assert.match(html, /aria-label="Search"/);
  assert.match(html, />More</);
  assert.doesNotMatch(html, /Rechercher|Plus</);
  for (const pattern of SRE_FRANCE) assert.doesNotMatch(html, pattern);
});

test('the home banner spells its wordmark and offers its join links', () => {
  const html = withBannerManifest(() => renderToStaticMarkup(<HomeHero />));
  assert.match(html, /<span class="font-extrabold">Cloud<\/span> <span class="font-light">Native<\/span>/);
  assert.match(html, />Meetup<\/span>.*>Montréal</s);
  assert.match(html, /Kubernetes, observability and platform engineering/);
  assert.match(html, /href="https:\/\/www\.meetup\.com\/cloud-native-montreal-example\/"/);
  for (const pattern of SRE_FRANCE) assert.doesNotMatch(html, pattern);
});

test('the footer names its organisation, its links, its licence and its source code', () => {
  const html = renderToStaticMarkup(<SiteFooter />);
  assert.match(html, /Cloud Native Montréal, a not-for-profit organization/);
  assert.match(html, /href="https:\/\/forum\.cnm\.example\.org\/"/);
  assert.match(html, /href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/"[^>]*>CC BY 4\.0</);
  assert.match(html, /href="https:\/\/github\.com\/cnm-example\/site"[^>]*>Source code</);
  assert.match(html, /Events calendar \(\.ics\)/);
  assert.match(html, /aria-label="CN Montréal elsewhere"/);
  assert.doesNotMatch(html, /Code source|sous licence|Calendrier/);
  for (const pattern of SRE_FRANCE) assert.doesNotMatch(html, pattern);
});

test('its brand colours replace the tokens the components use', () => {
  const css = brandCss(siteConfig.colours);
  assert.match(css, /--color-coral-500: #0f8f7a;/);
  assert.match(css, /--color-coral-700: #0b6e5e;/);
  assert.match(css, /--color-navy-900: #161a2b;/);
  assert.match(css, /--color-navy-950: #0d1020;/);
  for (const pattern of SRE_FRANCE) assert.doesNotMatch(css, pattern);
});

test("the video poster carries the community's name and colours", () => {
  const html = renderToStaticMarkup(<YouTube id="aSWjCOxZojU" title="Talk" />);
  assert.match(html, /CN Montréal · Video/);
  assert.match(html, /Play the video \(YouTube, no cookie until you click\)/);
  assert.match(html, /#0f8f7a/);
  assert.match(html, /#161a2b/);
  for (const pattern of SRE_FRANCE) assert.doesNotMatch(html, pattern);
});

test("a share card's band carries the community's short name, in its colours", () => {
  const drawing = JSON.stringify(cardDrawing({ path: '/og/x.jpg', kicker: 'Post', title: 'Hello' }, false));
  assert.match(drawing, /"CN MONTRÉAL"/);
  assert.ok(drawing.includes(siteConfig.colours.accent.bright), 'the band is in the accent colour');
  assert.ok(drawing.includes(siteConfig.colours.accent.light), 'the kicker is in the light accent');
  const shaded = JSON.stringify(cardDrawing({ path: '/og/x.jpg', kicker: 'Post', title: 'Hello' }, true));
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(siteConfig.colours.deep.band.slice(at, at + 2), 16));
  assert.ok(shaded.includes(`rgba(${r},${g},${b},0.92)`), 'a photo is shaded with the deep colour');
  for (const pattern of [...SRE_FRANCE, /#ff9b9b/i, /rgba\(10,22,64/]) assert.doesNotMatch(drawing + shaded, pattern);
});
