/**
 * `_headers` and `_redirects` as Cloudflare Pages documents them (Netlify reads the same
 * forms): the test of hosts applies them to the export the way those hosts do, since neither
 * host runs here. pages-rules.test.ts holds it to the examples of their documentation.
 */

/** A path pattern: `*` matches anything (the splat), `:name` one segment; the whole path. */
function patternOf(source: string): RegExp {
  const body = source
    .split('*')
    .map((part) =>
      part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:([A-Za-z]\w*)/g, (_m, name: string) => `(?<${name}>[^/]+)`),
    )
    .join('(?<splat>.*)');
  return new RegExp(`^${body}$`);
}

/** A rule's source: a path, or an absolute URL whose host must match too. */
function matcher(source: string): (url: URL) => RegExpMatchArray | null {
  if (/^https?:\/\//.test(source)) {
    const at = source.indexOf('/', source.indexOf('//') + 2);
    const host = source.slice(source.indexOf('//') + 2, at === -1 ? undefined : at);
    const pattern = patternOf(at === -1 ? '/' : source.slice(at));
    return (url) => (url.host === host ? url.pathname.match(pattern) : null);
  }
  const pattern = patternOf(source);
  return (url) => url.pathname.match(pattern);
}

type HeaderRule = { match: (url: URL) => RegExpMatchArray | null; set: [string, string][]; detach: string[] };

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ match: matcher(line.trim()), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) continue;
    const entry = line.trim();
    if (entry.startsWith('!')) rule.detach.push(entry.slice(1).trim().toLowerCase());
    else if (entry.includes(':')) {
      const colon = entry.indexOf(':');
      rule.set.push([entry.slice(0, colon).trim().toLowerCase(), entry.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Every matching rule adds its headers (a header set twice is joined by a comma); `! Name` removes one. */
export function headersFor(rules: HeaderRule[], url: URL): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const found = rule.match(url);
    if (!found) continue;
    const groups = found.groups ?? {};
    for (const [name, value] of rule.set) {
      const filled = value.replace(/:(\w+)/g, (m, key: string) => groups[key] ?? m);
      headers[name] = headers[name] ? `${headers[name]}, ${filled}` : filled;
    }
    for (const name of rule.detach) delete headers[name];
  }
  return headers;
}

type RedirectRule = { match: (url: URL) => RegExpMatchArray | null; to: string; status: number };
const STATUSES = new Set([200, 301, 302, 303, 307, 308]);

export function parseRedirects(text: string): RedirectRule[] {
  return text.split('\n').flatMap((raw) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return [];
    const [from, to, code, ...rest] = line.split(/\s+/);
    const status = code === undefined ? 302 : Number(code);
    // A line of another form is ignored, as the host does.
    if (!to || rest.length || !STATUSES.has(status)) return [];
    return [{ match: matcher(from), to, status }];
  });
}

/** The first rule that matches, and where it leads; redirects apply even where a file exists. */
export function redirectFor(rules: RedirectRule[], url: URL): { to: string; status: number } | undefined {
  for (const rule of rules) {
    const found = rule.match(url);
    if (!found) continue;
    const groups = found.groups ?? {};
    const to = rule.to.replace(/:(\w+)/g, (m, key: string) => groups[key] ?? m);
    return { to, status: rule.status };
  }
  return undefined;
}
