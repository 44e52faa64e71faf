/**
 * Which menu entry a page belongs to: the entry whose address is the longest start of the
 * page's path (/events/x/ is under « Événements », /tags/meetup/page/2/ under « Meetups »).
 */
export function currentEntry<T extends { href: string }>(entries: readonly T[], path: string): T | undefined {
  let best: T | undefined;
  for (const entry of entries) {
    if (!entry.href.startsWith('/') || !path.startsWith(entry.href)) continue;
    if (!best || entry.href.length > best.href.length) best = entry;
  }
  return best;
}
