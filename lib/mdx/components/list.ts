/**
 * Every component content may use, one file each in this folder. The allow-list and the
 * registry are read from here; the order is the one hints list them in.
 */
import { Figure } from './Figure';
import { Gallery } from './Gallery';
import { HeroImage } from './HeroImage';
import { PartnerCredits } from './PartnerCredits';
import { ResourceLinks } from './ResourceLinks';
import { YouTube } from './YouTube';

export const MDX_COMPONENTS = [HeroImage, ResourceLinks, PartnerCredits, YouTube, Figure, Gallery] as const;
