import { expect, test } from '@playwright/test';

const CAMP = 'events/summercamp-2022/';

test('the events page lists upcoming events, then past ones by year, newest first', async ({ page }) => {
  await page.goto('events/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Événements');
  await expect(page.getByRole('heading', { level: 2, name: 'À venir' })).toBeVisible();
  const past = page.getByRole('region', { name: 'Événements passés' });
  await expect(past.getByRole('heading', { level: 3, name: '2022' })).toBeVisible();
  const items = past.locator('article.event-item');
  await expect(items).toHaveCount(3);
  await expect(past.getByRole('heading', { level: 3, name: '2021' })).toBeVisible();
  await expect(items.nth(0).getByRole('heading')).toHaveText('SRE SummerCamp 2022');
  await expect(items.nth(0)).toContainText('Chambéry');
  await expect(items.nth(0)).toContainText('Du samedi 3 au dimanche 4 septembre 2022');
  // Under the "past events" heading, no "Passé" badge repeats it.
  await expect(past.locator('[data-status="past"]')).toHaveCount(0);
  await expect(items.nth(1).getByRole('heading')).toHaveText('Meetup #14 – Live from Lyon');
  await expect(items.nth(1)).toContainText('Lyon');
  await expect(page.getByText(/Page générée le/)).toHaveCount(0);
  await expect(page.getByText('Votre agenda ajoute les nouveaux événements tout seul.')).toBeVisible();
  await items.nth(0).getByRole('link', { name: 'SRE SummerCamp 2022' }).click();
  await expect(page).toHaveURL(/\/events\/summercamp-2022\/$/);
});

test('the menu leads to the events page', async ({ page }) => {
  await page.goto('');
  // The menu folds into a <details> wherever it would not fit on one line.
  if (await page.locator('header summary').isVisible()) await page.locator('header summary').click();
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Événements' }).click();
  await expect(page).toHaveURL(/\/events\/$/);
});

test('the SummerCamp page says when and where, with a map link and no map script', { tag: '@any-device' }, async ({
  page,
}) => {
  await page.goto(CAMP);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SRE SummerCamp 2022');
  const facts = page.getByRole('region', { name: 'Informations pratiques' });
  await expect(facts).toContainText('Du samedi 3 au dimanche 4 septembre 2022');
  await expect(facts).toContainText('De 9 h 00 le samedi à 17 h 00 le dimanche');
  await expect(facts).toContainText('24 avenue Daniel Rops, 73000 Chambéry');
  await expect(facts.getByRole('link', { name: /OpenStreetMap/ })).toHaveAttribute(
    'href',
    /openstreetmap\.org\/\?mlat=45\.5903&mlon=5\.9203/,
  );
  await expect(facts).toContainText('Rym, Pablo et Mathieu');
});

test('the SummerCamp programme has two days, with speakers under the talk titles and video links', {
  tag: '@any-device',
}, async ({ page }) => {
  await page.goto(CAMP);
  const days = page.locator('.schedule-day');
  await expect(days).toHaveCount(2);
  await expect(days.nth(0).getByRole('heading', { level: 3 })).toContainText('Samedi 3 septembre');
  await expect(days.nth(1).getByRole('heading', { level: 3 })).toContainText('Dimanche 4 septembre');

  const talk = days.nth(0).locator('.session', { hasText: 'Secrets, race conditions, and statelessness' });
  await expect(talk).toContainText('Arthur Busser · Padok');
  await expect(talk.getByRole('link', { name: /Vidéo/ })).toHaveAttribute(
    'href',
    'https://www.youtube.com/watch?v=aSWjCOxZojU',
  );
  const slot = days.nth(0).locator('.schedule-slot', { has: page.getByText('Secrets, race conditions') });
  await expect(slot.locator('time')).toHaveText('10 h 30');

  // Day 2: the lightning talks at noon, and two activities in parallel in the afternoon.
  const noon = days.nth(1).locator('.schedule-slot', { has: page.locator('time', { hasText: /^12\sh\s00$/ }) });
  await expect(noon.locator('.session')).toHaveCount(1);
  await expect(noon).toContainText('Lightning talks');
  const afternoon = days.nth(1).locator('.schedule-slot', { has: page.locator('time', { hasText: /^14\sh\s00$/ }) });
  await expect(afternoon.locator('.session')).toHaveCount(2);
  await expect(days.nth(1).locator('.session', { hasText: 'Risques, erreurs et expertise' })).toContainText(
    'Guilhem Lettron · Barpilot',
  );
});

test('the SummerCamp partners are credited by tier, gold first', async ({ page }) => {
  await page.goto(CAMP);
  const credits = page.getByRole('region', { name: 'Partenaires' });
  await expect(credits.locator('[data-tier]')).toHaveCount(3);
  await expect(credits.locator('[data-tier]').first()).toHaveAttribute('data-tier', 'gold');
  await expect(credits.locator('[data-tier="gold"]').getByRole('link', { name: 'Resilience Care' })).toBeVisible();
  await expect(
    credits.locator('[data-tier="support"]').getByRole('link', { name: 'La Dynamo Chambéry' }),
  ).toBeVisible();
  // The association organises the event: it is not thanked as its own partner.
  await expect(credits.getByRole('link', { name: 'SRE France' })).toHaveCount(0);
  const media = credits.locator('[data-tier="media"]');
  await expect(media.getByRole('link', { name: 'Kube Events' })).toHaveAttribute('href', 'https://kube.events/');
  await expect(media.getByRole('link', { name: 'Kube Careers' })).toHaveAttribute('href', 'https://kube.careers/');
});

test('the SummerCamp page links its recap, and the recap links back', async ({ page }) => {
  await page.goto(CAMP);
  await page
    .getByRole('region', { name: 'Revivre l’événement' })
    .getByRole('link', { name: 'SRE SummerCamp 2022 – Résumé de la première édition' })
    .click();
  await expect(page).toHaveURL(/\/post\/2022-09-05-summercamp-2022\/$/);
  const card = page.getByRole('complementary', { name: 'Événement' });
  await expect(card).toContainText('Du samedi 3 au dimanche 4 septembre 2022 · Chambéry');
  await expect(card.locator('[data-status]')).toHaveText('Passé');
  await card.getByRole('link', { name: 'SRE SummerCamp 2022' }).click();
  await expect(page).toHaveURL(/\/events\/summercamp-2022\/$/);
});

test('"add to my calendar" serves an iCalendar file with the event in UTC', { tag: '@any-device' }, async ({
  page,
  request,
}) => {
  // Only an event to come offers the button; a past one keeps its file at the same address.
  await page.goto('events/2099-03-12-meetup-nantes/');
  const next = await page.getByRole('link', { name: /Ajouter à mon agenda/ }).getAttribute('href');
  expect(next).toMatch(/\/events\/2099-03-12-meetup-nantes\/2099-03-12-meetup-nantes\.ics$/);
  expect(await (await request.get(next!)).text()).toContain('DTSTART:20990312T180000Z\r\n');
  const href = '/events/summercamp-2022/summercamp-2022.ics';
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  const text = await response.text();
  expect(text).toContain('BEGIN:VCALENDAR\r\n');
  expect(text).toContain('UID:event-summercamp-2022@');
  expect(text).toContain('DTSTART:20220903T070000Z\r\n');

  const all = await request.get('events/calendar.ics');
  expect(all.headers()['content-type']).toMatch(/^text\/calendar/);
  expect((await all.text()).match(/BEGIN:VEVENT/g)).toHaveLength(4);
});

test('the event page carries schema.org Event data', { tag: '@any-device' }, async ({ page }) => {
  await page.goto(CAMP);
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data['@type']).toBe('Event');
  expect(data.startDate).toBe('2022-09-03T09:00:00+02:00');
  expect(data.location[0].address.addressLocality).toBe('Chambéry');
  expect(data.performer).toContainEqual({
    '@type': 'Person',
    name: 'Arthur Busser',
    worksFor: { '@type': 'Organization', name: 'Padok' },
  });
});

test('the Lyon meetup: hybrid, untimed talks, its recap', { tag: '@any-device' }, async ({ page }) => {
  await page.goto('events/2022-07-12-meetup-lyon/');
  const facts = page.getByRole('region', { name: 'Informations pratiques' });
  await expect(facts).toContainText('Mardi 12 juillet 2022');
  await expect(facts).toContainText('Et en ligne sur Microsoft Teams');
  await expect(page.locator('.session')).toHaveCount(2);
  await expect(page.locator('.session').first()).toContainText('Construire et faire tourner une plateforme serverless');
  await expect(page.getByRole('region', { name: 'Revivre l’événement' }).locator('.event-recaps a')).toHaveText(
    'Site Reliability Engineering – Live from Lyon',
  );
});
