import type { ContentDate } from '@/lib/dates';
import { formatFrenchDate } from '@/lib/dates';
import { capitalize, formatDateRange } from '@/lib/events/when';

/** One day as readers read it ("5 septembre 2022"), machine-readable for feeds and search engines. */
export function DayDate({ date, className }: { date: ContentDate; className?: string }) {
  return (
    <time dateTime={date.iso} className={className}>
      {formatFrenchDate(date)}
    </time>
  );
}

/** An event's days, one or a range ("Du 2 au 3 septembre 2022"), dated by its first day. */
export function EventDates({ start, end }: { start: ContentDate; end?: ContentDate }) {
  return <time dateTime={start.iso}>{capitalize(formatDateRange(start, end))}</time>;
}
