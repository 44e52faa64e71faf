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

export const LANGUAGES: Record<string, string> = { fr: 'en français', en: 'en anglais' };
