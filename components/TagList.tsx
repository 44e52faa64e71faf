import type { TagInfo } from '@/lib/content/types';
import { sitePaths } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from './SiteLink';

/** Tags as small pills with their French titles (content/tags/), linking to their lists. */
export function TagList({
  tags,
  siteTags,
  label = ui().topics.title,
}: {
  tags: string[];
  siteTags: TagInfo[];
  label?: string;
}) {
  if (!tags.length) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <SiteLink
            href={sitePaths.tag(tag)}
            className="inline-block rounded-full border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 no-underline hover:border-coral-700 hover:text-coral-700 dark:border-slate-600 dark:text-slate-300 dark:hover:border-coral-300 dark:hover:text-coral-300"
          >
            {siteTags.find((t) => t.tag === tag)?.title ?? tag}
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}
