/**
 * What an import did, for the organizer who runs it: files written, constructs converted,
 * and every warning or refusal with the Hugo file and line it comes from.
 */

import { shown, shownLines } from '../../../lib/messages/shown';

export type ImportProblem = { file: string; line: number; message: string };

/** Stops the conversion of one file; the other files still import. */
export class ImportError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export class Report {
  readonly written: string[] = [];
  readonly unchanged: string[] = [];
  readonly converted = new Map<string, number>();
  readonly warnings: ImportProblem[] = [];
  /** Files not imported, with why. */
  readonly errors: ImportProblem[] = [];
  readonly notes: string[] = [];

  count(construct: string, times = 1): void {
    this.converted.set(construct, (this.converted.get(construct) ?? 0) + times);
  }

  warn(file: string, line: number, message: string): void {
    this.warnings.push({ file, line, message });
  }

  fail(file: string, line: number, message: string): void {
    this.errors.push({ file, line, message });
  }

  format(dryRun: boolean): string {
    const out: string[] = [];
    const verb = dryRun ? 'would write' : 'written';
    out.push(
      `import: ${this.written.length} files ${verb}, ${this.unchanged.length} unchanged, ${this.errors.length} not imported`,
    );
    for (const file of this.written) out.push(`  ${verb}: ${shown(file)}`);
    if (this.converted.size) {
      out.push('converted:');
      for (const [construct, n] of [...this.converted].sort(([a], [b]) => a.localeCompare(b)))
        out.push(`  ${String(n).padStart(4)} × ${shown(construct)}`);
    }
    if (this.warnings.length) {
      out.push(`warnings (${this.warnings.length}):`);
      for (const w of this.warnings) out.push(`  ${shown(w.file)}:${w.line}  ${shown(w.message)}`);
    }
    if (this.errors.length) {
      out.push(`not imported (${this.errors.length}):`);
      for (const e of this.errors) out.push(`  ${shown(e.file)}:${e.line}  ${shown(e.message)}`);
    }
    for (const note of this.notes) out.push('', shownLines(note));
    return out.join('\n');
  }
}
