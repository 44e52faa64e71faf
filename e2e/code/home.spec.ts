import { expect, test } from '@playwright/test';

test('the home page shows the next event, then the published posts, newest first', async ({ page }) => {
  await page.goto('');
  await expect(page).toHaveTitle(/SRE France/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.home-event h3')).toHaveText('Meetup – Nantes, l’astreinte');
  const cards = page.locator('article.post-card');
  await expect(cards.locator('h3')).toHaveText([
    'SRE SummerCamp 2022 – Résumé de la première édition',
    'Site Reliability Engineering – Live from Lyon',
    'Meetup à Paris : des post-mortems sans coupable',
  ]);
  const first = cards.first();
  await expect(first.locator('time')).toHaveText('5 septembre 2022');
  // The front matter description wins over the first paragraph.
  await expect(first).toContainText('Le résumé du premier SRE SummerCamp à Chambéry');
  const thumbnail = first.locator('img');
  await expect(thumbnail).toHaveAttribute('width', /\d+/);
  await thumbnail.scrollIntoViewIfNeeded();
  await expect
    .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
});

test('a card leads to its article', async ({ page }) => {
  await page.goto('');
  await page
    .locator('article.post-card')
    .getByRole('link', { name: 'Site Reliability Engineering – Live from Lyon' })
    .click();
  await expect(page).toHaveURL(/\/post\/2022-08-01-live-from-lyon\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Site Reliability Engineering – Live from Lyon');
});

test('the header menu reaches every section, on phones through the folded menu', async ({ page }) => {
  await page.goto('');
  // The menu folds into a <details> wherever it would not fit on one line.
  if (await page.locator('header summary').isVisible()) await page.locator('header summary').click();
  const menu = page.getByRole('navigation', { name: 'Menu principal' });
  for (const name of ['Meetups', 'Summer Camp', 'GitHub', 'Offres d’emploi', 'Contact', 'Faire un don', 'À propos']) {
    await expect(menu.getByRole('link', { name })).toBeVisible();
  }
  await menu.getByRole('link', { name: 'Summer Camp' }).click();
  await expect(page).toHaveURL(/\/tags\/summercamp\/$/);
});

// Sets its own widths, from 1024 px: phones fold the whole menu.
test('from 1024 px the main sections are in the bar and the others fold under « Plus », inside the page width', {
  tag: '@desktop',
}, async ({ page }) => {
  const menu = page.getByRole('navigation', { name: 'Menu principal' });
  const main = ['Articles', 'Meetups', 'Summer Camp', 'Événements', 'Talks', 'Intervenants', 'Partenaires'];
  const more = ['Proposer un talk', 'GitHub', 'Offres d’emploi', 'Contact', 'Faire un don', 'À propos'];
  for (const width of [1024, 1280, 1536, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('');
    for (const name of main) await expect(menu.getByRole('link', { name })).toBeVisible();
    for (const name of more) await expect(menu.getByRole('link', { name })).toBeHidden();
    await menu.getByText('Plus', { exact: true }).click();
    for (const name of more) await expect(menu.getByRole('link', { name })).toBeVisible();
    // The fold holds only what the bar lacks: no entry shows twice.
    for (const name of main) await expect(menu.getByRole('link', { name })).toHaveCount(1);
    const header = await page.locator('header').boundingBox();
    expect(header?.height, `${width} px: one line`).toBeLessThan(90);
    // Everything in the bar stays inside the page's column: nothing spills or scrolls sideways.
    const [column, fold] = await Promise.all([
      page.locator('header > div').nth(1).boundingBox(),
      page.locator('header summary').boundingBox(),
    ]);
    expect(fold!.x + fold!.width, `${width} px: the last control inside the column`).toBeLessThanOrEqual(
      column!.x + column!.width,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});

test('the footer has named social links and the association line', async ({ page }) => {
  await page.goto('');
  const footer = page.locator('footer');
  for (const name of ['GitHub', 'Telegram', 'Meetup', 'Mastodon', 'Bluesky', 'X (Twitter)', 'E-mail']) {
    await expect(footer.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(footer).toContainText('association loi 1901');
});
