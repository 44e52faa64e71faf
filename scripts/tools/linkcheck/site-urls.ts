/**
 * Where a link of the export leads: the address of the served export for a link to this
 * site (relative, or absolute on the site's own address as feeds, the sitemap and share
 * tags write it), nothing for another site or a mailto:, tel:, data: link.
 */
export type Served = { local: string; site: string };

export function localTarget(raw: string, base: string, { local, site }: Served): URL | undefined {
  if (!raw || /^(mailto:|tel:|data:|javascript:)/i.test(raw)) return undefined;
  const url = new URL(raw.replace(/&amp;/g, '&'), base);
  if (url.origin === site) return new URL(url.pathname + url.search + url.hash, local);
  return url.origin === local ? url : undefined;
}

/** Absolute http(s) URLs written in text: feeds, sitemap, robots.txt, JSON. */
export function absoluteUrlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'<>\\)\]]+/g)].map((m) =>
    m[0].replace(/[.,;]+$/, '').replace(/&amp;/g, '&'),
  );
}
