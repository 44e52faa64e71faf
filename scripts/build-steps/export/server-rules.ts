/**
 * The export's old addresses as 301 rules in each web server's own syntax. Apache's come in
 * the export's `.htaccess`; nginx, Caddy and lighttpd read a file the recipe of hosting/
 * includes, made from `_redirects` by `npm run hosting:rules -- <server>`. Each rule matches
 * one exact address (with and without its final slash), never a prefix.
 */
import { siteConfig } from '../../../lib/site-config';
import { sitePaths, withBase } from '../../../lib/urls';
import { SECURITY_HEADERS } from './headers';
import type { Redirect } from './redirects';

export const SERVERS = ['nginx', 'apache', 'caddy', 'lighttpd'] as const;
export type Server = (typeof SERVERS)[number];

const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** ^/old/?$ : the old address with or without its final slash, nothing under it. */
const exact = (from: string) => `^${regexEscape(from.replace(/\/$/, ''))}/?$`;
/** Addresses are paths the build wrote: a quote or a space in one would end the directive. */
function checked(url: string): string {
  if (/[\s"'\\;{}]/.test(url)) throw new Error(`redirects: ${JSON.stringify(url)} cannot be written as a server rule`);
  return url;
}

export function serverRules(server: Server, redirects: Redirect[], basePath = siteConfig.basePath): string {
  const rules = redirects.map(({ from, to }) => ({ from: exact(checked(withBase(from, basePath))), to: checked(to) }));
  switch (server) {
    case 'nginx':
      return rules.map(({ from, to }) => `location ~ ${from} { return 301 ${to}; }\n`).join('');
    case 'caddy':
      return rules.map(({ from, to }, i) => `@old${i} path_regexp ${from}\nredir @old${i} ${to} 301\n`).join('');
    case 'lighttpd':
      return rules.length
        ? `url.redirect-code = 301\nurl.redirect += (\n${rules.map(({ from, to }) => `  "${from}" => "${to}",\n`).join('')})\n`
        : '';
    case 'apache':
      return rules.map(({ from, to }) => `RedirectMatch 301 "${from}" "${to}"\n`).join('');
  }
}

/**
 * `.htaccess`, read by Apache where the site's folder allows it (AllowOverride FileInfo
 * Indexes): the site's 404 page with status 404, types stock Apache lacks, the security
 * headers and the old addresses as 301s. hosting/apache.md has the same for a server config.
 */
export function htaccessFile(redirects: Redirect[], basePath = siteConfig.basePath): string {
  return [
    `ErrorDocument 404 ${withBase(sitePaths.notFound(), basePath)}`,
    'DirectoryIndex index.html',
    'AddType "text/calendar; charset=utf-8" .ics',
    'AddType application/wasm .wasm',
    // Pagefind's index fragments: binary, with no type of their own.
    'AddType application/octet-stream .pagefind .pf_meta .pf_index .pf_fragment .pf_filter',
    '<IfModule mod_headers.c>',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  Header always set ${name} "${value}"`),
    '</IfModule>',
    '<IfModule mod_alias.c>',
    ...serverRules('apache', redirects, basePath)
      .split('\n')
      .filter(Boolean)
      .map((line) => `  ${line}`),
    '</IfModule>',
    '',
  ].join('\n');
}
