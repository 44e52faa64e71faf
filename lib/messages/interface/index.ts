/**
 * The interface's sentences in the site's language (site.yaml's `language`): one catalogue
 * per language, the same keys in each (the type says so). Dates and numbers are formatted
 * by Intl with the site's locale (lib/dates.ts), not written here.
 */
import { siteConfig } from '../../site-config';
import { en } from './en';
import { fr, type InterfaceMessages } from './fr';

const CATALOGUES: Record<'fr' | 'en', InterfaceMessages> = { fr, en };

/** Read when a page renders, so a test that changes the language sees its sentences. */
export function ui(): InterfaceMessages {
  return CATALOGUES[siteConfig.language];
}
