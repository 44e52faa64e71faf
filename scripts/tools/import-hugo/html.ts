/**
 * Raw HTML as Hugo passed it through, rewritten to what the MDX allow-list accepts while
 * rendering the same: void elements closed (<br> → <br />), presentational elements
 * renamed (<center> → <div>, <font> → <span>), attributes the site does not allow
 * removed (style=, class=, target=). What cannot be kept (scripts, frames other than
 * YouTube, forms) stops the file with a reason: it is never dropped quietly.
 */
import { forbiddenReason, htmlElementAttributes, isAllowedAttribute } from '../../../lib/mdx/allow-list';
import { URL_ATTRIBUTES, isSafeUrl } from '../../../lib/mdx/url-policy';
import { imagePath } from './fields';
import { ImportError } from './report';

export type HtmlContext = { count: (construct: string) => void; warn: (line: number, message: string) => void };

const VOID = new Set([
  'br',
  'hr',
  'img',
  'wbr',
  'col',
  'area',
  'source',
  'track',
  'param',
  'input',
  'meta',
  'link',
  'embed',
]);

/** Presentational or structural elements outside the allow-list, and what renders alike. */
const RENAMED: Record<string, string> = {
  center: 'div',
  section: 'div',
  article: 'div',
  aside: 'div',
  header: 'div',
  footer: 'div',
  main: 'div',
  nav: 'div',
  address: 'div',
  font: 'span',
  big: 'strong',
  tt: 'code',
  strike: 's',
  nobr: 'span',
  label: 'span',
  h1: 'h2',
};

const OPEN_TAG =
  /^<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/;
const CLOSE_TAG = /^<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>/;
const ATTRIBUTE = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export type TagMatch = { length: number; text: string };

/**
 * An HTML tag at the start of `source`, rewritten; undefined when `source` does not start
 * with a tag (the caller escapes the `<`). `line` locates warnings and refusals.
 */
export function rewriteTag(source: string, line: number, context: HtmlContext): TagMatch | undefined {
  const close = CLOSE_TAG.exec(source);
  if (close) {
    const name = close[1].toLowerCase();
    if (VOID.has(name)) return { length: close[0].length, text: '' };
    return { length: close[0].length, text: `</${targetName(name, line, context, false)}>` };
  }
  const open = OPEN_TAG.exec(source);
  if (!open) return undefined;
  const name = open[1].toLowerCase();
  const attributes = [...open[2].matchAll(ATTRIBUTE)].map((m) => ({
    name: m[1].toLowerCase(),
    value: m[2] ?? m[3] ?? m[4],
  }));

  if (name === 'iframe') {
    const youtube = attributes
      .find((a) => a.name === 'src')
      ?.value?.match(/youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,})/);
    const rest = source.slice(open[0].length);
    const end = /^\s*<\/iframe\s*>/i.exec(rest);
    if (youtube && end) {
      context.count('YouTube <iframe> → <YouTube>');
      const title = attributes.find((a) => a.name === 'title')?.value;
      return {
        length: open[0].length + end[0].length,
        text: `<YouTube id="${youtube[1]}"${title ? ` title="${quoteValue(title)}"` : ''} />`,
      };
    }
  }
  const renamed = targetName(name, line, context, true);
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const attribute of attributes) {
    let value = attribute.value;
    if (/^on/.test(attribute.name) || !isAllowedAttribute(renamed, attribute.name)) {
      dropped.push(attribute.name);
      continue;
    }
    if (value !== undefined && URL_ATTRIBUTES.has(attribute.name)) {
      if (!isSafeUrl(value)) {
        dropped.push(attribute.name);
        continue;
      }
      if (attribute.name === 'src') value = imagePath(value, context);
    }
    kept.push(value === undefined ? attribute.name : `${attribute.name}="${quoteValue(value)}"`);
  }
  if (dropped.length) {
    for (const a of new Set(dropped)) context.count(`HTML attribute ${a}= removed`);
    context.warn(
      line,
      `<${name}>: ${[...new Set(dropped)].map((a) => `${a}=`).join(', ')} removed (not allowed in content)`,
    );
  }
  if (VOID.has(renamed) && !open[3]) context.count(`<${renamed}> closed as <${renamed} />`);
  const selfClosing = open[3] || VOID.has(renamed);
  return { length: open[0].length, text: `<${[renamed, ...kept].join(' ')}${selfClosing ? ' />' : '>'}` };
}

function targetName(name: string, line: number, context: HtmlContext, opening: boolean): string {
  if (htmlElementAttributes(name)) return name;
  const renamed = Object.hasOwn(RENAMED, name) ? RENAMED[name] : undefined;
  if (renamed) {
    if (opening) {
      context.count(`<${name}> → <${renamed}>`);
      if (name === 'center' || name === 'font')
        context.warn(line, `<${name}>: kept as <${renamed}>; its centring, colour or font is left to the site's style`);
    }
    return renamed;
  }
  const reason = forbiddenReason(name, 'en') ?? `<${name}> is not an element content may use`;
  throw new ImportError(line, `<${name}> cannot be imported: ${reason}`);
}

/** A JSX attribute string cannot contain its own quote; HTML entities are decoded in it. */
function quoteValue(value: string): string {
  return value.replace(/"/g, '&quot;');
}
