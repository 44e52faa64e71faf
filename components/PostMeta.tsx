import type { TagInfo } from '@/lib/content/types';
import type { ContentDate } from '@/lib/dates';
import { ui } from '@/lib/messages/interface';
import { TagList } from './TagList';
import { DayDate } from './DateText';

type PostMetaProps = {
  date?: ContentDate;
  lastmod?: ContentDate;
  readingMinutes?: number;
  tags?: string[];
  /** The site's tags, for their titles. */
  siteTags: TagInfo[];
};

/** "5 septembre 2022 · 2 min de lecture" and the tags. */
export function PostMeta({ date, lastmod, readingMinutes, tags = [], siteTags }: PostMetaProps) {
  const updated = lastmod && date && lastmod.time > date.time ? lastmod : undefined;
  return (
    <div className="flex flex-col gap-3 text-sm text-slate-600 dark:text-slate-400">
      <p className="m-0 flex flex-wrap items-center gap-x-2">
        {/* The dot stays with the date, so a wrapped line never starts with it. */}
        {date ? (
          <span>
            <DayDate date={date} />
            {readingMinutes ? <span aria-hidden="true">{'\u00a0·'}</span> : null}
          </span>
        ) : null}
        {readingMinutes ? (
          <span>
            {readingMinutes}
            {'\u00a0'}
            {ui().readingTime}
          </span>
        ) : null}
        {updated ? (
          <span>
            {ui().updated}
            <DayDate date={updated} />)
          </span>
        ) : null}
      </p>
      <TagList tags={tags} siteTags={siteTags} />
    </div>
  );
}
