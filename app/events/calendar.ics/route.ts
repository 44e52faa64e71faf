import { getContent } from '@/lib/content';
import { eventsCalendar } from '@/lib/events/ics';
import { siteConfig } from '@/lib/site-config';
import { sitePaths } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';

/** /events/calendar.ics: every event, for members to subscribe to once. Exported as a file. */
export const dynamic = 'force-static';

export function GET() {
  const { events } = getContent();
  const body = eventsCalendar(events, {
    name: ui().calendarTitle(siteConfig.title),
    url: sitePaths.events(),
    subscription: true,
  });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
