/**
 * Where the community's files are: SITE_DIR names another community's folder (its site.yaml
 * and its content/), the working directory by default. CONTENT_DIR still points the content
 * elsewhere (the fixture site, a copy), whatever SITE_DIR says.
 */
import path from 'node:path';

type Env = Record<string, string | undefined>;

export function siteDir(env: Env = process.env): string {
  return path.resolve(env.SITE_DIR || process.cwd());
}

export function contentDir(env: Env = process.env): string {
  return path.resolve(env.CONTENT_DIR ?? path.join(siteDir(env), 'content'));
}
