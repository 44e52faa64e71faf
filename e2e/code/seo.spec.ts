import { expect, test, type Page } from '@playwright/test';
import { localPath, siteUrl } from '../site-url';

const SEED = 'post/2022-09-05-summercamp-2022/';

const meta = (page: Page, key: string) =>
  page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute('content');

/** Every JSON-LD object of the page, parsed (a failure to parse fails the test). */
async function jsonLd(page: Page): Promise<Record<string, any>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => JSON.parse(text));
}

test('a post has its title, summary, canonical URL and a large share card of its own', { tag: '@any-device' }, async ({
  page,
  request,
}) => {
  await page.goto(SEED);
  // The tab's title gets French typography (a dash between words); share and structured data keep the text as written.
  await expect(page).toHaveTitle('SRE SummerCamp 2022\u00a0– Résumé de la première édition | SRE France');
  // The front matter description wins over the first paragraph.
  expect(await meta(page, 'description')).toMatch(/^Le résumé du premier SRE SummerCamp/);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', siteUrl(`/${SEED}`));
  expect(await meta(page, 'og:url')).toBe(siteUrl(`/${SEED}`));
  expect(await meta(page, 'og:type')).toBe('article');
  expect(await meta(page, 'og:title')).toBe('SRE SummerCamp 2022 - Résumé de la première édition');
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  expect(await meta(page, 'twitter:site')).toBe('@SREFrance');
  const image = (await meta(page, 'og:image'))!;
  // The post's generated card (title, date, its hero photo), not the bare photo.
  expect(image).toBe(siteUrl('/og/post/2022-09-05-summercamp-2022.jpg'));
  expect(await meta(page, 'twitter:image')).toBe(image);
  const response = await request.get(localPath(image));
  expect(response.headers()['content-type']).toBe('image/jpeg');
});

test('a page without an image of its own shares the site card, 1200×630, described', { tag: '@any-device' }, async ({
  page,
  request,
}) => {
  await page.goto('page/about/');
  const image = (await meta(page, 'og:image'))!;
  expect(image).toBe(siteUrl('/og/site.jpg'));
  expect(await meta(page, 'og:image:width')).toBe('1200');
  expect(await meta(page, 'og:image:height')).toBe('630');
  expect(await meta(page, 'og:image:alt')).toBe('SRE France : La communauté SRE en France');
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  expect(await meta(page, 'twitter:image:alt')).toBe('SRE France : La communauté SRE en France');
  const response = await request.get(localPath(image));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/jpeg');
  expect(await meta(page, 'og:type')).toBe('website');
});

test('a post describes itself as a BlogPosting with a breadcrumb', { tag: '@any-device' }, async ({ page }) => {
  await page.goto(SEED);
  const data = await jsonLd(page);
  const post = data.find((d) => d['@type'] === 'BlogPosting')!;
  expect(post['@context']).toBe('https://schema.org');
  expect(post.headline).toBe('SRE SummerCamp 2022 - Résumé de la première édition');
  expect(post.datePublished).toBe('2022-09-05T19:00:00+01:00');
  expect(post.dateModified).toBe('2022-09-05T19:00:00+01:00');
  expect(post.mainEntityOfPage).toBe(siteUrl(`/${SEED}`));
  expect(post.image[0]).toMatch(/^https?:\/\/.*summercamp2022/);
  expect(post.author.name).toBe('SRE France');
  expect(post.publisher.logo).toMatchObject({ '@type': 'ImageObject', url: expect.stringMatching(/^https?:\/\//) });
  expect(post.publisher.logo.width).toBeGreaterThan(0);
  expect(post.description).toMatch(/^Le résumé du premier SRE SummerCamp/);
  const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList')!;
  expect(crumbs.itemListElement.map((c: { name: string; item: string }) => [c.name, c.item])).toEqual([
    ['Accueil', siteUrl('/')],
    ['Articles', siteUrl('/post/')],
    ['SRE SummerCamp 2022 - Résumé de la première édition', siteUrl(`/${SEED}`)],
  ]);
});

test('the home page describes the organization and the website with its search', { tag: '@any-device' }, async ({
  page,
}) => {
  await page.goto('');
  const data = await jsonLd(page);
  const org = data.find((d) => d['@type'] === 'Organization')!;
  expect(org.name).toBe('SRE France');
  expect(org.url).toBe(siteUrl('/'));
  expect(org.logo).toMatchObject({ '@type': 'ImageObject', url: expect.stringMatching(/^https?:\/\/.*logo/) });
  expect(org.logo.width).toBeGreaterThan(0);
  expect(org.logo.height).toBeGreaterThan(0);
  expect(org.sameAs).toContain('https://github.com/sre-france/');
  const site = data.find((d) => d['@type'] === 'WebSite')!;
  expect(site.url).toBe(siteUrl('/'));
  expect(site.inLanguage).toBe('fr-FR');
  expect(site.potentialAction.target.urlTemplate).toBe(`${siteUrl('/search/')}?q={search_term_string}`);
});

test('a tag page has a breadcrumb through the tag index', { tag: '@any-device' }, async ({ page }) => {
  await page.goto('tags/summercamp/');
  const crumbs = (await jsonLd(page)).find((d) => d['@type'] === 'BreadcrumbList')!;
  expect(crumbs.itemListElement.map((c: { item: string }) => c.item)).toEqual([
    siteUrl('/'),
    siteUrl('/tags/'),
    siteUrl('/tags/summercamp/'),
  ]);
  expect(crumbs.itemListElement.map((c: { position: number }) => c.position)).toEqual([1, 2, 3]);
});
