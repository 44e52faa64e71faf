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
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return firstLine + lo;
  };

  let out = '';
  let i = 0;
  let previousBlank = true;
  let inList = false;

  while (i < body.length) {
    const atLineStart = i === 0 || body[i - 1] === '\n';
    if (atLineStart) {
      const lineEnd = endOfLine(body, i);
      let line = body.slice(i, lineEnd);
      const blank = !line.trim();

      const fence = FENCE.exec(line);
      if (fence) {
        const end = closingFence(body, lineEnd, fence[2]);
        out += unescapeShortcodes(body.slice(i, end));
        i = end;
        previousBlank = false;
        continue;
      }
      if (previousBlank && !inList && /^( {4}|\t)/.test(line) && !blank) {
        const end = indentedBlockEnd(body, i);
        const code = body
          .slice(i, end)
          .replace(/\n+$/, '')
          .split('\n')
          .map((l) => l.replace(/^( {4}|\t)/, ''));
        out += `\`\`\`\n${unescapeShortcodes(code.join('\n'))}\n\`\`\`\n`;
        context.count('indented code block → fenced');
        i = end;
        while (body[i] === '\n') {
          out += '\n';
          i++;
        }
        previousBlank = true;
        continue;
      }
      if (!blank) inList = LIST_ITEM.test(line) || (inList && (/^\s/.test(line) || !previousBlank));
      previousBlank = blank;

      const attributes = HEADING_ATTRIBUTES.exec(line);
      if (attributes) {
        context.warn(
          lineAt(i),
          `heading attributes ${line.slice(attributes[1].length).trim()} removed: the anchor is the heading's text`,
        );
        context.count('heading attributes {#id} removed');
        out += body.slice(i, i + attributes[1].length).replace(/^#\s/, '## ');
        i = lineEnd;
        continue;
      }
      if (/^#\s/.test(line)) {
        context.count('# heading → ## (the page title is the only h1)');
        out += '#';
      }
      if (/^(import|export)\s/.test(line)) {
        // A line starting with import/export is JavaScript in MDX; a character reference keeps the word.
        out += `&#x${line.charCodeAt(0).toString(16)};`;
        i++;
        context.count('leading import/export word escaped');
        continue;
      }
      line = '';
    }

    const ch = body[i];
    if (ch === '\n') {
      out += ch;
      i++;
    } else if (ch === '\\') {
      out += body.slice(i, i + 2);
      i += 2;
    } else if (ch === '`') {
      const run = /^`+/.exec(body.slice(i))![0];
      const close = body.indexOf(run, i + run.length);
      const lineEnd = endOfLine(body, i);
      if (close !== -1 && close < lineEnd && body[close + run.length] !== '`') {
        out += unescapeShortcodes(body.slice(i, close + run.length));
        i = close + run.length;
      } else {
        out += run;
        i += run.length;
      }
    } else if (body.startsWith('<!--', i)) {
      const end = body.indexOf('-->', i + 4);
      if (end === -1) throw new ImportError(lineAt(i), 'an HTML comment is never closed (<!-- without -->)');
      out += body.slice(i, end + 3);
      i = end + 3;
    } else if (body.startsWith('{{<', i) || body.startsWith('{{%', i)) {
      const converted = shortcode(body, i, lineAt, context);
      if (converted) {
        out += blockSeparator(out, converted.block) + converted.text;
        i = converted.end;
        if (converted.block && body[i] !== undefined && body[i] !== '\n') out += '\n\n';
      } else {
        out += '\\{';
        i++;
      }
    } else if (ch === '<') {
      const autolink = AUTOLINK.exec(body.slice(i, endOfLine(body, i)));
      const tag = autolink
        ? undefined
        : rewriteTag(body.slice(i), lineAt(i), { count: context.count, warn: context.warn });
      if (autolink) {
        const target = autolink[1].includes('@') && !autolink[1].includes(':') ? `mailto:${autolink[1]}` : autolink[1];
        out += `[${autolink[1]}](${target})`;
        i += autolink[0].length;
        context.count('autolink <https://...> → [https://...](https://...)');
      } else if (tag) {
        out += tag.text;
        i += tag.length;
      } else {
        out += '\\<';
        i++;
        context.count('bare < escaped');
      }
    } else if (ch === '{' || ch === '}') {
      out += `\\${ch}`;
      i++;
      context.count('brace escaped');
    } else if (ch === '!' && body[i + 1] === '[') {
      const image = /^!\[((?:[^[\]\n]|\[[^\]\n]*\])*)\]\(\s*(<[^>\n]*>|[^)\s]+)/.exec(body.slice(i));
      if (image) {
        const alt = image[1].replace(/[{}<]/g, (c) => `\\${c}`);
        out += `![${alt}](${imagePath(image[2], context)}`;
        i += image[0].length;
      } else {
        out += ch;
        i++;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
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
