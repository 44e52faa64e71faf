/** French labels of session formats and languages, shared by the programme and the archive. */
import type { SessionFormat } from '../content/events/schema';
import type { PartnerTier } from '../content/schema';

/** A partner's level, one partner and several: the same words on events, articles and /partners/. */
export const TIER_LABELS: Record<PartnerTier, [one: string, several: string]> = {
  gold: ['Partenaire principal', 'Partenaires principaux'],
  support: ['Soutien', 'Soutiens'],
  community: ['Communauté partenaire', 'Communautés partenaires'],
  media: ['Partenaire média', 'Partenaires médias'],
};

export const FORMAT_LABELS: Record<SessionFormat, string> = {
  keynote: 'Keynote',
  talk: 'Talk',
  quickie: 'Quickie',
  lightning: 'Lightning talks',
  'round-table': 'Table ronde',
  activity: 'Activité',
  break: 'Pause',
};

/** Plural headings for the archive's filter pages. */
export const FORMAT_PLURALS: Record<SessionFormat, string> = {
  keynote: 'Keynotes',
  talk: 'Talks',
  quickie: 'Quickies',
  lightning: 'Lightning talks',
  'round-table': 'Tables rondes',
  activity: 'Activités',
  break: 'Pauses',
};

/** Said where a talk's speakers would be when its file names none, so the gap reads as known. */
export const SPEAKERS_UNKNOWN = 'Intervenant(s) non indiqué(s)';

export const LANGUAGES: Record<string, string> = { fr: 'en français', en: 'en anglais' };

/**
 * The formats anyone may propose, with their usual length: the proposal page, an event's call
 * for talks and the proposal form (.github/ISSUE_TEMPLATE/proposer-un-talk.yml) say the same,
 * in the archive's words.
 */
export const PROPOSAL_FORMATS = [
  { format: 'talk', minutes: 45, pitch: 'Le temps de raconter une histoire complète, questions comprises.' },
  { format: 'quickie', minutes: 15, pitch: 'Une idée, un outil, une leçon apprise, en allant droit au but.' },
  { format: 'lightning', minutes: 5, pitch: 'Quelques slides et une idée : idéal pour une première fois.' },
] as const satisfies readonly { format: SessionFormat; minutes: number; pitch: string }[];

/** « Talk (environ 45 min) »: a proposal format as the form and the pages name it. */
export const proposalFormatName = ({ format, minutes }: (typeof PROPOSAL_FORMATS)[number]) =>
  `${FORMAT_LABELS[format]} (environ ${minutes} min)`;
