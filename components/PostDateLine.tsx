import type { Post } from '@/lib/content/types';
import { ui } from '@/lib/messages/interface';
import { DayDate } from './DateText';

/** Under a post's title in a list: « 5 septembre 2022 · 4 min de lecture ». */
export function PostDateLine({ post }: { post: Post }) {
  return (
    <p className="m-0 mt-1 text-sm text-slate-600 dark:text-slate-400">
      <DayDate date={post.date} />
      {'\u00a0· '}
      {post.readingMinutes}
      {'\u00a0'}
      {ui().readingTime}
    </p>
  );
}
