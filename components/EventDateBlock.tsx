import type { ContentDate } from '@/lib/dates';
import { dateBlock } from '@/lib/events/when';

/** Day and month in a navy block, as on a printed programme; the full date is written next to it. */
export function EventDateBlock({
  start,
  end,
  size = 'md',
}: {
  start: ContentDate;
  end?: ContentDate;
  size?: 'sm' | 'md';
}) {
  const { day, month, year } = dateBlock(start, end);
  return (
    <div
      aria-hidden="true"
      className={`flex shrink-0 flex-col items-center justify-center rounded-lg bg-navy-900 text-center leading-none text-white ring-1 ring-white/10 dark:bg-navy-800 ${size === 'sm' ? 'h-16 w-16' : 'h-20 w-20'}`}
    >
      <span
        className={`font-extrabold tracking-tight ${size === 'sm' ? 'text-lg' : 'text-2xl'} ${day.length > 3 ? 'text-[1.15rem]' : ''}`}
      >
        {day}
      </span>
      <span className="mt-1 text-xs font-semibold uppercase tracking-[0.12em] text-coral-300">{month}</span>
      <span className="mt-1 text-[0.7rem] text-slate-300">{year}</span>
    </div>
  );
}
