/**
 * Old addresses (front matter `aliases`, from Hugo) answer with a redirect page written
 * after the export (scripts/export/aliases.ts). An old address must not take the place of
 * something the site publishes, nor be claimed by two pages: either would hide a page.
 */
import { issue, type ContentIssue } from './issues';
import { generatedFiles, publishedPaths } from './routes';
import type { Document, SiteContent } from './types';

/** Folders of files the build writes: an old address there would be overwritten or hide files. */
const RESERVED = ['/_next/', '/_img/', '/img/', '/pagefind/'];

export function checkAliases(documents: Pick<Document, 'file' | 'url' | 'aliases'>[], content: SiteContent): ContentIssue[] {
  const found: ContentIssue[] = [];
  const taken = new Set([...publishedPaths(content), ...generatedFiles(content)]);
  const claimed = new Map<string, string>();
  for (const doc of documents) {
    for (const alias of doc.aliases) {
      const at = { line: alias.line };
      const page = alias.path.replace(/index\.html?$/, '');
      if (taken.has(page) || taken.has(alias.path)) {
        found.push(issue(doc.file, at, `aliases: ${alias.path} is already a page of this site`, 'remove it from aliases: that address shows its own page'));
      } else if (RESERVED.some((dir) => alias.path.startsWith(dir))) {
        found.push(issue(doc.file, at, `aliases: ${alias.path} is in a folder the build writes`, `an old address cannot start with ${RESERVED.join(', ')}`));
      } else if (claimed.has(alias.path)) {
        found.push(issue(doc.file, at, `aliases: ${alias.path} is already an old address of ${claimed.get(alias.path)}`, 'keep it in one file only'));
      } else {
        claimed.set(alias.path, doc.file);
      }
    }
  }
  return found;
}

/** Every old address with the page it leads to. */
export function aliasRedirects(content: Pick<SiteContent, 'posts' | 'pages'>): { from: string; to: string; title: string }[] {
  return [...content.posts, ...content.pages].flatMap((doc) => doc.aliases.map((alias) => ({ from: alias.path, to: doc.url, title: doc.title })));
}
