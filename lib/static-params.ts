/**
 * Next's static export refuses a dynamic route whose generateStaticParams lists no page
 * (« returned an empty array … not allowed with output: export »): a new community with no
 * tag, no talk or no speaker yet could not build. Such a route lists one placeholder page
 * instead; the page finds no record for it and renders as not found, and postbuild removes
 * it from the export (scripts/build-steps/export/placeholder-pages.ts), so no address of it is published.
 */
export const PLACEHOLDER_SEGMENT = '__none__';

/** The route's pages, or one placeholder page when there are none, each parameter set to PLACEHOLDER_SEGMENT. */
export function pagesOrPlaceholder<P extends Record<string, string>>(params: P[], keys: (keyof P)[]): P[] {
  if (params.length) return params;
  return [Object.fromEntries(keys.map((key) => [key, PLACEHOLDER_SEGMENT])) as P];
}
