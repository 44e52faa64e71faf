import { getAllEvents, getEventBySlug } from '@/lib/content';
import { eventsCalendar } from '@/lib/events/ics';
import { pagesOrPlaceholder } from '@/lib/static-params';

/** /events/<slug>/<slug>.ics: one event, for "add to my calendar". Exported as a file. */
export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = { params: Promise<{ slug: string; file: string }> };

export function generateStaticParams() {
  return pagesOrPlaceholder(
    getAllEvents().map((event) => ({ slug: event.slug, file: `${event.slug}.ics` })),
    ['slug', 'file'],
  );
}

export async function GET(_request: Request, { params }: Params) {
  const event = getEventBySlug((await params).slug);
  if (!event) return new Response(null, { status: 404 });
  const body = eventsCalendar([event], { name: event.title, url: event.url });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
