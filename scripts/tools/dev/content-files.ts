/**
 * What the dev server answers for a content file (/img/...): only what the build would
 * publish, under the same rule (lib/images/formats.ts, lib/images/image-ref.ts). A file
 * the check refuses (SVG, HTML, HEIC, a photo too large, a path read two ways) is a 404
 * that says why in French, never the upload served as it is. Accepted images are served
 * with the type their bytes say, nosniff, and a policy that runs nothing even if opened.
 */
import fs from 'node:fs';
import path from 'node:path';
import { IMAGE_FORMATS, inspectImageFile, type ImageFormat } from '../../../lib/images/formats';
import { imageKey } from '../../../lib/images/image-ref';
import { imageSourceDir } from '../../../lib/images/source-dir';
import { say } from '../../../lib/messages/say';

const TYPES: Record<ImageFormat, string> = Object.fromEntries(
  Object.keys(IMAGE_FORMATS).map((format) => [format, `image/${format}`]),
) as Record<ImageFormat, string>;

/** Headers of every answer about content files: no script, no sniffing, no framing. */
export const CONTENT_FILE_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
} as const;

export type ContentFileAnswer = { status: 200; type: string; file: string } | { status: 404; text: string };

/** The answer for `pathname` (base path removed) when it is a content file's address, else undefined. */
export function contentFileAnswer(pathname: string): ContentFileAnswer | undefined {
  // public/_img holds a build's encoded variants: dev pages never use them, and they may be stale.
  if (pathname.startsWith('/_img/'))
    return { status: 404, text: say('Introuvable en développement.', 'Not found in development.') };
  if (!pathname.startsWith('/img/')) return undefined;
  const refused = (fr: string, en: string) => ({ status: 404 as const, text: say(fr, en) });
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = '';
  }
  const key = imageKey(decoded);
  if (!key || key !== decoded)
    return refused(
      'Adresse d’image refusée (npm run check dit pourquoi).',
      'Image address refused (npm run check says why).',
    );
  const file = path.join(imageSourceDir(), key.slice('/img/'.length));
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    return refused(`Pas de fichier content${key}.`, `No file content${key}.`);
  const inspected = inspectImageFile(file);
  if ('problem' in inspected)
    return refused(
      `content${key} ne serait pas publié : ${inspected.problem.message} (${inspected.problem.hint}).`,
      `content${key} would not be published: ${inspected.problem.message} (${inspected.problem.hint}).`,
    );
  return { status: 200, type: TYPES[inspected.image.format], file };
}
