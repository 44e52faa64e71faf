/**
 * The French typography of typeset.ts on a finished HTML page, so interface text (menus,
 * titles, labels, cards) gets it like the content: only text between tags, never attributes,
 * code, scripts or styles. Runs once per page after the export.
 */
import { BLOCK_TAGS, OPAQUE_TAGS } from './blocks';
import { typesetRun, type Piece } from './typeset';

const TOKEN = /<!--[\s\S]*?-->|<!\w[^>]*>|<\/?([a-zA-Z][\w-]*)(?:[^>"']+|"[^"]*"|'[^']*')*>|[^<]+|</g;
const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decode(text: string): string {
  return text.replace(ENTITY, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return NAMED[lower];
  });
}

/** An element in another language than French (lang="en" on an English talk's title) keeps its own typography. */
const foreignLanguage = (startTag: string) => /\slang=["']?(?!fr\b)[a-z]/i.test(startTag);

const encode = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function typesetHtml(html: string): string {
  const parts: string[] = [];
  let run: { pieces: Piece[]; at: number[] } = { pieces: [], at: [] };
  let opaque: string | null = null;
  let depth = 0;
  const flush = () => {
    if (run.at.length) {
      const texts = typesetRun(run.pieces);
      run.at.forEach((partIndex, i) => {
        if (partIndex >= 0) {
          const original = parts[partIndex];
          if (texts[i] !== decode(original)) parts[partIndex] = encode(texts[i]);
        }
      });
    }
    run = { pieces: [], at: [] };
  };
  for (const match of html.matchAll(TOKEN)) {
    const token = match[0];
    const tag = match[1]?.toLowerCase();
    if (opaque) {
      parts.push(token);
      if (tag === opaque) depth += token.startsWith('</') ? -1 : token.endsWith('/>') ? 0 : 1;
      if (depth === 0) opaque = null;
      continue;
    }
    if (tag) {
      parts.push(token);
      if ((OPAQUE_TAGS.has(tag) || foreignLanguage(token)) && !token.startsWith('</') && !token.endsWith('/>')) {
        opaque = tag;
        depth = 1;
        run.pieces.push({ text: '', opaque: true });
        run.at.push(-1);
      } else if (BLOCK_TAGS.has(tag)) flush();
    } else if (token.startsWith('<')) {
      parts.push(token);
    } else {
      parts.push(token);
      run.pieces.push({ text: decode(token) });
      run.at.push(parts.length - 1);
    }
  }
  flush();
  return parts.join('');
}
