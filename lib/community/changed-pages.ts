/**
 * Which pages of the site a pull request adds or changes, from the files it touches: what
 * a reviewer should look at. Content files map to their pages; an image or a slides PDF to
 * the pages that show it; a partner to /partners/. Code changes map to no page here.
 */
import type { Archive } from '../content/archive';
import type { SiteContent } from '../content/types';
import { sitePaths } from '../urls';

export type ChangedPages = { pages: string[]; unpublished: string[] };

export function changedPages(
  files: string[],
  content: Pick<SiteContent, 'posts' | 'pages' | 'events' | 'tags'>,
  archive: Pick<Archive, 'speakerByKey'>,
): ChangedPages {
  const pages = new Set<string>();
  const unpublished: string[] = [];
  const bySlug = <T extends { slug: string }>(list: T[]) => new Map(list.map((d) => [d.slug, d]));
  const posts = bySlug(content.posts);
  const standalone = bySlug(content.pages);
  const events = bySlug(content.events);
  const tags = new Set(content.tags.map((t) => t.tag));
  const showing = (src: string) => [
    ...content.posts
      .filter((p) => p.image === src || p.banners.some((b) => b.src === src) || p.images.some((i) => i.url === src))
      .map((p) => p.url),
    ...content.events
      .filter((e) => e.image === src || e.images.some((i) => i.url === src) || e.sessions.some((s) => s.slides === src))
      .map((e) => e.url),
    ...[...archive.speakerByKey.values()].filter((s) => s.speaker.photo === src).map((s) => s.url),
  ];

  for (const file of files) {
    const m = /^content\/(post|page|events|speakers|partners|tags|img|slides)\/(.+)$/.exec(file);
    if (!m) continue;
    const [, folder, rest] = m;
    const name = rest.replace(/\.(mdx?|ya?ml)$/, '');
    const add = (page: string | undefined) => (page ? pages.add(page) : unpublished.push(file));
    if (folder === 'post') add(posts.get(name)?.url);
    else if (folder === 'page') add(standalone.get(name)?.url);
    else if (folder === 'events') {
      add(events.get(name)?.url);
      if (events.has(name)) pages.add(sitePaths.events());
    } else if (folder === 'speakers') add(archive.speakerByKey.get(name)?.url);
    else if (folder === 'partners') add(sitePaths.partners());
    else if (folder === 'tags') add(tags.has(name) ? sitePaths.tag(name) : undefined);
    else {
      const found = showing(`/${folder}/${rest}`);
      if (!found.length) unpublished.push(file);
      for (const p of found) pages.add(p);
    }
  }
  return { pages: [...pages].sort(), unpublished };
}
