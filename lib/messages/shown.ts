/**
 * Text from content (a value, a title, a file name) as a terminal or a CI log shows it.
 * Content arrives from outside the core team, and a terminal obeys the control sequences
 * it prints (ESC erases lines, sets the clipboard), a CI log turns a line starting with
 * "::" into a command: so every character that is not plain visible text is written as
 * an escape, one message stays one line, and no content can start a command.
 */

/**
 * C0 and C1 controls (tab and line breaks included: one message, one line), DEL, the
 * characters that reorder or hide text (bidirectional overrides, zero-width, line
 * separators, byte order mark), lone surrogates and non-characters.
 */
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const hex = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** Content as one line of visible text, safe to print anywhere a message goes. */
export function shown(text: string): string {
  return (
    text
      .replace(INVISIBLE, hex)
      // GitHub Actions' older command syntax (##[add-mask]...) is read anywhere in a line.
      .replace(/##\[/g, '#\\x23[')
      // Its current syntax (::warning ...::) is read at the start of a line, after spaces.
      .replace(/^(\s*):/, '$1\\x3a')
  );
}

/** Each line of a message of ours shown; content inside it cannot add lines or commands. */
export function shownLines(message: string): string {
  return message.split(/\r?\n/).map(shown).join('\n');
}

/** A GitHub Actions workflow-command value (the message after "::"), as the runner unescapes it. */
export function annotationData(text: string): string {
  return shown(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A GitHub Actions workflow-command property (file=...), which also ends at "," and ":". */
export function annotationProperty(text: string): string {
  return annotationData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
