/** Labels of partners' levels, session formats and languages in the site's language, shared by the programme and the archive. */
import type { SessionFormat } from '../content/events/schema';
import type { PartnerTier } from '../content/schema';
import { ui } from '../messages/interface';

/** A partner's level, one partner and several: the same words on events, articles and /partners/. */
export const tierLabels = (): Record<PartnerTier, string[]> => ui().labels.tiers;

export const formatLabels = (): Record<SessionFormat, string> => ui().labels.formats;

/** Plural headings for the archive's filter pages. */
export const formatPlurals = (): Record<SessionFormat, string> => ui().labels.formatPlurals;

/** Said where a talk's speakers would be when its file names none, so the gap reads as known. */
export const speakersUnknown = () => ui().labels.speakersUnknown;

/** « en français », « in English »: a session's language. */
export const languageNames = (): Record<string, string> => ui().labels.languages;

/**
 * The formats anyone may propose, with their usual length: the proposal page, an event's call
 * for talks and the proposal form (.github/ISSUE_TEMPLATE/proposer-un-talk.yml) say the same,
 * in the archive's words.
 */
export const PROPOSAL_FORMATS = [
  { format: 'talk', minutes: 45 },
  { format: 'quickie', minutes: 15 },
  { format: 'lightning', minutes: 5 },
] as const satisfies readonly { format: SessionFormat; minutes: number }[];

type ProposalFormat = (typeof PROPOSAL_FORMATS)[number];

/** What a proposal format is for, in a line. */
export const proposalPitch = ({ format }: ProposalFormat) => ui().labels.pitches[format];

/** « Talk (environ 45 min) »: a proposal format as the form and the pages name it. */
export const proposalFormatName = ({ format, minutes }: ProposalFormat) =>
  `${formatLabels()[format]} (${ui().labels.approx}${minutes} min)`;
