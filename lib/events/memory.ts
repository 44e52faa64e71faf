/**
 * What stays of an event once it is over: the posts that recap it, the recorded talks, the
 * slides and the photo. A past event's page and the home page lead with it.
 */
import type { Post, SiteEvent } from '../content/types';

export type EventVideo = { url: string; title: string; speakers: string[]; lang?: string };
export type EventSlides = { href: string; title: string; lang?: string };
export type EventMemory = {
  event: SiteEvent;
  recaps: Post[];
  /** One entry per recording: talks that share one (a whole evening) are listed under it. */
  videos: EventVideo[];
  slides: EventSlides[];
  /** The event's photo, else the first recap's. */
  photo?: string;
};

export function eventMemory(event: SiteEvent, recaps: Post[]): EventMemory {
  const videos = new Map<string, EventVideo>();
  const slides = new Map<string, EventSlides>();
  for (const session of event.sessions) {
    const lang = session.language;
    if (session.video) {
      const known = videos.get(session.video);
      if (!known)
        videos.set(session.video, { url: session.video, title: session.title, speakers: session.speakers, lang });
      else {
        known.title = `${known.title} · ${session.title}`;
        known.speakers = [...new Set([...known.speakers, ...session.speakers])];
        if (known.lang !== lang) known.lang = undefined;
      }
    }
    if (session.slides && !slides.has(session.slides))
      slides.set(session.slides, { href: session.slides, title: session.title, lang });
  }
  return {
    event,
    recaps,
    videos: [...videos.values()],
    slides: [...slides.values()],
    photo: event.image ?? recaps.find((post) => post.image)?.image,
  };
}

/** Whether anything is left to show: a recap, a video or slides. */
export const hasMemory = (memory: EventMemory) =>
  memory.recaps.length > 0 || memory.videos.length > 0 || memory.slides.length > 0;
