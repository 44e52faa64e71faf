/**
 * MDX 3 rejects HTML comments, yet Markdown written for Hugo is full of them, and
 * `<!--more-->` marks where a post's summary ends. This blanks every HTML comment outside
 * code (fenced blocks and inline code spans) with spaces, keeping every newline so that
 * line and column numbers of later errors still point into the original file.
 */

export type MoreMark = { offset: number; line: number };
export type BlankedSource = {
  text: string;
  moreMark?: MoreMark;
  /** Where a comment opens that never closes: reported, never blanked to the end of the file. */
  unclosed?: { offset: number; line: number; column: number };
};

const FENCE_OPEN = /^[ \t>]*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/;

export function blankHtmlComments(source: string): BlankedSource {
  const out = source.split('');
  let moreMark: MoreMark | undefined;
  let unclosed: BlankedSource['unclosed'];
  let fence: string | undefined;
  let line = 1;
  let i = 0;
  let paragraph = { end: -1, unclosed: new Set<number>() };

  while (i < source.length) {
    const atLineStart = i === 0 || source[i - 1] === '\n';
    if (atLineStart) {
      const lineEnd = endOfLine(source, i);
      const text = source.slice(i, lineEnd);
      if (fence) {
        const close = FENCE_CLOSE.exec(text);
        if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = undefined;
        i = lineEnd;
        continue;
      }
      const open = FENCE_OPEN.exec(text);
      if (open) {
        fence = open[1];
        i = lineEnd;
        continue;
      }
    }
    const ch = source[i];
    if (ch === '\n') {
      line++;
      i++;
    } else if (ch === '\\') {
      i += source[i + 1] === '\n' ? 1 : 2;
    } else if (ch === '`') {
      // A code span may wrap across lines, up to the end of its paragraph (a blank line).
      const run = runLength(source, i, '`');
      if (i >= paragraph.end) paragraph = { end: endOfParagraph(source, i), unclosed: new Set() };
      const close = paragraph.unclosed.has(run) ? -1 : findClosingRun(source, i + run, paragraph.end, run);
      // No closer for this length in the paragraph: later runs of that length need not look again.
      if (close === -1) paragraph.unclosed.add(run);
      const next = close === -1 ? i + run : close + run;
      for (let k = i; k < next; k++) if (source[k] === '\n') line++;
      i = next;
    } else if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      if (end === -1) {
        unclosed = { offset: i, line, column: i - source.lastIndexOf('\n', i - 1) };
        break;
      }
      const stop = end + 3;
      const body = source.slice(i + 4, end).trim();
      if (!moreMark && body.toLowerCase() === 'more') moreMark = { offset: i, line };
      for (let k = i; k < stop; k++) {
        if (source[k] === '\n') line++;
        else out[k] = ' ';
      }
      i = stop;
    } else {
      i++;
    }
  }
  return { text: out.join(''), moreMark, unclosed };
}

/** Where the paragraph holding `from` ends: its first blank line, or the end of the text. */
function endOfParagraph(s: string, from: number): number {
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = from;
  const found = blank.exec(s);
  return found ? found.index : s.length;
}

function endOfLine(s: string, from: number): number {
  const nl = s.indexOf('\n', from);
  return nl === -1 ? s.length : nl;
}

function runLength(s: string, from: number, ch: string): number {
  let n = 0;
  while (s[from + n] === ch) n++;
  return n;
}

/** Index of a backtick run of exactly `run` characters before `limit`, or -1. */
function findClosingRun(s: string, from: number, limit: number, run: number): number {
  let k = from;
  while (k < limit) {
    if (s[k] === '`') {
      const r = runLength(s, k, '`');
      if (r === run) return k;
      k += r;
    } else k++;
  }
  return -1;
}
