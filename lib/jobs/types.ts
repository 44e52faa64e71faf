import type { MdxAnalysis } from '../mdx/analyze';
import type { JobFrontMatter } from './schema';

/** A job offer of content/jobs/, validated. */
export type JobOffer = Pick<JobFrontMatter, 'title' | 'company' | 'city' | 'contract' | 'date' | 'until'> &
  Pick<MdxAnalysis, 'source' | 'links' | 'images'> & {
    slug: string;
    /** Path from the project root, as printed in errors: content/jobs/x.mdx. */
    file: string;
    /** Its page on this site: /jobs/<slug>/. */
    url: string;
    /** The offer itself, elsewhere. */
    applyUrl: string;
    remote: boolean;
    /** The instant after which the offer is closed: the end of its `until` day, Paris time. */
    closes: number;
    /** Plain text: front matter `summary`, else the first paragraph of the body. */
    summary: string;
  };
