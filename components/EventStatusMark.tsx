import type { SiteEvent } from '@/lib/content/types';
import { ui } from '@/lib/messages/interface';

const STYLES = {
  upcoming: 'bg-coral-700 text-white dark:bg-coral-300 dark:text-navy-950',
  past: 'border border-slate-400 text-slate-700 dark:border-slate-500 dark:text-slate-300',
  cancelled: 'border border-coral-700 text-coral-700 line-through dark:border-coral-300 dark:text-coral-300',
  postponed: 'border border-coral-700 text-coral-700 dark:border-coral-300 dark:text-coral-300',
};

/** "À venir", "Passé", "Annulé" or "Reporté", as words: the colour only repeats them. */
export function EventStatusMark({ event, upcoming }: { event: Pick<SiteEvent, 'status'>; upcoming: boolean }) {
  const kind = event.status !== 'scheduled' ? event.status : upcoming ? 'upcoming' : 'past';
  return (
    <span
      data-status={kind}
      data-pagefind-ignore
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold uppercase tracking-wider ${STYLES[kind]}`}
    >
      {ui().events.status[kind]}
    </span>
  );
}
