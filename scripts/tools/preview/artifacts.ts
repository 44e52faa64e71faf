/**
 * The artifacts the Check workflow uploads for a pull request's preview: the summary names
 * them, and a test holds the workflow's upload steps to these names and folders.
 */
export const PREVIEW_ARTIFACTS = {
  /** Screenshots and summary.md (npm run pr-preview --out). */
  screenshots: { name: 'pr-preview', path: 'preview/' },
  /** The PR's whole export, to open locally with npm run serve. */
  site: { name: 'pr-site', path: 'out/' },
} as const;
