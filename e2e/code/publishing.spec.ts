import { expect, test } from '@playwright/test';

// What the fixture site holds besides today's content: a post of a new tag, a scheduled post
// (2099), a draft, a past event with a recap, and an upcoming event (2099) with two talks.

test('a scheduled post and a draft are nowhere: no page, not on their tag page, not in the feed', {
  tag: '@any-device',
}, async ({ page, request }) => {
  for (const hidden of ['post/2099-01-15-article-programme/', 'post/2021-06-01-brouillon/']) {
    expect((await request.get(hidden)).status(), hidden).toBe(404);
  }
  await page.goto('tags/incidents/');
  await expect(page.locator('article.post-card')).toHaveCount(1);
  await expect(page.locator('article.post-card')).toContainText('Meetup à Paris : des post-mortems sans coupable');
  const feed = await (await request.get('index.xml')).text();
  expect(feed).not.toContain('programmé pour plus tard');
  expect(feed).not.toContain('brouillon');
});

test('a tag with no description file gets its page, named by the tag', async ({ page }) => {
  await page.goto('tags/');
  await expect(page.getByRole('link', { name: /incidents\s*1 article/ })).toBeVisible();
  await page.goto('tags/incidents/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('incidents');
});

test('an upcoming event is listed under "À venir", with its talks and speakers on its page', async ({ page }) => {
  await page.goto('events/');
  const upcoming = page.getByRole('region', { name: 'À venir' });
  const item = upcoming.locator('article.event-item');
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('heading')).toHaveText('Meetup – Nantes, l’astreinte');
  await expect(item.locator('[data-status]')).toHaveText('À venir');
  await item.getByRole('link', { name: 'Meetup – Nantes, l’astreinte' }).click();
  await expect(page).toHaveURL(/\/events\/2099-03-12-meetup-nantes\/$/);
  const sessions = page.locator('.session');
  await expect(sessions).toHaveCount(2);
  await expect(sessions.nth(0)).toContainText('Une astreinte qui ne brûle personne');
  await expect(sessions.nth(0)).toContainText('Léa Martin · Exemple');
  await expect(sessions.nth(1)).toContainText('Hugo Bernard · Démo');
});

test('a past event links its recap post, which names a speaker who is new to the site', async ({ page }) => {
  await page.goto('events/2021-11-18-meetup-paris/');
  await expect(page.locator('.session')).toContainText('Léa Martin');
  await page
    .getByRole('region', { name: 'Revivre l’événement' })
    .getByRole('link', { name: 'Meetup à Paris : des post-mortems sans coupable' })
    .click();
  await expect(page).toHaveURL(/\/post\/2021-11-18-meetup-paris-postmortems\/$/);
});
