import { getAllEvents, getEventBySlug } from '@/lib/content';
import { eventsCalendar } from '@/lib/events/ics';

/** /events/<slug>/<slug>.ics: one event, for "add to my calendar". Exported as a file. */
export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = { params: Promise<{ slug: string; file: string }> };

export function generateStaticParams() {
  return getAllEvents().map((event) => ({ slug: event.slug, file: `${event.slug}.ics` }));
}

export async function GET(_request: Request, { params }: Params) {
  const event = getEventBySlug((await params).slug)!;
  const body = eventsCalendar([event], { name: event.title, url: event.url });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
