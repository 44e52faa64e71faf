/**
 * Structured data for search engines. A JSON-LD <script> is data, not code: the
 * post-export step keeps it and the page's CSP still allows no script to run. "<" is
 * escaped so no content can close the element early.
 */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />;
}
