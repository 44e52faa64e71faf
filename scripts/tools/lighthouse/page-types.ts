/**
 * One page of each kind from an export's page list, so Lighthouse visits every template of any
 * site (this one, the example community, a fork) without a hand-kept list of its addresses.
 * A kind is the address with its last segment as a wildcard ("/post/*" for every post); the
 * sections' own pages ("/talks/") are kinds of their own.
 */
export function onePerPageType(pagePaths: string[]): string[] {
  const seen = new Set<string>();
  const chosen: string[] = [];
  for (const page of [...pagePaths].sort()) {
    const segments = page.split('/').filter(Boolean);
    const kind = segments.length < 2 ? page : `/${segments.slice(0, -1).join('/')}/*`;
    if (seen.has(kind)) continue;
    seen.add(kind);
    chosen.push(page);
  }
  return chosen;
}
