import { contractLabel, placeLabel } from '@/lib/jobs/labels';
import type { JobOffer } from '@/lib/jobs';
import { ui } from '@/lib/messages/interface';
import { DayDate } from '@/components/DateText';

/** Company · place · contract, the line an offer is chosen by; separators end an item, never start a line. */
export function JobFacts({ offer }: { offer: JobOffer }) {
  const items = [offer.company, placeLabel(offer), contractLabel(offer.contract)];
  return (
    <p className="m-0 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
      {items.map((item, index) => (
        <span key={item} className={index === 0 ? 'font-medium text-slate-800 dark:text-slate-200' : undefined}>
          {item}
          {index < items.length - 1 ? <span aria-hidden="true">{'\u00a0·'}</span> : null}
        </span>
      ))}
    </p>
  );
}

/** « Publiée le 2 mars 2026 », the day an offer was shared. */
export function JobDate({ offer }: { offer: JobOffer }) {
  return (
    <>
      {ui().jobs.published}
      <DayDate date={offer.date} />
    </>
  );
}
