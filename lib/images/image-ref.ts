/**
 * The one reading of an image reference (`/img/meetup/photo.jpg`), shared by the check
 * (lib/content/references.ts) and the build (lib/images/manifest.ts): a reference is
 * either the canonical path of a file under content/img/, or refused with a reason.
 * Non-canonical spellings (`./`, `//`, `..`, `%` escapes, backslashes) are refused rather
 * than normalised, so the check and the build can never read one path two ways.
 */
import { isExternal } from '../urls';
import { isSafeUrl } from '../mdx/url-policy';
import { say } from '../messages/say';

export type ImageRef = { path: string } | { problem: string; hint: string };

export function resolveImageRef(src: string): ImageRef {
  const problem = (fr: string, en: string, hintFr: string, hintEn: string): ImageRef => ({
    problem: say(fr, en),
    hint: say(hintFr, hintEn),
  });
  if (!isSafeUrl(src)) {
    return problem(
      `image "${src.slice(0, 60)}" : ce schéma d'adresse est interdit`,
      `image "${src.slice(0, 60)}": that address scheme is not allowed`,
      'une image est un fichier de content/img/, écrit /img/...',
      'an image is a file in content/img/, written /img/...',
    );
  }
  if (isExternal(src)) {
    return problem(
      `l'image "${src}" est sur un autre site`,
      `image "${src}" is on another site`,
      "les pages ne chargent rien d'autres sites : enregistrez l'image dans content/img/ et écrivez /img/...",
      'pages load nothing from other sites: save the image under content/img/ and use /img/...',
    );
  }
  const clean = src.split(/[?#]/)[0];
  if (!clean.startsWith('/img/')) {
    return problem(
      `l'image "${src}" n'est pas sous /img/`,
      `image "${src}" is not under /img/`,
      'les images sont des fichiers de content/img/, écrits /img/... : déplacez-la là',
      'images are files in content/img/, written /img/...: move it there',
    );
  }
  const segments = clean.slice('/img/'.length).split('/');
  const odd = /[%\\\u0000-\u001f\u007f]/.test(clean) || segments.some((s) => s === '' || s === '.' || s === '..');
  if (odd) {
    return problem(
      `image "${src.slice(0, 80)}" : le chemin n'est pas écrit simplement (./, //, .., % ou \\)`,
      `image "${src.slice(0, 80)}": the path is not written plainly (./, //, .., % or \\)`,
      'écrivez le chemin du fichier tel quel depuis content/img/, par exemple /img/meetup/photo.jpg ; renommez un fichier dont le nom contient % ou des espaces',
      'write the file path as it is from content/img/, e.g. /img/meetup/photo.jpg; rename a file whose name holds % or spaces',
    );
  }
  return { path: clean };
}

/** The canonical path, or undefined when the reference is refused. */
export function imageKey(src: string): string | undefined {
  const ref = resolveImageRef(src.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(src) ? src : `/${src}`);
  return 'path' in ref ? ref.path : undefined;
}
