import type { InterfaceMessages } from './fr';

/** The interface's sentences in English, key for key with fr.ts. */
export const en: InterfaceMessages = {
  skipToContent: 'Skip to content',
  mainMenu: 'Main menu',
  search: 'Search',
  menu: 'Menu',
  more: 'More',
  footerMenu: 'Footer',
  elsewhere: (name: string) => `${name} elsewhere`,
  eventsCalendar: 'Events calendar (.ics)',
  licence: 'Content published under',
  sourceCode: 'Source code',
  youtubeVideo: 'YouTube video',
  video: 'Video',
  playVideo: 'Play the video (YouTube, no cookie until you click)',
  when: {
    at: (time: string) => `at ${time}`,
    fromTo: (start: string, end: string) => `from ${start} to ${end}`,
    fromToAcrossDays: (start: string, startDay: string, end: string, endDay: string) =>
      `from ${start} on ${startDay} to ${end} on ${endDay}`,
  },
  home: {
    next: 'Next event',
    online: 'Online',
    programme: 'Programme and registration',
    allEvents: 'All events',
    proposeTalk: 'Propose a talk',
    noDate: 'The next date is not announced yet',
    hearFirst: (between: string) => `${between} To hear it first:`,
    betweenEditions: 'The next events are in the works.',
    pastEvents: 'Past events',
  },
  eventsPageIntro: 'What is coming, and what happened.',
  pages: {
    events: 'Events',
    talks: 'Talks',
    talksIntro: 'Every session, the latest first, with its slides and video.',
    partners: 'Partners',
    partnersIntro: 'The companies, venues and communities that make our events possible.',
    proposeTalkIntro:
      'A lesson learned, an incident, a tool, a practice: the stage is open to everyone, first-timers included.',
  },
};
