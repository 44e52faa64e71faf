import { expect, test, type Page } from '@playwright/test';

// The site's look and French finish, checked as a visitor would (issue 14).
const NNBSP = '\u202F';
const CAMP = 'events/summercamp-2022/';
const SEED = 'post/2022-09-05-summercamp-2022/';

async function openMenu(page: Page) {
  // The menu folds into a <details> wherever it would not fit on one line.
  if (await page.locator('header summary').isVisible()) await page.locator('header summary').click();
  return page.getByRole('navigation', { name: 'Menu principal' }).filter({ visible: true });
}

test('the menu, subtitle and labels are in French', async ({ page }) => {
  await page.goto('');
  const menu = await openMenu(page);
  for (const label of ['Offres d’emploi', 'Faire un don', 'À propos', 'Événements']) {
    await expect(menu.getByRole('link', { name: label })).toBeVisible();
  }
  for (const english of ['Job Board', 'Donations', 'About']) {
    await expect(menu.getByRole('link', { name: english, exact: true })).toHaveCount(0);
  }
  await expect(page.locator('header')).not.toContainText('Site Reliability Engineers in France');
  await page.goto('tags/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thèmes');
  await page.goto('post/2022-08-01-live-from-lyon/');
  await expect(page.locator('.hero figcaption')).toHaveText('Meetup au Microsoft Lab Lyon');
  await page.goto(CAMP);
  await expect(page.locator('.partner-credits h3').first()).toHaveText('Partenaire principal');
});

// Phones fold the menu; desktops show it (home.spec.ts checks them from 1024 px).
test('the header stays one line high on a phone', { tag: '@phone' }, async ({ page }) => {
  await page.goto('');
  const height = await page.locator('header').evaluate((h) => h.getBoundingClientRect().height);
  expect(height).toBeLessThan(80);
});

test('content gets French typography: curly apostrophes, « » and narrow spaces before : ; ! ?', {
  tag: '@any-device',
}, async ({ page }) => {
  await page.goto(SEED);
  const body = page.locator('.prose-site').first();
  // Written "SRE France: d'une communauté" in the source: the space is added, the apostrophe curled.
  await expect(body).toContainText(`l’historique de SRE France${NNBSP}: d’une communauté`);
  // Written "sur une \"keynote\"": guillemets with narrow spaces inside.
  await expect(body).toContainText(`sur une «${NNBSP}keynote${NNBSP}»`);
  const prose = await body.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const c of copy.querySelectorAll('code, pre')) c.remove();
    return copy.textContent ?? '';
  });
  expect(prose).not.toMatch(/[\p{L}]'[\p{L}]/u);
  expect(prose).not.toMatch(/[\p{L}] [:;!?](\s|$)/u);
  // Addresses stay as they are, in links and in text.
  await expect(page.locator('a[href="https://sre-summercamp.github.io/sessions/"]').first()).toBeAttached();
});

test('interface text gets the same typography', { tag: '@any-device' }, async ({ page }) => {
  await page.goto('events/');
  await expect(page.locator('main')).toContainText(`et le SummerCamp${NNBSP}: ce qui arrive, et ce qui s’est passé.`);
  await page.goto('this-page-does-not-exist/');
  await expect(page.locator('main')).toContainText('l’adresse contient une faute de frappe');
  await expect(page).toHaveTitle(/^Page introuvable/);
});

test('the tags index lists only tags with articles; an empty tag keeps its page', { tag: '@any-device' }, async ({
  page,
}) => {
  await page.goto('tags/');
  const links = page.locator('main a[href*="/tags/"]');
  await expect(links.filter({ hasText: 'Organisation' })).toHaveCount(0);
  await expect(links.filter({ hasText: 'Meetups' })).toHaveCount(1);
  const response = await page.goto('tags/org/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation');
});

for (const [what, query] of [
  ['a talk title', 'Kubernetes no-scale'],
  ['a speaker', 'Arthur Busser'],
  ['a city', 'Chambéry'],
] as const) {
  test(`search finds the SummerCamp event by ${what}`, { tag: '@any-device' }, async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    const result = page.locator('.pagefind-ui__result', { has: page.locator(`a[href$="/${CAMP}"]`) });
    await expect(page.locator('.pagefind-ui__message')).toContainText(/\d+ résultat/, { timeout: 20_000 });
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
    // Talks and speakers pages may rank first: load more results until the event shows.
    const more = page.locator('.pagefind-ui__button');
    for (let i = 0; i < 4 && !(await result.count()) && (await more.isVisible()); i++) await more.click();
    await expect(result.first()).toBeVisible({ timeout: 10_000 });
    await expect(result.first().locator('.pagefind-ui__result-tag')).toContainText(
      'Du samedi 3 au dimanche 4 septembre 2022',
    );
  });
}

test('search results show the date of an article and a thumbnail', { tag: '@any-device' }, async ({ page }) => {
  await page.goto('search/?q=randonnée');
  const post = page.locator('.pagefind-ui__result', { has: page.locator(`a[href$="/${SEED}"]`) }).first();
  await expect(post).toBeVisible({ timeout: 20_000 });
  await expect(post.locator('.pagefind-ui__result-tag')).toContainText('5 septembre 2022');
  await expect(post.locator('img')).toHaveAttribute('src', /\.webp$/);
});

test('search ignores the event card and the partner block inside an article', { tag: '@any-device' }, async ({
  page,
}) => {
  // "samedi" is only in the article's event card ("Du samedi 3 au dimanche 4"), and in the event page.
  await page.goto('search/?q=samedi');
  await expect(page.locator(`.pagefind-ui__result a[href$="/${CAMP}"]`).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator(`.pagefind-ui__result a[href$="/${SEED}"]`)).toHaveCount(0);
  // In the article, "partenaires" is only in its partner block; the about page says it in its text.
  await page.goto('search/?q=partenaires');
  await expect(page.locator('.pagefind-ui__result a[href$="/page/about/"]').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator(`.pagefind-ui__result a[href$="/${SEED}"]`)).toHaveCount(0);
});

test('the 404 page searches with a plain form and links to events', async ({ page }) => {
  await page.goto('nowhere/');
  await expect(page.getByRole('link', { name: /Les événements/ })).toHaveAttribute('href', /\/events\/$/);
  await page.getByRole('searchbox', { name: 'Chercher sur le site' }).fill('Chambéry');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Chamb/);
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 20_000 });
});

/** WCAG contrast ratio of two rgb()/rgba() colours read from getComputedStyle. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the focus ring on the navy header and footer contrasts at least 3:1 (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('');
    for (const link of [page.locator('header a').first(), page.locator('footer a').first()]) {
      await link.focus();
      const { outline, background } = await link.evaluate((el) => {
        let bg = 'rgba(0, 0, 0, 0)';
        for (let node: Element | null = el; node && /rgba\(.*, 0\)$|transparent/.test(bg); node = node.parentElement) {
          bg = getComputedStyle(node).backgroundColor;
        }
        return { outline: getComputedStyle(el).outlineColor, background: bg };
      });
      expect(contrast(outline, background), `${outline} on ${background}`).toBeGreaterThanOrEqual(3);
    }
  });
}

test('the skip link shows padded, on a background, at the first Tab', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  const box = await skip.evaluate((el) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return { top: r.top, padding: parseFloat(s.paddingLeft), bg: s.backgroundColor };
  });
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.padding).toBeGreaterThanOrEqual(8);
  expect(box.bg).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
});

test('the home page says who we are: banner, join links, the next event, latest posts', async ({ page, isMobile }) => {
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Site\s+Reliability\s+Engineering\s+France/i);
  // The banner photo is the first paint: loaded first, never lazily.
  await expect(page.locator('.home-hero img')).toHaveAttribute('fetchpriority', 'high');
  const join = page.getByRole('list', { name: 'Rejoindre la communauté' });
  await expect(join.getByRole('link', { name: /Meetup/ })).toHaveAttribute('href', /meetup\.com/);
  await expect(join.getByRole('link', { name: /Telegram/ })).toHaveAttribute('href', /t\.me/);
  await expect(join.getByRole('link', { name: /YouTube/ })).toHaveAttribute('href', /youtube\.com/);
  // The fixture site has an event to come: it is the block, the recap is in the memory block
  // below (no event announced is the component test's case, components/HomeEvent.test.tsx).
  const event = page.locator('.home-event');
  await expect(event.getByRole('heading', { level: 2 })).toHaveText('Prochain rendez-vous');
  await expect(event.getByRole('heading', { level: 3 })).toHaveText('Meetup – Nantes, l’astreinte');
  await expect(event.locator('.home-recap')).toHaveCount(0);
  await expect(event.getByRole('link', { name: /Programme et inscription/ })).toHaveAttribute(
    'href',
    /\/events\/2099-03-12-meetup-nantes\/$/,
  );
  // Three published posts (the draft and the post dated 2099 are not): three cards that fill one row on a desktop.
  const cards = page.locator('article.post-card');
  await expect(cards).toHaveCount(3);
  if (!isMobile) {
    const tops = await cards.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
  }
  await expect(page.getByRole('link', { name: /Tous les articles/ })).toHaveAttribute('href', /\/post\/$/);
  await expect(page.getByRole('link', { name: 'Tous les événements' }).first()).toHaveAttribute('href', /\/events\/$/);
});

test('the footer links to YouTube and to the RSS feed', { tag: '@any-device' }, async ({ page }) => {
  await page.goto('');
  const footer = page.locator('footer');
  await expect(footer.getByRole('link', { name: 'YouTube' })).toHaveAttribute('href', /youtube\.com/);
  await expect(footer.getByRole('link', { name: /RSS/ })).toHaveAttribute('href', /\/index\.xml$/);
});

test('the programme prints durations the French way, without repeating a track in its title', {
  tag: '@any-device',
}, async ({ page }) => {
  await page.goto(CAMP);
  const day1 = page.locator('.schedule-day').nth(0);
  const hike = day1.locator('.session', { hasText: 'Randonnée au pied du Massif des Bauges' });
  await expect(hike).toContainText('4 h');
  await expect(hike).not.toContainText('240 min');
  await expect(hike.locator('.rounded-full', { hasText: 'Randonnée' })).toHaveCount(0);
  await expect(day1.locator('.session', { hasText: 'Déjeuner' })).toContainText('1 h 15');
  // Saturday afternoon: hike, climbing and the board games the recap tells about.
  await expect(day1.locator('.session', { hasText: 'Jeux de plateau' })).toHaveCount(1);
  // The association organises: it is not thanked as a partner of its own event.
  await expect(page.locator('.partner-credits').getByRole('link', { name: 'SRE France' })).toHaveCount(0);
});

test('the events page has no build footnote and explains its two calendar links', async ({ page }) => {
  await page.goto('events/');
  await expect(page.getByText(/Page générée/)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'S’abonner au calendrier' })).toHaveAttribute('href', /^webcal:/);
  await expect(page.getByText('Votre agenda ajoute les nouveaux événements tout seul.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Télécharger le fichier .ics' })).toHaveAttribute(
    'href',
    /calendar\.ics$/,
  );
});

test('a Ressources list shows labels and domains, never a bare address', async ({ page }) => {
  await page.goto(SEED);
  const list = page.locator('.resource-links');
  await expect(list.getByRole('link', { name: 'Sessions' })).toHaveAttribute(
    'href',
    'https://sre-summercamp.github.io/sessions/',
  );
  await expect(list.getByRole('link', { name: 'Groupe Telegram' })).toBeVisible();
  await expect(list).toContainText('(sre-summercamp.github.io)');
  await expect(list.locator('a', { hasText: /^https?:/ })).toHaveCount(0);
});

test('a front matter description is the meta description and the card summary', { tag: '@any-device' }, async ({
  page,
}) => {
  await page.goto(SEED);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /^Le résumé du premier SRE SummerCamp à Chambéry/,
  );
  await page.goto('post/');
  await expect(page.locator('article.post-card', { hasText: 'Live from Lyon' })).toContainText(
    'Le compte rendu du meetup #14 à Lyon',
  );
});

test('the YouTube placeholder shows the page image and the video title before any click', {
  tag: '@any-device',
}, async ({ page }) => {
  await page.goto('post/2022-08-01-live-from-lyon/');
  const frame = page.locator('figure.youtube iframe');
  const srcdoc = (await frame.getAttribute('srcdoc')) ?? '';
  expect(srcdoc).toMatch(/url\(&quot;\/_img\/[^)]+\.webp&quot;\)|url\("\/_img\/[^)]+\.webp"\)/);
  await expect(page.frameLocator('figure.youtube iframe').locator('.title')).toContainText('Live from Lyon');
});

test('partner names in an article wrap between words, never inside one', { tag: '@desktop' }, async ({ page }) => {
  for (const width of [1024, 1280, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(SEED);
    const names = page.locator('.prose-site .partner-credits a span:not([aria-hidden])');
    expect(await names.count()).toBeGreaterThan(0);
    // Each word of each name is drawn on one line: a word split in two has two boxes.
    const split = await names.evaluateAll((spans) =>
      spans.flatMap((span) => {
        const text = span.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [];
        const words: string[] = [];
        for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) words.push(match[0]);
        }
        return words;
      }),
    );
    expect(split, `${width} px`).toEqual([]);
  }
});
