import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { rel } from '../export';
import { FIXTURE_OUT } from '../fixture-site/site';
import { localPath } from '../site-url';

// The SummerCamp 2022 programme: Guilhem Lettron gave a quickie on each of its two days.
const EVENT = '/events/summercamp-2022/';
const FIRST_TALK = 'Kubernetes @ no-scale';
const OTHER_TALK = 'Risques, erreurs et expertise';
const SPEAKER = 'Guilhem Lettron';
const SEED_POST = '/post/2022-09-05-summercamp-2022/';

test('from an event to a talk, to its speaker, to their other talk and back', async ({ page }) => {
  await page.goto(rel(EVENT));
  const talk = page.locator('.session').filter({ has: page.getByRole('link', { name: FIRST_TALK, exact: true }) });
  await talk.getByRole('link', { name: FIRST_TALK, exact: true }).click();
  // The talk's permanent link is its anchor on the event page.
  const anchor = new URL(page.url()).hash;
  expect(anchor).toMatch(/^#[a-z0-9-]+$/);
  await expect(page.locator(anchor)).toContainText(FIRST_TALK);

  await talk.getByRole('link', { name: SPEAKER }).click();
  await expect(page).toHaveURL(/\/speakers\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SPEAKER);
  const talks = page.locator('article.talk');
  await expect(talks).toHaveCount(2);
  // Newest first: the second day's quickie comes before the first day's.
  await expect(talks.nth(0)).toContainText(OTHER_TALK);
  await expect(talks.nth(1)).toContainText(FIRST_TALK);
  await expect(talks.nth(0).getByRole('link', { name: 'Vidéo' })).toHaveAttribute('href', /youtube\.com/);

  await talks.nth(0).getByRole('link', { name: OTHER_TALK, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${EVENT}#[a-z0-9-]+$`));
  const other = page.locator(new URL(page.url()).hash);
  await expect(other).toContainText(OTHER_TALK);
  await expect(other).toBeInViewport();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SPEAKER);
});

test('the talks archive is grouped by year and filtered by format with plain links', async ({ page }) => {
  await page.goto(rel('/talks/'));
  await expect(page.getByRole('heading', { level: 2, name: '2022' })).toBeVisible();
  const all = await page.locator('article.talk').count();
  expect(all).toBeGreaterThan(3);
  await page
    .getByRole('navigation', { name: 'Filtrer les talks' })
    .getByRole('link', { name: /^Quickies/ })
    .click();
  await expect(page).toHaveURL(/\/talks\/format\/quickie\/$/);
  await expect(page.getByRole('link', { name: /^Quickies/ })).toHaveAttribute('aria-current', 'page');
  const formats = await page
    .locator('article.talk')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-format')));
  expect(formats.length).toBeGreaterThan(0);
  expect(formats.length).toBeLessThan(all);
  expect(new Set(formats)).toEqual(new Set(['quickie']));
});

test('the speakers list shows initials for speakers without photo and leads to their page with Person data', async ({
  page,
}) => {
  await page.goto(rel('/speakers/'));
  const card = page.locator('.speaker-card').filter({ hasText: SPEAKER });
  await expect(card).toContainText('GL');
  await expect(card).toContainText('Barpilot');
  await card.getByRole('link', { name: SPEAKER }).click();
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(data['@type']).toBe('Person');
  expect(data.name).toBe(SPEAKER);
  expect(data.subjectOf.map((e: { name: string }) => e.name)).toEqual([OTHER_TALK, FIRST_TALK]);
});

test('partners list the events they supported with their tier, and each event links back', async ({ page }) => {
  await page.goto(rel(EVENT));
  await page.getByRole('link', { name: /Tous les partenaires/ }).click();
  const partner = page.locator('li.partner#resilience-care');
  await expect(partner.getByRole('heading')).toHaveText('Resilience Care');
  await expect(partner).toContainText('Partenaire principal');
  await partner.getByRole('link', { name: 'SRE SummerCamp 2022' }).click();
  await expect(page).toHaveURL(new RegExp(`${EVENT}$`));
  await page.goto(rel('/partners/'));
  const types = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((s) => s.flatMap((x) => [JSON.parse(x.textContent!)].flat().map((d) => d['@type'])));
  expect(types.filter((t) => t === 'Organization').length).toBeGreaterThanOrEqual(4);
  // The association organizes the events: it is not listed as their partner.
  await expect(page.locator('li.partner#sre-france')).toHaveCount(0);
  // The main partner of the latest event comes before its other partners.
  const order = await page.locator('li.partner').evaluateAll((items) => items.map((item) => item.id));
  expect(order.indexOf('resilience-care')).toBeLessThan(order.indexOf('la-dynamo-chambery'));
});

test('the seed article has its own share card, 1200×630, named by og:image', { tag: '@any-device' }, async ({
  page,
}) => {
  await page.goto(rel(SEED_POST));
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/\/og\/post\/2022-09-05-summercamp-2022\.jpg$/);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  const response = await page.request.get(localPath(image!));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/jpeg');
  const { width, height } = await sharp(await response.body()).metadata();
  expect([width, height]).toEqual([1200, 630]);
});

test('the proposal page explains formats and languages and links to the form', async ({ page }) => {
  await page.goto(rel('/talks/'));
  await page.getByRole('link', { name: 'Proposer un talk' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Proposer un talk');
  // One list of formats, in the archive's words (not « Talk court », which the archive never says).
  await expect(page.locator('dl dt')).toHaveText([
    /^Talk\s+\(environ 45\s+min\)$/,
    /^Quickie\s+\(environ 15\s+min\)$/,
    /^Lightning talks\s+\(environ 5\s+min\)$/,
  ]);
  await expect(page.locator('main')).not.toContainText('Talk court');
  await expect(page.getByText(/en français ou en anglais/).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ouvrir le formulaire de proposition' })).toHaveAttribute(
    'href',
    /issues\/new\?template=proposer-un-talk\.yml/,
  );
  const template = path.resolve('.github/ISSUE_TEMPLATE/proposer-un-talk.yml');
  expect(fs.existsSync(template)).toBe(true);
});

test('every new page is in the sitemap and indexed for search', { tag: '@any-device' }, async ({ request }) => {
  const sitemap = await (await request.get(rel('/sitemap.xml'))).text();
  for (const p of ['/talks/', '/speakers/', '/partners/', '/proposer-un-talk/', '/talks/format/quickie/'])
    expect(sitemap).toContain(`${p}</loc>`);
  for (const p of ['talks', 'speakers', 'partners', 'proposer-un-talk']) {
    expect(fs.readFileSync(path.join(FIXTURE_OUT, p, 'index.html'), 'utf8')).toContain('data-pagefind-body');
  }
});
