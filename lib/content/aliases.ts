/**
 * Old addresses (front matter `aliases`, from Hugo) answer with a redirect page written
 * after the export (scripts/build-steps/export/aliases.ts). An old address must not take the place of
 * something the site publishes (a page, a feed, a calendar, a file of public/), nor be
 * claimed by two pages: either would hide a page or stop the build. The export writes
 * each one at `aliasFile()`, the file this check tested.
 */
import { issue, type ContentIssue } from '../messages/issues';
import { clashingFile, generatedFiles, outputFile, publishedPaths, redirectPaths } from './routes';
import { say } from '../messages/say';
import { BUILD_FOLDERS, EXPORT_FOLDERS } from '../urls';
import type { Document, SiteContent } from './types';

/** Folders of files the build writes: an old address there would be overwritten or hide files. */
const RESERVED = [...BUILD_FOLDERS, ...EXPORT_FOLDERS, '/img/', '/404/', '/_not-found/'];

/**
 * The file of the export an old address is written to, as the file system will name it:
 * doubled slashes are one folder (/post//x/ is the file of /post/x/).
 */
export function aliasFile(alias: string): string {
  return outputFile(alias.replace(/\/{2,}/g, '/'));
}

/** A control character (NUL included) cannot be part of a file name of the export. */
const CONTROL = /[\u0000-\u001f\u007f]/;

export function checkAliases(
  documents: Pick<Document, 'file' | 'url' | 'aliases'>[],
  content: SiteContent,
  /** Files copied from public/ as they are, site paths (/search.js). */
  publicFiles: Iterable<string> = [],
): ContentIssue[] {
  const found: ContentIssue[] = [];
  const pages = new Set([...publishedPaths(content), ...redirectPaths(content)].map(outputFile));
  const files = new Set([...generatedFiles(content), ...publicFiles]);
  const claimed = new Map<string, string>();
  for (const doc of documents) {
    for (const alias of doc.aliases) {
      const at = { line: alias.line };
      if (CONTROL.test(alias.path)) {
        found.push(
          issue(
            doc.file,
            at,
            say(
              `aliases : ${JSON.stringify(alias.path)} contient un caractère de contrôle`,
              `aliases: ${JSON.stringify(alias.path)} holds a control character`,
            ),
            say("retirez-le : une adresse n'en contient pas", 'remove it: an address holds none'),
          ),
        );
        continue;
      }
      const file = aliasFile(alias.path);
      const page = clashingFile(file, pages);
      const generated = clashingFile(file, files);
      const twice = clashingFile(file, new Set(claimed.keys()));
      if (page === file && !generated) {
        found.push(
          issue(
            doc.file,
            at,
            say(
              `aliases : ${alias.path} est déjà une page du site`,
              `aliases: ${alias.path} is already a page of this site`,
            ),
            say(
              'retirez-la de aliases : cette adresse montre sa propre page',
              'remove it from aliases: that address shows its own page',
            ),
          ),
        );
      } else if (RESERVED.some((dir) => file.startsWith(dir))) {
        found.push(
          issue(
            doc.file,
            at,
            say(
              `aliases : ${alias.path} est dans un dossier que la construction du site écrit`,
              `aliases: ${alias.path} is in a folder the build writes`,
            ),
            say(
              `une ancienne adresse ne peut pas commencer par ${RESERVED.join(', ')}`,
              `an old address cannot start with ${RESERVED.join(', ')}`,
            ),
          ),
        );
      } else if (generated || page) {
        found.push(
          issue(
            doc.file,
            at,
            say(
              `aliases : ${alias.path} prendrait la place de ${generated ?? page}, que le site publie`,
              `aliases: ${alias.path} would take the place of ${generated ?? page}, which the site publishes`,
            ),
            say('retirez cette adresse de aliases', 'remove this address from aliases'),
          ),
        );
      } else if (twice) {
        found.push(
          issue(
            doc.file,
            at,
            say(
              `aliases : ${alias.path} est déjà une ancienne adresse de ${claimed.get(twice)}`,
              `aliases: ${alias.path} is already an old address of ${claimed.get(twice)}`,
            ),
            say('gardez-la dans un seul fichier', 'keep it in one file only'),
          ),
        );
      } else {
        claimed.set(file, doc.file);
      }
    }
  }
  return found;
}

/** Every old address with the page it leads to. */
export function aliasRedirects(
  content: Pick<SiteContent, 'posts' | 'pages'>,
): { from: string; to: string; title: string }[] {
  return [...content.posts, ...content.pages].flatMap((doc) =>
    doc.aliases.map((alias) => ({ from: alias.path, to: doc.url, title: doc.title })),
  );
}
