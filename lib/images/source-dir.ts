import path from 'node:path';
import { contentDir } from '../settings/site-dir';

/** Where source images are read: IMAGES_SOURCE, else the img/ folder of the content (CONTENT_DIR, else SITE_DIR's content/). */
export function imageSourceDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.IMAGES_SOURCE ?? path.join(contentDir(env), 'img'));
}
