/**
 * Ids that pages give their own sections. Written once here: the components that draw the
 * sections use them, and anchors made from content (an event's session ids, read.ts) step
 * around them, so a session called "Programme" never takes the schedule's anchor.
 */
export const PAGE_IDS = {
  /** The layout's <main>, target of the skip link. */
  main: 'contenu',
  /** An event's schedule. */
  schedule: 'programme',
  /** Posts that recap an event or quote a speaker. */
  recaps: 'comptes-rendus',
  /** An event's open calls (talks, registration). */
  calls: 'appel-a-talks',
  /** What stays of a past event: recaps, videos, slides. */
  memory: 'souvenirs',
} as const;

/** The title of a partner section when the content gives none. */
export const PARTNERS_TITLE = 'Partenaires';

/** The heading id of a partner section, from its title ("Partenaires" gives "partners-partenaires"). */
export const partnersHeadingId = (title: string) => `partners-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** Every id an event page writes itself. */
export const EVENT_PAGE_IDS = [
  PAGE_IDS.main,
  PAGE_IDS.schedule,
  partnersHeadingId(PARTNERS_TITLE),
  PAGE_IDS.recaps,
  PAGE_IDS.calls,
  PAGE_IDS.memory,
];
