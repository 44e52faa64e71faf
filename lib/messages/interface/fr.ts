/**
 * The interface's sentences in French: the frame of every page (skip link, header, footer)
 * and the video player. en.ts says the same in English; site.yaml's language picks one.
 */
export const fr = {
  skipToContent: 'Aller au contenu',
  mainMenu: 'Menu principal',
  search: 'Rechercher',
  /** The menu's button on phones and tablets, and from 1024 px the fold of the `more` entries. */
  menu: 'Menu',
  more: 'Plus',
  footerMenu: 'Pied de page',
  elsewhere: (name: string) => `${name} ailleurs`,
  eventsCalendar: 'Calendrier des événements (.ics)',
  licence: 'Contenus publiés sous licence',
  sourceCode: 'Code source',
  youtubeVideo: 'Vidéo YouTube',
  video: 'Vidéo',
  playVideo: 'Lire la vidéo (YouTube, sans cookie tant que vous ne cliquez pas)',
};

export type InterfaceMessages = typeof fr;
