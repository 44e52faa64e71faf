/**
 * The Hugo folder is read as untrusted input: only regular files inside it are read. A
 * symbolic link (to /etc/passwd, to a folder, to another repository) is refused, never
 * followed, and so is a path that climbs out of the folder (a partner `logo: ../../x.png`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ImportError } from './report';

export class HugoFolder {
  readonly root: string;

  constructor(hugoDir: string) {
    this.root = fs.realpathSync(hugoDir);
  }

  /** Why `abs` may not be read, or undefined when it is a regular file inside the folder. */
  refusal(abs: string): string | undefined {
    const resolved = path.resolve(abs);
    if (!resolved.startsWith(this.root + path.sep)) return 'it is outside the Hugo folder';
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(resolved);
    } catch {
      return 'it does not exist';
    }
    if (stat.isSymbolicLink()) return 'it is a symbolic link, which is never followed: copy the file itself';
    if (!stat.isFile()) return 'it is not a regular file';
    // A folder on the way may itself be a link out of the Hugo folder.
    if (!fs.realpathSync(resolved).startsWith(this.root + path.sep))
      return 'it is outside the Hugo folder (through a symbolic link)';
    return undefined;
  }

  /** The file's bytes; an ImportError at line 1 when it may not be read. */
  read(abs: string): Buffer {
    const why = this.refusal(abs);
    if (why) throw new ImportError(1, `not read: ${why}`);
    return fs.readFileSync(abs);
  }
}
