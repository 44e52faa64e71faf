import path from 'node:path';

/** Where source images are read: IMAGES_SOURCE, else the img/ folder of CONTENT_DIR (content/ by default). */
export function imageSourceDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.IMAGES_SOURCE ?? path.join(env.CONTENT_DIR ?? 'content', 'img'));
}
