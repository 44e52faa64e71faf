/**
 * Links from content to pages and files of this site, checked once every file is read: the
 * pages a link may reach are the site's whole list (routes.ts), which only the loaded content
 * knows. (One file's own references, its images and partners, are references.ts.)
 */
import fs from 'node:fs';
import { isExternal } from '../urls';
import { isDisguisedOffSite } from '../mdx/url-policy';
import { say } from '../messages/say';
import { didYouMean } from '../messages/suggest';
import { issue, type ContentIssue } from '../messages/issues';
import { generatedFiles, publishedPaths } from './routes';
import { type AssetDirs, decodePath, imageSourceFile, slidesSourceFile } from './references';
import type { Document, SiteContent } from './types';

/** A site path a browser would read another way: "." or ".." segments, written or %-escaped, or "\\". */
function isUnplainPath(target: string): boolean {
  return /\\/.test(target) || target.split('/').some((segment) => segment === '.' || segment === '..');
}

/** Addresses in the same section (/post/, /tags/...) as a broken one: a suggestion stays there. */
function samePrefix(page: string, pages: Iterable<string>): string[] {
  const section = page.split('/')[1];
  return [...pages].filter((p) => p.split('/')[1] === section && p.split('/').length === page.split('/').length);
}

/** Links from content to pages and files of this site. */
export function checkInternalLinks(
  content: SiteContent,
  documents: Pick<Document, 'file' | 'links'>[],
  dirs: AssetDirs,
): ContentIssue[] {
  const pages = publishedPaths(content);
  const files = generatedFiles(content);
  const drafts = new Set([...content.drafts, ...content.scheduled].map((d) => d.url));
  const found: ContentIssue[] = [];

  for (const doc of documents) {
    for (const link of doc.links) {
      const url = link.url.trim();
      // A disguised outside address is refused where it is written (the allow-list, the schema).
      if (!url || url.startsWith('#') || isExternal(url) || isDisguisedOffSite(url)) continue;
      if (!url.startsWith('/')) {
        found.push(
          issue(
            doc.file,
            link,
            say(`lien relatif "${url}"`, `relative link "${url}"`),
            say(
              'commencez les liens vers ce site par /, par exemple /post/2022-09-05-summercamp-2022/',
              'start links to this site with /, e.g. /post/2022-09-05-summercamp-2022/',
            ),
            'warning',
          ),
        );
        continue;
      }
      const target = decodePath(url.split(/[?#]/)[0]);
      if (isUnplainPath(target)) {
        found.push(
          issue(
            doc.file,
            link,
            say(
              `lien vers "${url.slice(0, 80)}" : le chemin n'est pas écrit simplement (./, .. ou \\)`,
              `link to "${url.slice(0, 80)}": the path is not written plainly (./, .. or \\)`,
            ),
            say(
              "écrivez l'adresse de la page telle quelle, par exemple /post/2022-09-05-summercamp-2022/",
              "write the page's address as it is, e.g. /post/2022-09-05-summercamp-2022/",
            ),
          ),
        );
        continue;
      }
      const looksLikeFile = /\.[a-z0-9]{2,5}$/i.test(target);
      if (looksLikeFile) {
        if (files.has(target) || fs.existsSync(imageSourceFile(target, dirs))) continue;
        if (target.startsWith('/slides/') && fs.existsSync(slidesSourceFile(target, dirs))) continue;
        found.push(
          issue(
            doc.file,
            link,
            say(
              `lien vers "${url}" : ce fichier n'existe pas sur le site`,
              `link to "${url}": no such file on the site`,
            ),
            say(
              'ajoutez le fichier dans public/ (ou content/img/ pour une image), ou corrigez le chemin',
              'add the file under public/ (or content/img/ for images), or fix the path',
            ),
          ),
        );
        continue;
      }
      const page = target.endsWith('/') ? target : `${target}/`;
      if (pages.has(page)) continue;
      const why = drafts.has(page)
        ? say(
            "c'est un brouillon ou un article programmé, pas encore publié",
            'it is a draft or scheduled post, not published yet',
          )
        : say("aucune page n'a cette adresse", 'no page has that address');
      const near = drafts.has(page) ? undefined : didYouMean(page, samePrefix(page, pages));
      found.push(
        issue(
          doc.file,
          link,
          say(`lien vers "${url}" : ${why}`, `link to "${url}": ${why}`),
          near ??
            say(
              "vérifiez l'adresse : un article est /post/<nom du fichier>/, un mot-clé /tags/<mot-clé>/",
              'check the address: posts are /post/<file name>/, tags /tags/<tag>/',
            ),
        ),
      );
    }
  }
  return found;
}
