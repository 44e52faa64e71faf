/**
 * The Markdown parser's cost grows faster than the text for a few shapes: a paragraph full
 * of unmatched emphasis or link openers (every closer looks back over every opener), and
 * containers (lists, quotes) nested deep on each line. A file under the size limit written
 * that way would keep the check and the build busy for minutes. This pass reads the body
 * once, line by line, before it is parsed, and refuses those shapes at their line: what
 * it lets through parses in time linear in its length.
 */
import { say } from '../messages/say';
import type { Located } from './analysis';

/** Emphasis runs (*, _, ~) or brackets ([, ]) in one paragraph: prose holds a few dozen. */
export const MAX_MARKS_PER_PARAGRAPH = 500;
/** Lists and quotes opened on one line (each "- " or "> " or "1. "): real documents nest a handful. */
export const MAX_CONTAINERS_PER_LINE = 20;
/** Elements open at once in a paragraph (<b><i>...): the parse tree's own depth limit, checked before parsing. */
export const MAX_OPEN_TAGS = 100;
/** Indentation before a list item: 100 columns is already 50 levels of nested lists. */
export const MAX_LIST_INDENT = 100;

export type CostProblem = Located & { message: string; hint: string };

const FENCE = /^[ \t>]*(`{3,}|~{3,})/;
/** The delimiter row that makes a block a GFM table, whose cells are parsed one by one. */
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

type Marks = { emphasis: number; brackets: number; openTags: number; line: number };

export function costProblem(source: string): CostProblem | undefined {
  let fence: string | undefined;
  let marks: Marks = fresh(1);
  let blockLines = 0;
  let table = false;
  let lineNumber = 0;
  let start = 0;
  while (start <= source.length) {
    lineNumber++;
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const line = source.slice(start, end);
    start = end + 1;

    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = undefined;
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      fence = open[1];
      marks = fresh(lineNumber + 1);
      blockLines = 0;
      continue;
    }
    if (!line.trim()) {
      marks = fresh(lineNumber + 1);
      blockLines = 0;
      table = false;
      continue;
    }

    const nesting = containers(line);
    if (nesting.count > MAX_CONTAINERS_PER_LINE || nesting.listIndent > MAX_LIST_INDENT) {
      return {
        line: lineNumber,
        column: 1,
        message: say(
          `listes ou citations imbriquées sur plus de ${MAX_CONTAINERS_PER_LINE} niveaux`,
          `lists or quotes nested more than ${MAX_CONTAINERS_PER_LINE} levels deep`,
        ),
        hint: say(
          'fermez des listes ou des citations (>) avant d’en ouvrir d’autres',
          'close lists or quotes (>) before opening more',
        ),
      };
    }

    blockLines++;
    if (blockLines === 2 && TABLE_DELIMITER.test(line)) table = true;
    // A table's cells are parsed one at a time: count each row on its own.
    if (table) marks = fresh(lineNumber);
    count(line, marks);
    if (marks.openTags > MAX_OPEN_TAGS) {
      return {
        line: marks.line,
        column: 1,
        message: say(
          `éléments imbriqués sur plus de ${MAX_OPEN_TAGS} niveaux`,
          `elements nested more than ${MAX_OPEN_TAGS} levels deep`,
        ),
        hint: say(
          "fermez les éléments ou les citations (>) avant d'en ouvrir d'autres",
          'close elements or quotes (>) before opening more',
        ),
      };
    }
    const worst = Math.max(marks.emphasis, marks.brackets);
    if (worst > MAX_MARKS_PER_PARAGRAPH) {
      const what =
        worst === marks.emphasis
          ? say('marques d’emphase (*, _ ou ~)', 'emphasis marks (*, _ or ~)')
          : say('crochets [ ]', 'brackets [ ]');
      return {
        line: marks.line,
        column: 1,
        message: say(
          `plus de ${MAX_MARKS_PER_PARAGRAPH} ${what} dans un seul paragraphe`,
          `more than ${MAX_MARKS_PER_PARAGRAPH} ${what} in one paragraph`,
        ),
        hint: say(
          'coupez le paragraphe par des lignes vides, ou mettez ce texte dans un bloc de code ```',
          'split the paragraph with blank lines, or put that text in a ``` code block',
        ),
      };
    }
  }
  return undefined;
}

function fresh(line: number): Marks {
  return { emphasis: 0, brackets: 0, openTags: 0, line };
}

/**
 * Counts delimiter runs (*** is one run), brackets and the elements left open. Code spans are counted too: an
 * unclosed backtick is plain text to the parser, so skipping "code" could hide a flood.
 */
function count(line: string, marks: Marks): void {
  let previous = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if ((c === '*' || c === '_' || c === '~') && c !== previous) marks.emphasis++;
    else if (c === '[' || c === ']') marks.brackets++;
    else if (c === '<') {
      // <name opens an element, </name and /> close one: the depth reached is what the parser pays for.
      if (line[i + 1] === '/') marks.openTags = Math.max(0, marks.openTags - 1);
      else if (/[A-Za-z]/.test(line[i + 1] ?? '')) marks.openTags++;
    } else if (c === '/' && line[i + 1] === '>') marks.openTags = Math.max(0, marks.openTags - 1);
    previous = c;
  }
}

/** How many lists and quotes a line opens at its start, and the indentation of its list marker. */
function containers(line: string): { count: number; listIndent: number } {
  let i = 0;
  let count = 0;
  let listIndent = 0;
  for (;;) {
    const before = i;
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (count === 0) listIndent = i - before;
    const c = line[i];
    let marker = 0;
    if (c === '>') marker = 1;
    else if ((c === '-' || c === '*' || c === '+') && /[ \t]/.test(line[i + 1] ?? ' ')) marker = 1;
    else {
      let digits = 0;
      while (digits < 10 && line[i + digits] >= '0' && line[i + digits] <= '9') digits++;
      if (
        digits &&
        digits < 10 &&
        (line[i + digits] === '.' || line[i + digits] === ')') &&
        /[ \t]/.test(line[i + digits + 1] ?? ' ')
      )
        marker = digits + 1;
    }
    if (!marker) return { count, listIndent: count ? listIndent : 0 };
    count++;
    i += marker;
  }
}
