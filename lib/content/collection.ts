/**
 * One collection of content/: a folder of files, one record per file, named by its key (the
 * file name). The loop that lists a folder, refuses names that cannot be a key or an address
 * and reads each file in a guard is written once here, for every collection of collections.ts.
 */
import path from 'node:path';
import type { z } from 'zod';
import { guardFile, listFiles } from './files';
import { issue, type ContentIssue } from '../messages/issues';
import type { AssetDirs } from './references';
import type { Locator } from './yaml';
import { say } from '../messages/say';

export type Shape = z.ZodObject & { shape: Record<string, unknown> };

/** A file of a collection: its path, its path as printed in messages, its key and its collection's schema. */
export type Source<S extends Shape> = { abs: string; file: string; key: string; schema: S };

/**
 * Refuses a file saved in another kind's folder, told by its fields (misplaced.ts). The loader
 * builds it from the registry of kinds and hands it to every reader, so that the readers, which
 * the kinds themselves import, never import the registry.
 */
export type MisplacedCheck = (
  folder: string,
  data: Record<string, unknown>,
  file: string,
  lineOf: Locator,
) => ContentIssue | undefined;

/** What every reader is given: where problems go, where images are, and the wrong-folder rule. */
export type ReadContext = {
  display: (abs: string) => string;
  issues: ContentIssue[];
  dirs: AssetDirs;
  misplaced: MisplacedCheck;
};

/** Why a file name cannot be a key, as [message, hint]; undefined when it can. */
export type KeyRule = (key: string) => [string, string] | undefined;

export type Collection<S extends Shape, T, C extends ReadContext> = {
  /** The folder under content/. */
  folder: string;
  extensions: readonly string[];
  /** What the folder holds, for the message about a file it cannot hold. */
  what: string;
  schema: S;
  key: KeyRule;
  read: (source: Source<S>, context: C) => T | undefined;
};

/** Types a collection from its reader; the registry declares each with it. */
export const collection = <S extends Shape, T, C extends ReadContext>(c: Collection<S, T, C>) => c;

/**
 * The valid records of a collection, in file order; every problem goes to `context.issues`.
 * `keys` holds the key of every file of the folder, valid or not, so a reference to a file
 * with its own errors is not reported a second time as missing.
 */
export function readCollection<S extends Shape, T, C extends ReadContext>(
  c: Collection<S, T, C>,
  contentDir: string,
  context: C,
): { records: T[]; keys: Set<string> } {
  const records: T[] = [];
  const keys = new Set<string>();
  const seen = new Map<string, string>();
  for (const abs of listFiles(path.join(contentDir, c.folder))) {
    const ext = path.extname(abs);
    if (!c.extensions.includes(ext)) continue;
    const file = context.display(abs);
    const key = path.basename(abs, ext);
    keys.add(key);
    // One key, one file, in every folder: with x.md and x.mdx (or x.yml and x.yaml) one would
    // silently replace the other, so a pull request that only adds a file could rewrite a page.
    if (seen.has(key)) {
      context.issues.push(
        issue(
          file,
          { line: 1 },
          say(
            `deux fichiers pour la même clé "${key}" dans content/${c.folder}/ : ${seen.get(key)} et celui-ci`,
            `two files for the same key "${key}" in content/${c.folder}/: ${seen.get(key)} and this one`,
          ),
          say("gardez-en un (renommez ou supprimez l'autre)", 'keep one of them (rename or delete the other)'),
        ),
      );
      continue;
    }
    seen.set(key, file);
    const problem = c.key(key);
    if (problem) {
      context.issues.push(issue(file, { line: 1 }, ...problem));
      continue;
    }
    const record = guardFile(file, context.issues, () => c.read({ abs, file, key, schema: c.schema }, context));
    if (record) records.push(record);
  }
  return { records, keys };
}
