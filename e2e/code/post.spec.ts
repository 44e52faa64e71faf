import { expect, test } from '@playwright/test';

const SEED = 'post/2022-09-05-summercamp-2022/';

test('the seed article shows its hero with caption, title, date and reading time', async ({ page }) => {
  await page.goto(SEED);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'SRE SummerCamp 2022 – Résumé de la première édition',
  );
  const hero = page.locator('.hero figure').first();
  await expect(hero.locator('figcaption')).toHaveText('SummerCamp 2022');
  const img = hero.locator('img');
  await expect(img).toBeVisible();
  expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  await expect(page.locator('article time').first()).toHaveText('5 septembre 2022');
  await expect(page.locator('article')).toContainText('min de lecture');
  await expect(page.locator('article').getByRole('link', { name: 'Summer Camp', exact: true })).toBeVisible();
});

test('the prose is published unchanged', { tag: '@any-device' }, async ({ page }) => {
  await page.goto(SEED);
  const body = page.locator('.prose');
  await expect(body.locator('blockquote')).toContainText(
    'un événement se déroulant sur un week-end mixant activités en extérieur',
  );
  await expect(body).toContainText('accueillir une quinzaine de participants·es');
  await expect(body.locator('li')).toContainText([
    'Randonnée en périphérie de Chambéry, au pied du Massif des Beauges',
  ]);
  await expect(body.getByRole('link', { name: 'La Dynamo, Chambéry' })).toHaveAttribute(
    'href',
    'https://ladynamo.chambery.fr/',
  );
});

test('the resources are a titled list of links', async ({ page }) => {
  await page.goto(SEED);
  const resources = page.getByRole('region', { name: 'Ressources' });
  await expect(resources).toBeVisible();
  const links = resources.getByRole('link');
  await expect(links).toHaveCount(3);
  await expect(links.nth(0)).toHaveAttribute('href', 'https://sre-summercamp.github.io/sessions/');
  await expect(links.nth(1)).toHaveAttribute('href', 'https://t.me/+aOmUhucuNkcyMDVk');
  await expect(links.nth(2)).toHaveAttribute('href', 'https://sre-france.github.io/');
});

test('the partners are credited by tier, each linking to its site', async ({ page }) => {
  await page.goto(SEED);
  const credits = page.getByRole('region', { name: 'Merci à nos partenaires' });
  const gold = credits.locator('[data-tier="gold"]');
  const support = credits.locator('[data-tier="support"]');
  await expect(gold.getByRole('heading')).toHaveText('Partenaire principal');
  await expect(gold.getByRole('link', { name: 'Resilience Care' })).toHaveAttribute(
    'href',
    'https://www.resilience.care',
  );
  await expect(support.getByRole('link', { name: 'La Dynamo Chambéry' })).toHaveAttribute(
    'href',
    'https://ladynamo.chambery.fr/',
  );
  // Gold comes first and is drawn larger.
  const goldBox = await gold.getByRole('link').boundingBox();
  const supportBox = await support.getByRole('link').boundingBox();
  expect(goldBox!.y).toBeLessThan(supportBox!.y);
  expect(goldBox!.height).toBeGreaterThan(supportBox!.height);
});

test("the seed's link to the Lyon meetup works", async ({ page }) => {
  await page.goto(SEED);
  await page.getByRole('link', { name: 'précédent' }).click();
  await expect(page).toHaveURL(/\/post\/2022-08-01-live-from-lyon\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Site Reliability Engineering – Live from Lyon');
  await expect(page.locator('.hero figcaption')).toHaveText('Meetup au Microsoft Lab Lyon');
  await expect(page.locator('iframe[title^="Meetup #14"]')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Ressources' }).getByRole('link')).toHaveCount(3);
});

test('French typography: narrow no-break space before high punctuation', async ({ page }) => {
  await page.goto(SEED);
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text as shown, which is what is asserted
  const text = await page.locator('.prose').innerText();
  expect(text).toContain('événement\u202F!');
});

test('an article links to the one before and the one after it', async ({ page }) => {
  await page.goto(SEED);
  const neighbours = page.getByRole('navigation', { name: 'Articles voisins' });
  const older = neighbours.getByRole('link', { name: /Plus ancien.*Live from Lyon/ });
  await expect(older).toHaveAttribute('rel', 'prev');
  await expect(neighbours.getByRole('link')).toHaveCount(1);
  await older.click();
  await expect(page).toHaveURL(/\/post\/2022-08-01-live-from-lyon\/$/);
  const newer = page
    .getByRole('navigation', { name: 'Articles voisins' })
    .getByRole('link', { name: /Plus récent.*SummerCamp 2022/ });
  await expect(newer).toHaveAttribute('rel', 'next');
});

test('section headings carry an anchor to themselves, revealed on hover', async ({ page, isMobile }) => {
  await page.goto('post/2022-08-01-live-from-lyon/');
  const heading = page.getByRole('heading', { level: 2, name: 'Revoir le meetup' });
  await expect(heading).toHaveAttribute('id', 'revoir-le-meetup');
  const anchor = heading.locator('a.heading-anchor');
  await expect(anchor).toHaveAttribute('href', '#revoir-le-meetup');
  if (!isMobile) {
    await heading.hover();
    await expect(anchor).toHaveCSS('opacity', '1');
    await anchor.click();
    await expect(page).toHaveURL(/#revoir-le-meetup$/);
    expect(await heading.evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(100);
  }
});
