/**
 * French typography on text, as a French publisher prints it:
 * - apostrophes and single quotes curly: l'équipe → l’équipe;
 * - straight double quotes become « guillemets », inside them a narrow no-break space (U+202F);
 * - a narrow no-break space before ; : ! ? (added when missing, swapped for a plain space) and
 *   inside « », so the sign never wraps onto a line of its own.
 * URLs and e-mail addresses are left alone, and so are the parts marked opaque (code).
 *
 * Typograf (npm) was tried first: in its French locale it removes the space before : ; ! ?
 * instead of making it narrow, so this small scanner does the job.
 */

import { frenchDashes } from './dashes';

export const NNBSP = '\u202F';

/** A piece of text in reading order; an opaque piece (code) is kept as it is. */
export type Piece = { text: string; opaque?: boolean };

const SPACE = /[ \t\n\r\u00A0\u202F\u2009]/;
const WORDISH = /[\p{L}\p{N}’)\]»…*%€$]/u;
const OPENERS = /[([{\u2014\u2013\-/]/;
/**
 * A token that is an address (never touched): a URL (scheme://, www., mailto:) or an e-mail
 * address. Written as scans, not one regular expression: /[a-z][a-z0-9+.-]*:\/\// and
 * /[\w.+-]+@[\w-]+\.\w/ retry at every letter of a word, quadratic in its length.
 */
export function isAddress(token: string): boolean {
  if (/^www\.|^[a-z]+:\S/i.test(token)) return true;
  for (let at = token.indexOf('://'); at > 0; at = token.indexOf('://', at + 1)) {
    // scheme://: letters, digits, + . - before it, the first of them a letter.
    let start = at;
    while (start > 0 && /[a-z0-9+.-]/i.test(token[start - 1])) start--;
    if (/[a-z]/i.test(token.slice(start, at))) return true;
  }
  for (let at = token.indexOf('@'); at >= 0; at = token.indexOf('@', at + 1)) {
    // name@domain.tld: a name character before, a domain then a dot and a word character after.
    if (at === 0 || !/[\w.+-]/.test(token[at - 1])) continue;
    let end = at + 1;
    while (end < token.length && /[\w-]/.test(token[end])) end++;
    if (end > at + 1 && token[end] === '.' && /\w/.test(token[end + 1] ?? '')) return true;
  }
  return false;
}
const OBJECT = '\uFFFC';
const TRIGGERS = /['"«»;:!?]/;

/** The last character of a non-empty string, a whole code point (an emoji is two UTF-16 units). */
function lastCodePoint(s: string): string {
  const low = s.charCodeAt(s.length - 1);
  return low >= 0xdc00 && low <= 0xdfff && s.length > 1 ? s.slice(-2) : s.slice(-1);
}

/** Typesets pieces that read as one run of text (a paragraph split by inline elements). */
export function typesetRun(input: Piece[]): string[] {
  const pieces = input.map((p) => (p.opaque ? p : { text: frenchDashes(p.text) }));
  // Most runs hold none of the signs this handles: leave them at once (thousands per build).
  if (!pieces.some((p) => !p.opaque && TRIGGERS.test(p.text))) return pieces.map((p) => p.text);
  // One flat string, an opaque piece standing as a single object character.
  const flat: string[] = [];
  const pieceAt: number[] = [];
  pieces.forEach((p, piece) => {
    for (const ch of p.opaque ? OBJECT : p.text) {
      flat.push(ch);
      pieceAt.push(piece);
    }
  });
  const protectedAt = new Uint8Array(flat.length);
  // Indices in `flat` are code points; walk tokens by code point too.
  let start = -1;
  for (let i = 0; i <= flat.length; i++) {
    const isSpace = i === flat.length || SPACE.test(flat[i]);
    if (!isSpace && start < 0) start = i;
    if (isSpace && start >= 0) {
      const token = flat.slice(start, i).join('');
      if (!token.startsWith(OBJECT) && isAddress(token)) protectedAt.fill(1, start, i);
      start = -1;
    }
  }

  const out: string[][] = pieces.map(() => []);
  const isOpaque = (piece: number) => Boolean(pieces[piece].opaque);
  const emit = (piece: number, s: string) => out[piece].push(s);
  /** Removes plain or no-break spaces just emitted, across inline pieces (not past code). */
  const trimEnd = (piece: number) => {
    for (let p = piece; p >= 0 && !isOpaque(p); p--) {
      const parts = out[p];
      while (parts.length && /^[ \t\n\r\u00A0\u202F\u2009]+$/.test(parts[parts.length - 1])) parts.pop();
      if (parts.length) return;
    }
  };
  const lastEmitted = (piece: number): string => {
    for (let p = piece; p >= 0; p--) {
      if (isOpaque(p)) return OBJECT;
      const parts = out[p];
      if (parts.length) return lastCodePoint(parts[parts.length - 1]);
    }
    return '';
  };

  let quoteOpen = false;
  let skipSpaces = false;
  for (let i = 0; i < flat.length; i++) {
    const ch = flat[i];
    const piece = pieceAt[i];
    if (isOpaque(piece)) {
      out[piece].push(pieces[piece].text);
      skipSpaces = false;
      continue;
    }
    if (skipSpaces && SPACE.test(ch)) continue;
    skipSpaces = false;
    if (protectedAt[i]) {
      // An address is copied whole, not one character at a time.
      let end = i + 1;
      while (end < flat.length && protectedAt[end] && pieceAt[end] === piece) end++;
      emit(piece, flat.slice(i, end).join(''));
      i = end - 1;
      continue;
    }
    const prev = i > 0 ? flat[i - 1] : '';
    const next = i + 1 < flat.length ? flat[i + 1] : '';
    if (ch === "'") {
      emit(piece, /[\p{L}\p{N}]/u.test(prev) || prev === OBJECT || !/[\p{L}\p{N}]/u.test(next) ? '’' : '‘');
    } else if (ch === '"') {
      const opening = !quoteOpen && (prev === '' || SPACE.test(prev) || OPENERS.test(prev) || prev === '«');
      if (opening) {
        emit(piece, `«${NNBSP}`);
        quoteOpen = true;
        skipSpaces = true;
      } else if (quoteOpen) {
        trimEnd(piece);
        emit(piece, `${NNBSP}»`);
        quoteOpen = false;
      } else emit(piece, ch);
    } else if (ch === '«') {
      emit(piece, `«${NNBSP}`);
      skipSpaces = true;
    } else if (ch === '»') {
      const before = lastEmitted(piece);
      if (before !== '' && !SPACE.test(before)) emit(piece, NNBSP);
      else if (before !== '') {
        trimEnd(piece);
        emit(piece, NNBSP);
      }
      emit(piece, '»');
    } else if (ch === ';' || ch === ':' || ch === '!' || ch === '?') {
      const before = lastEmitted(piece);
      const spaceAfter = next === '' || SPACE.test(next);
      const endsHere = spaceAfter || (ch !== ':' && /[»"')\]!?;]/.test(next));
      if (before !== '' && SPACE.test(before) && i > 0 && endsHere) {
        trimEnd(piece);
        emit(piece, NNBSP + ch);
      } else if ((WORDISH.test(prev) || prev === OBJECT || prev === '"') && endsHere && !/[!?;:]/.test(prev)) {
        emit(piece, NNBSP + ch);
      } else emit(piece, ch);
    } else emit(piece, ch);
  }
  return out.map((parts, i) => (isOpaque(i) ? pieces[i].text : parts.join('')));
}

/** Typesets one string of interface text (a title, a label, a summary). */
export function typeset(text: string): string {
  return typesetRun([{ text }])[0];
}
