/**
 * Characters XML 1.0 forbids (most C0 controls: vertical tab, form feed, ESC...; U+FFFE,
 * U+FFFF; a surrogate without its pair) make a whole feed ill-formed: readers reject it,
 * every post with it. Text pasted from a PDF or a terminal carries them. One-line fields
 * are refused by the check at their line; in every other text (summaries, descriptions,
 * prose) they mean nothing to a reader, so every XML, JSON and calendar file the site
 * writes drops them, through this one function.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without the characters XML 1.0 forbids; tab, line feed and carriage return stay. */
export function withoutXmlForbidden(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** True if the text holds a character XML 1.0 forbids. */
export function hasXmlForbidden(text: string): boolean {
  return new RegExp(FORBIDDEN.source).test(text);
}

/** JSON.stringify with every string value and key cleaned the same way. */
export function jsonWithoutXmlForbidden(value: unknown, space?: number): string {
  return JSON.stringify(
    value,
    function clean(this: unknown, _key, v) {
      if (typeof v === 'string') return withoutXmlForbidden(v);
      if (v && typeof v === 'object' && !Array.isArray(v))
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [withoutXmlForbidden(k), x]));
      return v;
    },
    space,
  );
}
