/**
 * Files the site would never read: a post saved as .txt, a folder inside content/post/,
 * a typo like content/posts/. Each is reported, so nothing an organizer wrote vanishes
 * from the site without a word.
 */
import fs from 'node:fs';
import path from 'node:path';
import { issue, type ContentIssue } from '../messages/issues';
import { say } from '../messages/say';
import { formatOfExtension, inspectImageFile, listImageFiles } from '../images/formats';
import { CONTENT_FOLDERS } from './collections';
import { KINDS } from './kinds';
import { walkFiles } from '../files/walk';
import { refusedSlides } from './slides';
import { undecodableImages } from '../images/decode-check';
import { photoIssues } from './photo-metadata';

/** Top-level files that document the folder rather than publish anything. */
const NOTES = /^(LICENSE|README|NOTICE)/i;

export function findStrayFiles(contentDir: string, display: (abs: string) => string): ContentIssue[] {
  if (!fs.existsSync(contentDir)) return [];
  const found: ContentIssue[] = [];
  const folders = CONTENT_FOLDERS.map((f) => `${f.folder}/`).join(', ');
  for (const entry of fs.readdirSync(contentDir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const abs = path.join(contentDir, entry.name);
    const rule = CONTENT_FOLDERS.find((f) => f.folder === entry.name);
    if (entry.isDirectory() && rule) {
      if (rule.extensions !== 'any')
        found.push(...strayInFolder(abs, { ...rule, extensions: rule.extensions }, display));
      if (entry.name === 'img') found.push(...refusedImages(abs, display));
      if (entry.name === 'slides') found.push(...refusedSlides(abs, display));
    } else if (entry.isDirectory()) {
      for (const file of filesUnder(abs)) {
        found.push(
          issue(
            display(file),
            { line: 1 },
            say(
              `le dossier content/${entry.name}/ n'est pas lu par le site`,
              `the folder content/${entry.name}/ is not read by the site`,
            ),
            say(`le contenu va dans ${folders}`, `content goes in ${folders}`),
          ),
        );
      }
    } else if (!NOTES.test(entry.name)) {
      found.push(
        issue(
          display(abs),
          { line: 1 },
          say(`content/${entry.name} n'est pas lu par le site`, `content/${entry.name} is not read by the site`),
          say(
            `les articles vont dans content/${KINDS.post.folder}/, les pages dans content/${KINDS.page.folder}/`,
            `articles go in content/${KINDS.post.folder}/, pages in content/${KINDS.page.folder}/`,
          ),
        ),
      );
    }
  }
  return found;
}

function strayInFolder(
  dir: string,
  { folder, extensions, what }: { folder: string; extensions: readonly string[]; what: string },
  display: (abs: string) => string,
): ContentIssue[] {
  const found: ContentIssue[] = [];
  for (const entry of walkFiles(dir, { skipHidden: true })) {
    const abs = entry.path;
    const name = path.basename(entry.rel);
    if (entry.symlink) {
      // The site reads regular files only: a link could lead anywhere on the machine.
      found.push(
        issue(
          display(abs),
          { line: 1 },
          say("un lien symbolique n'est pas lu par le site", 'a symbolic link is not read by the site'),
          say('remplacez-le par le fichier lui-même', 'replace it with the file itself'),
        ),
      );
    } else if (entry.rel.includes('/')) {
      found.push(
        issue(
          display(abs),
          { line: 1 },
          say(
            `les fichiers des sous-dossiers de content/${folder}/ ne sont pas lus`,
            `files in folders inside content/${folder}/ are not read`,
          ),
          say(
            `déplacez-le dans content/${folder}/ même : le nom du fichier fait l'adresse`,
            `move it to content/${folder}/ itself: the file name is the address`,
          ),
        ),
      );
    } else if (!extensions.includes(path.extname(name))) {
      const hint =
        formatOfExtension(path.extname(name)) || /\.(gif|svg)$/i.test(name)
          ? say(
              "les images vont dans content/img/ et s'écrivent /img/...",
              'images go in content/img/ and are written /img/...',
            )
          : say(
              `content/${folder}/ contient ${what} : renommez-le avec la bonne extension`,
              `content/${folder}/ holds ${what}: rename it with the right extension`,
            );
      found.push(
        issue(
          display(abs),
          { line: 1 },
          say(
            `content/${folder}/${name} n'est pas lu par le site`,
            `content/${folder}/${name} is not read by the site`,
          ),
          hint,
        ),
      );
    }
  }
  return found;
}

/**
 * Files of content/img/ the image pipeline would refuse (the same rules: lib/images/formats.ts
 * for the bytes, then the pipeline's own decode for the files that pass them), then the weight
 * and GPS position of the others.
 */
function refusedImages(dir: string, display: (abs: string) => string): ContentIssue[] {
  const found: ContentIssue[] = [];
  const accepted: string[] = [];
  for (const abs of listImageFiles(dir)) {
    const inspected = inspectImageFile(abs);
    if ('problem' in inspected)
      found.push(issue(display(abs), { line: 1 }, inspected.problem.message, inspected.problem.hint));
    else accepted.push(abs);
  }
  const undecodable = undecodableImages(accepted);
  for (const [abs, problem] of undecodable) found.push(issue(display(abs), { line: 1 }, problem.message, problem.hint));
  for (const abs of accepted) if (!undecodable.has(abs)) found.push(...photoIssues(abs, display(abs)));
  return found;
}

function filesUnder(dir: string): string[] {
  return walkFiles(dir, { skipHidden: true }).map((file) => file.path);
}
