/** The addresses of the job board: each offer's page, and the board itself (a standalone page). */
import { sitePaths } from '../site-paths';

export const jobPaths = {
  /** Where /jobs/ sends visitors: the board, at the address the old site gave it. */
  board: () => sitePaths.page('job-board'),
  list: () => '/jobs/',
  offer: (slug: string) => `/jobs/${slug}/`,
};
