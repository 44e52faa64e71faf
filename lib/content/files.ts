/**
 * Listing and reading content files. A file that cannot be content (binary, huge, not
 * UTF-8) is an issue at its first bad line, never an exception.
 */
import fs from 'node:fs';
import path from 'node:path';
import { issue, type ContentIssue } from '../messages/issues';
import { say } from '../messages/say';
import { walkFiles } from '../files/walk';

export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.join(dir, e.name))
    .sort();
}

/** Every file under `dir`, as slash-separated paths relative to it; [] if it is missing. */
export function listTree(dir: string): string[] {
  return walkFiles(dir).map((file) => file.rel);
}

export function readText(abs: string, file: string, issues: ContentIssue[]): string | undefined {
  const bytes = fs.readFileSync(abs);
  if (bytes.includes(0)) {
    issues.push(
      issue(
        file,
        { line: 1 },
        say("le fichier est binaire, ce n'est pas du texte", 'the file is binary, not text'),
        say(
          'les fichiers de contenu sont du texte UTF-8 ; les images vont dans content/img/',
          'content files are UTF-8 text; images go in content/img/',
        ),
      ),
    );
    return undefined;
  }
  if (bytes.length > MAX_FILE_BYTES) {
    issues.push(
      issue(
        file,
        { line: 1 },
        say(
          `le fichier fait ${Math.round(bytes.length / 1024)} Ko, au-delà de la limite de ${MAX_FILE_BYTES / 1024} Ko`,
          `the file is ${Math.round(bytes.length / 1024)} KB, over the ${MAX_FILE_BYTES / 1024} KB limit`,
        ),
        say(
          'découpez-le en plusieurs articles ; les images vont dans content/img/, pas dans le texte',
          'split it into several posts; images go in content/img/, not inline',
        ),
      ),
    );
    return undefined;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const valid = bytes.toString('utf8');
    issues.push(
      issue(
        file,
        { line: valid.slice(0, valid.indexOf('\uFFFD')).split('\n').length },
        say("le fichier n'est pas du texte UTF-8 valide", 'the file is not valid UTF-8 text'),
        say('enregistrez-le en UTF-8 dans votre éditeur', 'save it as UTF-8 in your editor'),
      ),
    );
    return undefined;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** A post is prose: anything this large is a mistake (a pasted image, a generated dump). */
const MAX_FILE_BYTES = 512 * 1024;

/**
 * Runs the reading of one file so that an exception nobody foresaw becomes a problem at
 * that file: the check goes on with the other files and lists everything in one run.
 */
export function guardFile<T>(file: string, issues: ContentIssue[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    issues.push(
      issue(
        file,
        { line: 1 },
        say(`ce fichier n'a pas pu être lu : ${reason}`, `this file could not be read: ${reason}`),
        say(
          'simplifiez le fichier autour de ce qui a changé en dernier, puis relancez npm run check',
          'simplify the file around its latest change, then run npm run check again',
        ),
      ),
    );
    return undefined;
  }
}
