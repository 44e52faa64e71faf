import { serializeJsonLd } from '@/lib/structured-data';

type JsonLdProps = { data: Parameters<typeof serializeJsonLd>[0] };

/** schema.org data for search engines: a data block, not a script (the export keeps it). */
export function JsonLd({ data }: JsonLdProps) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: serializeJsonLd escapes '<', so the data cannot close the element
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
