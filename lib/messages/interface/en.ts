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
};
