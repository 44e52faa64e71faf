import { sitePaths } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from './SiteLink';

/** The way onto the stage, under an event: every event page leads to the proposal page. */
export function ProposeTalkLink() {
  return (
    <p className="propose-talk not-prose my-10 rounded-xl border border-slate-300 p-5 text-slate-800 dark:border-slate-600 dark:text-slate-200">
      {ui().lists.eager}
      {ui().beforeColon}?{' '}
      <SiteLink
        href={sitePaths.proposeTalk()}
        className="inline-block py-1 font-semibold text-coral-700 underline underline-offset-4 dark:text-coral-300"
      >
        {ui().home.proposeTalk}
      </SiteLink>
    </p>
  );
}
