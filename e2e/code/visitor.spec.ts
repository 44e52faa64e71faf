import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { exportedPages } from '../../scripts/build-steps/export/pages';
import { switchColorScheme } from '../color-scheme';
import { rel } from '../export';
import { FIXTURE_OUT } from '../fixture-site/site';

// A visitor between two events and after one (issue 22): what's next, what happened, finding it.
test.describe.configure({ timeout: 120_000 });

const CAMP = '/events/summercamp-2022/';
const NANTES = '/events/2099-03-12-meetup-nantes/';

/** One page of each kind the site has. */
const PAGE_TYPES = [
  '/',
  '/post/',
  '/post/2022-09-05-summercamp-2022/',
  '/events/',
  CAMP,
  NANTES,
  '/tags/',
  '/tags/meetup/',
  '/talks/',
  '/talks/format/talk/',
  '/speakers/',
  '/speakers/guilhem-lettron/',
  '/partners/',
  '/proposer-un-talk/',
  '/page/about/',
  '/search/',
  '/404.html',
];

// Tests that set their own viewport run once: @phone or @desktop, as the width they set.
test('no page scrolls sideways at 320 px', { tag: '@phone' }, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const wide: string[] = [];
  for (const path of exportedPages(FIXTURE_OUT, { errorPages: true })) {
    await page.goto(rel(path));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${path}: ${width} px`);
  }
  expect(wide).toEqual([]);
});

test('the header marks the current section with aria-current, and only it', async ({ page }) => {
  const expected: [string, string][] = [
    ['/post/', 'Articles'],
    ['/post/2022-09-05-summercamp-2022/', 'Articles'],
    ['/events/', 'Événements'],
    [CAMP, 'Événements'],
    ['/talks/format/talk/', 'Talks'],
    ['/speakers/guilhem-lettron/', 'Intervenants'],
    ['/partners/', 'Partenaires'],
    ['/tags/meetup/', 'Meetups'],
    ['/tags/summercamp/', 'Summer Camp'],
    ['/page/about/', 'À propos'],
    ['/proposer-un-talk/', 'Proposer un talk'],
  ];
  const menu = page.getByRole('navigation', { name: 'Menu principal' });
  for (const [path, label] of expected) {
    await page.goto(rel(path));
    const current = menu.locator('a[aria-current]');
    // A section's link may be in the bar and in the fold; one of them shows at each width.
    await expect(current.filter({ visible: true }).or(current.first()).first(), path).toHaveText(label);
    for (const link of await current.all()) await expect(link, path).toHaveAttribute('aria-current', 'true');
    expect(new Set(await current.allTextContents()), path).toEqual(new Set([label]));
  }
  for (const path of ['/', '/tags/incidents/']) {
    await page.goto(rel(path));
    await expect(menu.locator('a[aria-current]'), path).toHaveCount(0);
  }
});

test('the footer names every section in text, the proposal page included', async ({ page }) => {
  await page.goto('');
  const footer = page.getByRole('navigation', { name: 'Pied de page' });
  for (const name of [
    'Articles',
    'Événements',
    'Talks',
    'Intervenants',
    'Partenaires',
    'Proposer un talk',
    'À propos',
  ]) {
    await expect(footer.getByRole('link', { name, exact: true })).toBeVisible();
  }
});

/** Opens a page type as a visitor sees it: the search page with results. */
async function open(page: Page, path: string) {
  if (path !== '/search/') return page.goto(rel(path));
  await page.goto('search/?q=meetup');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 20_000 });
}

async function axe(page: Page, path: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

for (const path of PAGE_TYPES) {
  // Targets are smallest on a phone; desktops get the same rules on every live page (e2e/live).
  // Light, then dark without reloading: one visit a page.
  test(`no WCAG 2.2 AA violation, target size included, on ${path}, light and dark`, { tag: '@phone' }, async ({
    page,
  }) => {
    await open(page, path);
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await switchColorScheme(page, colorScheme);
      violations.push(...(await axe(page, path)).map((v) => `${colorScheme} ${v}`));
    }
    expect(violations).toEqual([]);
  });
}

test('every tap target that stands alone is at least 24 × 24 px on a phone', { tag: '@phone' }, async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const small: string[] = [];
  for (const path of PAGE_TYPES.filter((p) => p !== '/search/')) {
    await page.goto(rel(path));
    const found = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>(
        'main a, main button, main summary, header a, header summary, footer a',
      )) {
        // A stretched link (::after over its card) is as big as the card it covers.
        const stretched = getComputedStyle(el, '::after').position === 'absolute' && el.offsetParent;
        const box = (stretched ? (el.offsetParent as HTMLElement) : el).getBoundingClientRect();
        if (!box.width || !box.height || el.closest('[hidden], details:not([open]) > :not(summary)')) continue;
        // A link inside a sentence is exempt (WCAG 2.5.8 « inline »); a link alone in its line is not.
        const block = el.parentElement;
        const alone = (block?.textContent ?? '').trim() === (el.textContent ?? '').trim();
        const inline = getComputedStyle(el).display === 'inline';
        if (inline && !alone) continue;
        if (box.width < 24 || box.height < 24)
          out.push(
            `${(el.textContent ?? '').trim().slice(0, 30) || el.getAttribute('aria-label')} ${Math.round(box.width)}×${Math.round(box.height)}`,
          );
      }
      return out;
    });
    small.push(...found.map((f) => `${path} ${f}`));
  }
  expect(small).toEqual([]);
});

// On a phone every title starts at the page margin.
test('page titles start at the same x in every section', { tag: '@desktop' }, async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const xs = new Map<string, number>();
  for (const path of PAGE_TYPES.filter((p) => p !== '/' && p !== '/404.html')) {
    await page.goto(rel(path));
    // The title block: an event's date block and a speaker's photo stand before the words.
    const x = await page
      .locator('main h1')
      .first()
      .evaluate((h1) => (h1.closest('header') ?? h1).getBoundingClientRect().x);
    xs.set(path, Math.round(x));
  }
  expect(new Set(xs.values()), JSON.stringify(Object.fromEntries(xs))).toHaveProperty('size', 1);
});

test('a past event leads with its memory, above the programme, and offers no calendar entry', async ({ page }) => {
  await page.goto(rel(CAMP));
  const memory = page.locator('.event-memory');
  await expect(memory.getByRole('heading', { level: 2 })).toHaveText('Revivre l’événement');
  const recap = memory.locator('.event-recaps a').first();
  await expect(recap).toHaveText('SRE SummerCamp 2022 – Résumé de la première édition');
  const videos = memory.locator('.event-videos a.video-card');
  await expect(videos).toHaveCount(8);
  // Each video has a poster, not a 39 × 20 px text link.
  await expect(videos.first().locator('img')).toBeVisible();
  const card = await videos.first().boundingBox();
  expect(card!.width).toBeGreaterThan(200);
  const y = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
  expect(await y('.event-recaps')).toBeLessThan(await y('.event-schedule'));
  expect(await y('.event-videos')).toBeLessThan(await y('.event-schedule'));
  expect(await y('.event-memory')).toBeLessThan(await y('.event-facts'));
  await expect(page.locator('a[type="text/calendar"]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Proposer un talk' }).first()).toBeVisible();
});

test('an upcoming event keeps its calendar entry and shows no memory block', async ({ page }) => {
  await page.goto(rel(NANTES));
  await expect(page.locator('.event-facts a[type="text/calendar"]')).toBeVisible();
  await expect(page.locator('.event-memory')).toHaveCount(0);
  // Registration is one button, in the open call: not repeated among the facts.
  await expect(page.getByRole('link', { name: /S’inscrire|S'inscrire/ })).toHaveCount(1);
});

test('with an event announced, the home says what is next, how to propose a talk, and the latest memory', async ({
  page,
}) => {
  await page.goto('');
  const next = page.locator('.home-event');
  await expect(next.getByRole('heading', { level: 3 })).toHaveText('Meetup – Nantes, l’astreinte');
  await expect(next.getByRole('link', { name: 'Proposer un talk' })).toBeVisible();
  const memory = page.locator('.home-memory');
  await expect(memory.locator('a.home-recap')).toHaveText('SRE SummerCamp 2022 – Résumé de la première édition');
  await expect(memory.getByRole('link', { name: 'Les 8 vidéos' })).toHaveAttribute(
    'href',
    /\/events\/summercamp-2022\/#souvenirs$/,
  );
  expect((await next.boundingBox())!.y).toBeLessThan((await memory.boundingBox())!.y);
});

test('past events in the list say what they left: recap, videos, slides', { tag: '@any-device' }, async ({ page }) => {
  await page.goto(rel('/events/'));
  const camp = page.locator('.event-item', { hasText: 'SummerCamp 2022' });
  await expect(camp.locator('.event-memory-marks')).toContainText('Compte rendu');
  await expect(camp.locator('.event-memory-marks')).toContainText('8 vidéos');
});

test('typography follows the language: English talks keep English spacing, French titles get dashes and balanced lines', {
  tag: '@any-device',
}, async ({ page }) => {
  const english = 'Maximizing development experience by minimizing cost: A dream come true';
  for (const path of [CAMP, '/talks/', '/speakers/sacha-bernheim/']) {
    await page.goto(rel(path));
    const title = page.locator('[lang="en"]', { hasText: english }).first();
    await expect(title, path).toBeVisible();
    expect(await title.textContent(), path).toContain('minimizing cost: A dream');
  }
  await page.goto(rel('/post/2022-09-05-summercamp-2022/'));
  const h1 = page.getByRole('heading', { level: 1 });
  expect(await h1.textContent()).toBe('SRE SummerCamp 2022\u00a0– Résumé de la première édition');
  expect(await h1.evaluate((el) => getComputedStyle(el).textWrapStyle)).toBe('balance');
  expect(
    await page
      .locator('.prose-site p')
      .first()
      .evaluate((el) => getComputedStyle(el).textWrapStyle),
  ).toBe('pretty');
});

/** The paths of a search's results, in order, and their excerpts. */
async function search(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  const results = page.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible({ timeout: 20_000 });
  return results.evaluateAll((items) =>
    items.map((item) => ({
      path: new URL(item.querySelector('a')?.href ?? '', location.href).pathname,
      excerpt: item.querySelector('.pagefind-ui__result-excerpt')?.textContent ?? '',
    })),
  );
}

test('searching an event’s city ranks the event and its recap above talk cards and speaker pages', {
  tag: '@any-device',
}, async ({ page }) => {
  const results = (await search(page, 'Chambéry')).map((r) => r.path);
  const rank = (path: string) => results.indexOf(path);
  for (const path of [CAMP, '/post/2022-09-05-summercamp-2022/']) {
    expect(rank(path), `${path} in ${results.join(' ')}`).toBeGreaterThanOrEqual(0);
    for (const other of results.filter((p) => /^\/(talks|speakers)\//.test(p)))
      expect(rank(path), `${path} before ${other}`).toBeLessThan(rank(other));
  }
});

test('search excerpts quote the text, never the page furniture', { tag: '@any-device' }, async ({ page }) => {
  const furniture = [
    /Voir sur OpenStreetMap/,
    /\bQuand\b/,
    /\bPassé\b/,
    /\bÀ venir\b/,
    /\bSlides\b/,
    /\bVidéo\b/,
    /\b[A-Z]{2} [A-Z][a-z]+ [A-Z]/, // avatar initials before a name: « GL Guilhem Lettron »
    /Ajouter à mon agenda/,
  ];
  for (const query of ['Chambéry', 'Lyon', 'Lettron', 'serverless']) {
    for (const { path, excerpt } of await search(page, query)) {
      for (const pattern of furniture) expect(excerpt, `${query}: ${path}`).not.toMatch(pattern);
    }
  }
});

test('a search result without an image keeps no empty image column', { tag: '@phone' }, async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await search(page, 'Lettron');
  const results = page.locator('.pagefind-ui__result');
  let withoutImage = 0;
  for (const result of await results.all()) {
    if (await result.locator('.pagefind-ui__result-thumb img').count()) continue;
    withoutImage++;
    const [item, title] = await Promise.all([
      result.boundingBox(),
      result.locator('.pagefind-ui__result-title').first().boundingBox(),
    ]);
    expect(title!.x - item!.x, 'the title starts at the result’s left edge').toBeLessThan(24);
  }
  expect(withoutImage, 'a speaker without a photo has no image').toBeGreaterThan(0);
});

test('the talks archive reads a day in programme order, names topics as the site does and says when speakers are unknown', async ({
  page,
}) => {
  await page.goto(rel('/talks/'));
  const titles = await page.locator('.talk-title').allTextContents();
  const at = (title: string) => titles.findIndex((t) => t.startsWith(title));
  // The camp's second day comes first (newest), and within it 11:45 before 12:00.
  expect(at('Risques, erreurs et expertise')).toBeLessThan(at('Lightning talks'));
  expect(at('Lightning talks')).toBeLessThan(at('Keynote d'));
  expect(at('Kubernetes @ no-scale')).toBeLessThan(at('Une CLI pour les gouverner toutes'));
  const topics = page.getByRole('navigation', { name: 'Filtrer les talks' });
  await expect(topics.getByRole('link', { name: /^Meetups/ })).toHaveAttribute('href', /\/talks\/sujet\/meetup\/$/);
  await expect(topics.getByRole('link', { name: /^Summer Camp/ })).toBeVisible();
  await expect(topics).not.toContainText('#');
  const roundTable = page.locator('.talk', { has: page.locator('.talk-title', { hasText: /^Table ronde$/ }) }).first();
  await expect(roundTable).toContainText('Intervenant(s) non indiqué(s)');
  await expect(page.locator('.talk', { hasText: 'Kubernetes @ no-scale' })).not.toContainText('non indiqué');
});

test('a speaker’s page says « Intervenant » above one name, shows their photo, bio and links, and names only co-speakers on their talks', async ({
  page,
}) => {
  await page.goto(rel('/speakers/lea-martin/'));
  const header = page.locator('main header');
  await expect(header).toContainText(/^Intervenant\s*Léa Martin/);
  const photo = header.locator('img');
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.locator('.speaker-bio')).toHaveText(/SRE depuis dix ans/);
  const links = page.getByRole('list', { name: 'Léa Martin ailleurs' });
  await expect(links.getByRole('link', { name: 'example.org' })).toHaveAttribute(
    'href',
    'https://example.org/lea-martin',
  );
  await expect(links.getByRole('link', { name: 'Mastodon' })).toBeVisible();
  await expect(page.locator('main .talk').first()).toBeVisible();
  await expect(page.locator('main .talk-speaker', { hasText: 'Léa Martin' })).toHaveCount(0);

  await page.goto(rel('/speakers/rym/'));
  const keynote = page.locator('main .talk').first();
  await expect(keynote.locator('.talk-speaker')).toHaveText(['Pablo', 'Mathieu']);
  await expect(page.locator('main .talk-speaker', { hasText: /^Rym$/ })).toHaveCount(0);
});

test('the Meetups and Summer Camp tag pages list their events and lead to their talks', async ({ page }) => {
  await page.goto(rel('/tags/meetup/'));
  const meetups = page.locator('.tag-events');
  await expect(meetups.locator('.event-item')).toHaveCount(2);
  await expect(meetups.locator('.event-item').first()).toContainText('Nantes');
  await expect(meetups.locator('.event-item').nth(1)).toContainText('Lyon');
  await page.goto(rel('/tags/summercamp/'));
  const camp = page.locator('.tag-events');
  await expect(camp.locator('.event-item')).toHaveCount(1);
  await expect(camp.locator('.event-item')).toContainText('SRE SummerCamp 2022');
  await camp.locator('.tag-talks').click();
  await expect(page).toHaveURL(/\/talks\/sujet\/summercamp\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Talks\u202f: Summer Camp');
  await expect(page.locator('.talk').first()).toBeVisible();
});

test('the banner photo’s slide text stays out of the tagline: cropped out on a wide screen, blurred on a phone', async ({
  page,
  isMobile,
}) => {
  await page.goto('');
  const photo = page.locator('.home-hero img');
  const style = await photo.evaluate((img) => {
    const s = getComputedStyle(img);
    return { position: s.objectPosition, filter: s.filter };
  });
  // The slide is at mid-height of the photo: a band anchored at its bottom never shows it.
  expect(style.position).toBe('50% 100%');
  if (isMobile) expect(style.filter).toMatch(/blur\(\d/);
  else expect(style.filter).toBe('none');
});

test('/partners/ ranks partners by tier with their logos, and says how to become one', async ({ page }) => {
  await page.goto(rel('/partners/'));
  const tiers = await page.locator('.partner-tier h2').allTextContents();
  expect(tiers.slice(0, 3)).toEqual(['Partenaire principal', 'Soutien', 'Partenaires médias']);
  await expect(page.locator('.partner-tier[data-tier="gold"] li.partner')).toHaveText(/Resilience Care/);
  const logo = page.locator('li.partner#kube-careers .partner-logo img');
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('li.partner#resilience-care img')).toHaveCount(0);
  await page.getByRole('link', { name: 'Devenir partenaire' }).click();
  await expect(page).toHaveURL(/#devenir-partenaire$/);
  const become = page.getByRole('region', { name: 'Devenir partenaire' });
  await expect(become).toBeInViewport();
  await expect(become.getByRole('link', { name: 'Écrire à l’association' })).toHaveAttribute('href', /^mailto:/);
});

test('the main partner’s name stays on one line at 1440 px, in an article and on its event', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'the test sets its own 1440 px viewport: one run is enough');
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const path of ['/post/2022-09-05-summercamp-2022/', CAMP]) {
    await page.goto(rel(path));
    const name = page.locator('.partner-credits [data-tier="gold"] a span:not([aria-hidden])').first();
    await expect(name, path).toHaveText(/Resilience Care/i);
    const lines = await name.evaluate((span) => {
      const range = document.createRange();
      range.selectNodeContents(span);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines, path).toBe(1);
  }
});

test('a photo keeps one ratio in every card, 16:9, at phone and desktop widths', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the test sets its own viewports: one run is enough');
  const CARDS = [
    '.post-card',
    '.home-memory',
    '.event-recaps li',
    '.event-videos li',
    'section[aria-labelledby="a-lire-aussi"] li',
  ];
  const off: string[] = [];
  let measured = 0;
  for (const width of [390, 768, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/', '/post/', '/tags/summercamp/', '/post/2022-09-05-summercamp-2022/', CAMP]) {
      await page.goto(rel(path));
      for (const card of CARDS) {
        const ratios = await page.locator(`main ${card} img`).evaluateAll((imgs) =>
          imgs
            .map((img) => img.getBoundingClientRect())
            .filter((box) => box.width && box.height)
            .map((box) => box.width / box.height),
        );
        measured += ratios.length;
        for (const ratio of ratios)
          if (Math.abs(ratio - 16 / 9) > 0.03) off.push(`${path} ${card} at ${width} px: ${ratio.toFixed(2)}`);
      }
    }
  }
  expect(measured).toBeGreaterThan(10);
  expect(off).toEqual([]);
});
