/**
 * Hugo shortcodes: parsing `{{< name args >}}` / `{{% name args %}}` and turning the ones
 * the old site used into this site's components. Any other shortcode stops its file with
 * its name and line: it is never dropped.
 */
import { imagePath } from './fields';
import { ImportError } from './report';

export type Shortcode = {
  name: string;
  positional: string[];
  named: Record<string, string>;
  closing: boolean;
  /** `{{< x />}}` */
  selfClosing: boolean;
  /** Written with comment marks inside the delimiters: Hugo shows the shortcode itself, as text. */
  commented: boolean;
  /** The shortcode as written, between the delimiters. */
  inner: string;
  /** Offset just after the closing delimiter. */
  end: number;
};

const ARGUMENT = /([\w-]+)=("(?:[^"\\]|\\.)*"|`[^`]*`|'[^']*'|\S+)|("(?:[^"\\]|\\.)*"|`[^`]*`|\S+)/g;

export function parseShortcodeAt(source: string, at: number): Shortcode | undefined {
  const kind = source.slice(at, at + 3);
  if (kind !== '{{<' && kind !== '{{%') return undefined;
  const closer = kind === '{{<' ? '>}}' : '%}}';
  const end = source.indexOf(closer, at + 3);
  if (end === -1) return undefined;
  let inner = source.slice(at + 3, end).trim();
  const commented = inner.startsWith('/*') && inner.endsWith('*/');
  if (commented) inner = inner.slice(2, -2).trim();
  const closing = inner.startsWith('/');
  const selfClosing = !closing && inner.endsWith('/');
  const words = inner.replace(/^\//, '').replace(/\/$/, '').trim();
  const name = /^[\w./-]+/.exec(words)?.[0] ?? '';
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (const m of words.slice(name.length).matchAll(ARGUMENT)) {
    if (m[1]) named[m[1]] = unquote(m[2]);
    else positional.push(unquote(m[3]));
  }
  return {
    name,
    positional,
    named,
    closing,
    selfClosing,
    commented,
    inner: source.slice(at + 3, end).trim(),
    end: end + 3,
  };
}

function unquote(value: string): string {
  if (/^".*"$/s.test(value)) return value.slice(1, -1).replace(/\\(.)/g, '$1');
  if (/^[`'].*[`']$/s.test(value)) return value.slice(1, -1);
  return value;
}

/** Where the `{{< /name >}}` closing `open` is, counting nested ones of the same name. */
export function findClosing(source: string, from: number, name: string): { start: number; end: number } | undefined {
  let depth = 0;
  const pattern = /\{\{[<%]\s*(\/?)\s*([\w./-]+)[\s\S]*?[>%]\}\}/g;
  pattern.lastIndex = from;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    if (m[2] !== name) continue;
    const selfClosing = /\/\s*[>%]\}\}$/.test(m[0]);
    if (!m[1] && !selfClosing) depth++;
    else if (m[1]) {
      if (depth === 0) return { start: m.index, end: m.index + m[0].length };
      depth--;
    }
  }
  return undefined;
}

/** Shortcodes with content between an opening and a closing tag. */
export const PAIRED = new Set(['gallery', 'hero', 'highlight', 'partners']);

export type ShortcodeContext = {
  line: number;
  count: (construct: string) => void;
  warn: (line: number, message: string) => void;
  /** Partner keys by Hugo category (content/partners/<category>/), when the site has them. */
  partnersByCategory: Map<string, string[]>;
  /** Converts Markdown between an opening and a closing shortcode. */
  convertInner: (text: string, firstLine: number) => string;
};

export const attr = (name: string, value: string | undefined) =>
  value === undefined || value === '' ? '' : ` ${name}="${value.replace(/"/g, '&quot;')}"`;

export function youtube(sc: Shortcode, ctx: ShortcodeContext): string {
  const id = sc.named.id ?? sc.positional[0];
  if (!id || !/^[\w-]{6,}$/.test(id)) throw new ImportError(ctx.line, `youtube shortcode without a video id`);
  unusedArguments(sc, ['id', 'title', 'start'], ctx);
  ctx.count('youtube → <YouTube>');
  return `<YouTube id="${id}"${attr('title', sc.named.title)}${attr('start', sc.named.start)} />`;
}

export function figure(sc: Shortcode, ctx: ShortcodeContext): string {
  const src = sc.named.src ?? sc.named.link;
  if (!src) throw new ImportError(ctx.line, 'figure shortcode without src or link');
  unusedArguments(sc, ['src', 'link', 'caption', 'title', 'alt', 'size', 'thumb'], ctx);
  ctx.count('figure → <Figure>');
  const link = sc.named.link ? imagePath(sc.named.link, ctx) : undefined;
  return `<Figure src="${imagePath(src, ctx)}"${attr('caption', sc.named.caption ?? sc.named.title)}${attr('alt', sc.named.alt)}${attr('link', link)}${attr('size', sc.named.size)} />`;
}

export function gallery(sc: Shortcode, inner: string, innerLine: number, ctx: ShortcodeContext): string {
  unusedArguments(sc, ['caption-effect'], ctx);
  ctx.count('gallery → <Gallery>');
  // Figures are often indented inside the gallery; MDX would read four spaces as text.
  const body = ctx
    .convertInner(
      inner
        .split('\n')
        .map((l) => l.trim())
        .join('\n'),
      innerLine,
    )
    .trim();
  return `<Gallery${attr('caption-effect', sc.named['caption-effect'])}>\n${body}\n</Gallery>`;
}

export function hero(sc: Shortcode, inner: string, innerLine: number, ctx: ShortcodeContext): string {
  const src = sc.named.src ?? sc.named.img ?? sc.named.image ?? sc.positional[0];
  const body = ctx.convertInner(inner, innerLine).trim();
  if (!src) {
    ctx.count('hero without image → its text');
    ctx.warn(ctx.line, 'hero shortcode without an image: its content is kept as plain text');
    return body;
  }
  ctx.count('hero → <HeroImage>');
  const image = `<HeroImage src="${imagePath(src, ctx)}"${attr('desc', sc.named.desc ?? sc.named.caption)}${attr('alt', sc.named.alt)} />`;
  return body ? `${image}\n\n${body}` : image;
}

/** Hugo event sites' categories, to this site's partner tiers. */
const TIERS: Record<string, string> = {
  gold: 'gold',
  or: 'gold',
  platinium: 'gold',
  platinum: 'gold',
  silver: 'support',
  bronze: 'support',
  soutien: 'support',
  support: 'support',
  startup: 'support',
  communautes: 'community',
  communaute: 'community',
  community: 'community',
  media: 'media',
  medias: 'media',
};

export function partners(sc: Shortcode, inner: string, innerLine: number, ctx: ShortcodeContext): string {
  const categories = (sc.named.categories ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const tiers = new Map<string, string[]>();
  for (const category of categories) {
    const tier = TIERS[category.toLowerCase()];
    if (!tier)
      ctx.warn(
        ctx.line,
        `partners: category "${category}" has no tier here (gold, support, community, media): its partners are listed as support`,
      );
    const keys = ctx.partnersByCategory.get(category) ?? [];
    tiers.set(tier ?? 'support', [...(tiers.get(tier ?? 'support') ?? []), ...keys]);
  }
  const body = ctx.convertInner(inner, innerLine).trim();
  const heading = /^#{1,6}\s+(.+)$/.exec(body);
  const title = heading && !body.includes('\n') ? heading[1].trim() : undefined;
  const listed = [...tiers].filter(([, keys]) => keys.length);
  if (!listed.length)
    ctx.warn(
      ctx.line,
      'partners: no partner files found for these categories; <PartnerCredits /> shows the "partners" of the front matter',
    );
  ctx.count('partners → <PartnerCredits>');
  const attributes = listed.map(([tier, keys]) => attr(tier, keys.join(' '))).join('');
  const component = `<PartnerCredits${attr('title', title)}${attributes} />`;
  return title || !body ? component : `${body}\n\n${component}`;
}

export function highlight(sc: Shortcode, inner: string, ctx: ShortcodeContext): string {
  ctx.count('highlight → fenced code block');
  const language = sc.positional[0] ?? '';
  return `\`\`\`${language}\n${inner.replace(/^\n/, '').replace(/\n$/, '')}\n\`\`\``;
}

/** `{{< ref "post/x.md" >}}` → /post/x/ */
export function ref(sc: Shortcode, ctx: ShortcodeContext): string {
  const target = (sc.positional[0] ?? sc.named.path ?? '').replace(/^\/+/, '');
  const [file, anchor] = target.split('#');
  const slug = file
    .replace(/(\/index|\/_index)?\.md$/, '')
    .split('/')
    .pop();
  if (!slug) throw new ImportError(ctx.line, `${sc.name} shortcode without a target`);
  ctx.count(`${sc.name} → site path`);
  const section = file.startsWith('page/') ? 'page' : 'post';
  return `/${section}/${slug}/${anchor ? `#${anchor}` : ''}`;
}

function unusedArguments(sc: Shortcode, known: string[], ctx: ShortcodeContext) {
  const unused = Object.keys(sc.named).filter((k) => !known.includes(k));
  if (unused.length)
    ctx.warn(ctx.line, `${sc.name}: ${unused.map((k) => `${k}=`).join(', ')} not kept (no equivalent here)`);
}
