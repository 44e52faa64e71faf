/**
 * Markdown written for Hugo → MDX that renders the same. MDX reads `{`, `}` and `<` as
 * code and has no indented code blocks, so outside code (fenced blocks, code spans) and
 * HTML comments: braces and stray `<` are escaped, autolinks become links, raw HTML goes
 * through html.ts, shortcodes through shortcodes.ts, indented code becomes fenced.
 */
import { rewriteTag } from './html';
import { imagePath } from './fields';
import { ImportError } from './report';
import {
  PAIRED,
  figure,
  findClosing,
  gallery,
  hero,
  highlight,
  parseShortcodeAt,
  partners,
  ref,
  youtube,
  type Shortcode,
  type ShortcodeContext,
} from './shortcodes';

export type MarkdownContext = {
  count: (construct: string) => void;
  warn: (line: number, message: string) => void;
  partnersByCategory: Map<string, string[]>;
};

const FENCE = /^( {0,3}(?:>\s?)*)(`{3,}|~{3,})/;
const AUTOLINK = /^<((?:https?|ftp|mailto):[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/i;
const HEADING_ATTRIBUTES = /^(#{1,6}\s.*?)\s*\{[#.][^{}]*\}\s*$/;
const LIST_ITEM = /^\s*(?:[*+-]|\d+[.)])\s/;

/** `firstLine` is the line of the Hugo file where `body` starts. */
export function markdownToMdx(body: string, firstLine: number, context: MarkdownContext): string {
  const scan: Scan = {
    body,
    i: 0,
    out: '',
    previousBlank: true,
    inList: false,
    lineAt: lineLocator(body, firstLine),
    context,
  };
  while (scan.i < body.length) {
    const atLineStart = scan.i === 0 || body[scan.i - 1] === '\n';
    if (atLineStart && lineConstruct(scan)) continue;
    inlineConstruct(scan);
  }
  return scan.out;
}

/** Where the conversion stands: what is written so far, and what the lines before said. */
type Scan = {
  body: string;
  /** The offset in `body` read next. */
  i: number;
  out: string;
  previousBlank: boolean;
  inList: boolean;
  lineAt: (offset: number) => number;
  context: MarkdownContext;
};

/** The Hugo file's line of an offset in `body`, by a binary search over the line starts. */
function lineLocator(body: string, firstLine: number): (offset: number) => number {
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return firstLine + lo;
  };
}

/**
 * What only a line's start can open: fenced and indented code, heading attributes, a
 * title-level heading, a leading import/export word. True when the line was taken whole
 * (or its first character), false when its text is left to the inline constructs.
 */
function lineConstruct(scan: Scan): boolean {
  const { body, i, context } = scan;
  const lineEnd = endOfLine(body, i);
  const line = body.slice(i, lineEnd);
  const blank = !line.trim();

  const fence = FENCE.exec(line);
  if (fence) {
    const end = closingFence(body, lineEnd, fence[2]);
    scan.out += unescapeShortcodes(body.slice(i, end));
    scan.i = end;
    scan.previousBlank = false;
    return true;
  }
  if (scan.previousBlank && !scan.inList && /^( {4}|\t)/.test(line) && !blank) {
    indentedCode(scan);
    return true;
  }
  if (!blank) scan.inList = LIST_ITEM.test(line) || (scan.inList && (/^\s/.test(line) || !scan.previousBlank));
  scan.previousBlank = blank;

  const attributes = HEADING_ATTRIBUTES.exec(line);
  if (attributes) {
    context.warn(
      scan.lineAt(i),
      `heading attributes ${line.slice(attributes[1].length).trim()} removed: the anchor is the heading's text`,
    );
    context.count('heading attributes {#id} removed');
    scan.out += body.slice(i, i + attributes[1].length).replace(/^#\s/, '## ');
    scan.i = lineEnd;
    return true;
  }
  if (/^#\s/.test(line)) {
    context.count('# heading → ## (the page title is the only h1)');
    scan.out += '#';
  }
  if (/^(import|export)\s/.test(line)) {
    // A line starting with import/export is JavaScript in MDX; a character reference keeps the word.
    scan.out += `&#x${line.charCodeAt(0).toString(16)};`;
    scan.i++;
    context.count('leading import/export word escaped');
    return true;
  }
  return false;
}

/** MDX has no indented code: the block becomes fenced, its blank lines after it kept. */
function indentedCode(scan: Scan) {
  const { body, i } = scan;
  const end = indentedBlockEnd(body, i);
  const code = body
    .slice(i, end)
    .replace(/\n+$/, '')
    .split('\n')
    .map((l) => l.replace(/^( {4}|\t)/, ''));
  scan.out += `\`\`\`\n${unescapeShortcodes(code.join('\n'))}\n\`\`\`\n`;
  scan.context.count('indented code block → fenced');
  scan.i = end;
  while (body[scan.i] === '\n') {
    scan.out += '\n';
    scan.i++;
  }
  scan.previousBlank = true;
}

/** One step inside a line: a character as it is, escaped, or a construct that starts there. */
function inlineConstruct(scan: Scan) {
  const { body, i, context } = scan;
  const ch = body[i];
  if (ch === '\n') {
    scan.out += ch;
    scan.i++;
  } else if (ch === '\\') {
    scan.out += body.slice(i, i + 2);
    scan.i += 2;
  } else if (ch === '`') {
    codeSpan(scan);
  } else if (body.startsWith('<!--', i)) {
    const end = body.indexOf('-->', i + 4);
    if (end === -1) throw new ImportError(scan.lineAt(i), 'an HTML comment is never closed (<!-- without -->)');
    scan.out += body.slice(i, end + 3);
    scan.i = end + 3;
  } else if (body.startsWith('{{<', i) || body.startsWith('{{%', i)) {
    shortcodeStep(scan);
  } else if (ch === '<') {
    angleBracket(scan);
  } else if (ch === '{' || ch === '}') {
    scan.out += `\\${ch}`;
    scan.i++;
    context.count('brace escaped');
  } else if (ch === '!' && body[i + 1] === '[') {
    const image = /^!\[((?:[^[\]\n]|\[[^\]\n]*\])*)\]\(\s*(<[^>\n]*>|[^)\s]+)/.exec(body.slice(i));
    if (image) {
      const alt = image[1].replace(/[{}<]/g, (c) => `\\${c}`);
      scan.out += `![${alt}](${imagePath(image[2], context)}`;
      scan.i += image[0].length;
    } else {
      scan.out += ch;
      scan.i++;
    }
  } else {
    scan.out += ch;
    scan.i++;
  }
}

/** A code span is kept as written when it closes on its line; else its backticks are text. */
function codeSpan(scan: Scan) {
  const { body, i } = scan;
  const run = /^`+/.exec(body.slice(i))![0];
  const close = body.indexOf(run, i + run.length);
  const lineEnd = endOfLine(body, i);
  if (close !== -1 && close < lineEnd && body[close + run.length] !== '`') {
    scan.out += unescapeShortcodes(body.slice(i, close + run.length));
    scan.i = close + run.length;
  } else {
    scan.out += run;
    scan.i += run.length;
  }
}

/** A shortcode becomes its component, set apart as a block where it is one; a lone `{{` is escaped. */
function shortcodeStep(scan: Scan) {
  const { body, i } = scan;
  const converted = shortcode(body, i, scan.lineAt, scan.context);
  if (converted) {
    scan.out += blockSeparator(scan.out, converted.block) + converted.text;
    scan.i = converted.end;
    if (converted.block && body[scan.i] !== undefined && body[scan.i] !== '\n') scan.out += '\n\n';
  } else {
    scan.out += '\\{';
    scan.i++;
  }
}

/** `<`: an autolink becomes a Markdown link, a tag goes through html.ts, any other `<` is escaped. */
function angleBracket(scan: Scan) {
  const { body, i, context } = scan;
  const autolink = AUTOLINK.exec(body.slice(i, endOfLine(body, i)));
  const tag = autolink
    ? undefined
    : rewriteTag(body.slice(i), scan.lineAt(i), { count: context.count, warn: context.warn });
  if (autolink) {
    const target = autolink[1].includes('@') && !autolink[1].includes(':') ? `mailto:${autolink[1]}` : autolink[1];
    scan.out += `[${autolink[1]}](${target})`;
    scan.i += autolink[0].length;
    context.count('autolink <https://...> → [https://...](https://...)');
  } else if (tag) {
    scan.out += tag.text;
    scan.i += tag.length;
  } else {
    scan.out += '\\<';
    scan.i++;
    context.count('bare < escaped');
  }
}

type Converted = { text: string; end: number; block: boolean };

function shortcode(
  body: string,
  at: number,
  lineAt: (offset: number) => number,
  context: MarkdownContext,
): Converted | undefined {
  const sc = parseShortcodeAt(body, at);
  if (!sc) return undefined;
  const line = lineAt(at);
  if (sc.commented) {
    context.count('commented shortcode {{</* */>}} → text');
    return { text: escapeText(`{{< ${sc.inner.replace(/^\/\*\s*|\s*\*\/$/g, '')} >}}`), end: sc.end, block: false };
  }
  if (sc.closing) throw new ImportError(line, `closing shortcode {{< /${sc.name} >}} without its opening`);
  const ctx: ShortcodeContext = {
    line,
    count: context.count,
    warn: context.warn,
    partnersByCategory: context.partnersByCategory,
    convertInner: (text, firstLine) => markdownToMdx(text, firstLine, context),
  };
  const paired = (sc: Shortcode) => {
    const close = findClosing(body, sc.end, sc.name);
    return close ? { inner: body.slice(sc.end, close.start), innerLine: lineAt(sc.end), end: close.end } : undefined;
  };
  switch (sc.name) {
    case 'youtube':
      return { text: youtube(sc, ctx), end: sc.end, block: true };
    case 'figure':
      return { text: figure(sc, ctx), end: sc.end, block: true };
    case 'ref':
    case 'relref':
      return { text: ref(sc, ctx), end: sc.end, block: false };
  }
  if (PAIRED.has(sc.name)) {
    const pair = sc.selfClosing ? undefined : paired(sc);
    if (!pair && sc.name !== 'partners')
      throw new ImportError(line, `{{< ${sc.name} >}} is never closed by {{< /${sc.name} >}}`);
    const { inner = '', innerLine = line, end = sc.end } = pair ?? {};
    const text =
      sc.name === 'gallery'
        ? gallery(sc, inner, innerLine, ctx)
        : sc.name === 'hero'
          ? hero(sc, inner, innerLine, ctx)
          : sc.name === 'partners'
            ? partners(sc, inner, innerLine, ctx)
            : highlight(sc, inner, ctx);
    return { text, end, block: true };
  }
  throw new ImportError(line, `unknown shortcode "${sc.name}"`);
}

/** Components are blocks in MDX: on their own line, set apart from a paragraph. */
function blockSeparator(out: string, block: boolean): string {
  if (!block) return '';
  const currentLine = out.slice(out.lastIndexOf('\n') + 1);
  return currentLine.trim() ? '\n\n' : '';
}

function escapeText(text: string): string {
  return text.replace(/[{}<]/g, (c) => `\\${c}`);
}

/** In code, Hugo shows a commented shortcode (opened by {{</ and a star) as the shortcode itself. */
function unescapeShortcodes(code: string): string {
  return code.replace(/\{\{([<%])\/\*\s*([\s\S]*?)\s*\*\/([>%])\}\}/g, '{{$1 $2 $3}}');
}

function endOfLine(s: string, from: number): number {
  const nl = s.indexOf('\n', from);
  return nl === -1 ? s.length : nl;
}

function closingFence(body: string, from: number, fence: string): number {
  let i = from;
  while (i < body.length) {
    const start = i + 1;
    const end = endOfLine(body, start);
    const line = body.slice(start, end);
    const m = /^ {0,3}(?:>\s?)*(`{3,}|~{3,})\s*$/.exec(line);
    if (m && m[1][0] === fence[0] && m[1].length >= fence.length) return end;
    i = end;
  }
  return body.length;
}

/** An indented code block runs over indented and blank lines. */
function indentedBlockEnd(body: string, from: number): number {
  let i = from;
  let lastCode = from;
  while (i < body.length) {
    const end = endOfLine(body, i);
    const line = body.slice(i, end);
    if (/^( {4}|\t)/.test(line) && line.trim()) lastCode = end;
    else if (line.trim()) break;
    i = end + 1;
  }
  return Math.min(lastCode + 1, body.length);
}
