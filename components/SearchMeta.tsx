import { getImage } from '@/lib/images/manifest';
import { withBase } from '@/lib/urls';

/**
 * What a search result shows besides title and excerpt (read by Pagefind at build time):
 * the date as a reader says it and a small thumbnail, the smallest 16:9 crop of the image.
 */
export function SearchMeta({ date, image }: { date?: string; image?: string }) {
  const entry = image ? getImage(image) : undefined;
  const thumb = entry ? (entry.card ?? entry).webp[0]?.url : undefined;
  return (
    <>
      {date ? <span hidden data-pagefind-meta={`date:${date}`} /> : null}
      {thumb ? <span hidden data-pagefind-meta={`image:${withBase(thumb)}`} /> : null}
    </>
  );
}
