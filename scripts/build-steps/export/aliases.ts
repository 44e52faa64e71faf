/**
 * One small HTML page per old address (front matter `aliases`): a meta refresh and a
 * canonical link to the page, as Hugo wrote them, so links to the old site keep working on
 * any static host. lib/content/aliases.ts has already refused addresses that would take
 * the place of a page; a file that exists anyway (from public/) stops the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { aliasFile, aliasRedirects } from '../../../lib/content/aliases';
import type { SiteContent } from '../../../lib/content/types';
import { siteConfig } from '../../../lib/site-config';
import { ui } from '../../../lib/messages/interface';
import { absoluteUrl, withBase } from '../../../lib/urls';
import { withSecurityPolicy } from './security-policy';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function redirectHtml(to: string, title: string): string {
  const href = escapeHtml(withBase(to));
  return withSecurityPolicy(
    `<!DOCTYPE html><html lang="${siteConfig.language}"><head><meta charSet="utf-8"/><title>${escapeHtml(title)} – ${escapeHtml(siteConfig.title)}</title>` +
      '<meta name="viewport" content="width=device-width, initial-scale=1"/><meta name="robots" content="noindex"/>' +
      `<meta http-equiv="refresh" content="0; url=${href}"/><link rel="canonical" href="${escapeHtml(absoluteUrl(to))}"/></head>` +
      `<body><main><p>${escapeHtml(ui().moved)}<a href="${href}">${escapeHtml(title)}</a></p></main></body></html>\n`,
  );
}

export function writeAliasRedirects(outDir: string, content: Pick<SiteContent, 'posts' | 'pages'>): number {
  const redirects = aliasRedirects(content);
  for (const { from, to, title } of redirects) {
    const file = path.join(outDir, aliasFile(from));
    if (!file.startsWith(path.resolve(outDir) + path.sep)) throw new Error(`aliases: ${from} leads out of the export`);
    if (fs.existsSync(file)) {
      throw new Error(
        `aliases: ${from} (old address of ${to}) would replace ${path.relative(outDir, file)}, which the site publishes: remove it from aliases`,
      );
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, redirectHtml(to, title));
  }
  return redirects.length;
}
