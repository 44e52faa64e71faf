import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { redirectHtml } from './aliases.ts';
import {
  exportRedirects,
  readRedirectsFile,
  redirectsFile,
  refreshTarget,
  writeSectionFirstPages,
} from './redirects.ts';
import { htaccessFile, serverRules } from './server-rules.ts';
import { writeHostFiles } from './static-host.ts';

function exportWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redirects-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const page = (title: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body>refresh</body></html>`;

test('every meta refresh page of the export is one redirect; a page that only says "refresh" is not', () => {
  const dir = exportWith({
    'index.html': page('Accueil'),
    'page/index.html': page('Pages'),
    'page/1/index.html': redirectHtml('/', 'Accueil'),
    'post/page/1/index.html': '<html><head><meta http-equiv="Refresh" content="0; url=\'/post/\'"></head></html>',
    'post/refresh/index.html': page('<meta http-equiv="refresh"> expliqué'),
  });
  try {
    assert.deepEqual(exportRedirects(dir), [
      { from: '/page/1/', to: '/' },
      { from: '/post/page/1/', to: '/post/' },
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the list of standalone pages keeps its Hugo first page, /page/page/1/', () => {
  const dir = exportWith({ 'page/index.html': page('Pages') });
  try {
    assert.equal(writeSectionFirstPages(dir), 1);
    assert.equal(refreshTarget(fs.readFileSync(path.join(dir, 'page/page/1/index.html'), 'utf8')), '/page/');
    const html = fs.readFileSync(path.join(dir, 'page/page/1/index.html'), 'utf8');
    assert.equal(html.match(/rel="canonical"/g)?.length, 1, 'one canonical link');
    assert.equal(writeSectionFirstPages(dir), 0, 'written once');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the host files: _redirects and .htaccess with 301s, and no copy of the 404 page answering 200', () => {
  const dir = exportWith({
    'index.html': page('Accueil'),
    '404.html': page('Introuvable'),
    '404/index.html': page('Introuvable'),
    '_not-found/index.html': page('Introuvable'),
    'tags/meetup/page/1/index.html': redirectHtml('/tags/meetup/', 'Meetup'),
  });
  try {
    writeHostFiles(dir, undefined);
    assert.ok(!fs.existsSync(path.join(dir, '404')));
    assert.ok(!fs.existsSync(path.join(dir, '_not-found')));
    assert.ok(fs.existsSync(path.join(dir, '404.html')));
    const redirects = fs.readFileSync(path.join(dir, '_redirects'), 'utf8');
    assert.equal(redirects, '/tags/meetup/page/1/ /tags/meetup/ 301\n');
    assert.deepEqual(readRedirectsFile(redirects), [{ from: '/tags/meetup/page/1/', to: '/tags/meetup/' }]);
    const htaccess = fs.readFileSync(path.join(dir, '.htaccess'), 'utf8');
    assert.match(htaccess, /^ErrorDocument 404 \/404\.html$/m);
    assert.match(htaccess, /^ {2}RedirectMatch 301 "\^\/tags\/meetup\/page\/1\/\?\$" "\/tags\/meetup\/"$/m);
    assert.match(htaccess, /AddType "text\/calendar; charset=utf-8" \.ics/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('server rules match the old address exactly, with the base path, and refuse what would end a directive', () => {
  const redirects = [{ from: '/post/page/1/', to: '/site/post/' }];
  assert.equal(redirectsFile(redirects, '/site'), '/site/post/page/1/ /site/post/ 301\n');
  const nginx = serverRules('nginx', redirects, '/site');
  assert.equal(nginx, 'location ~ ^/site/post/page/1/?$ { return 301 /site/post/; }\n');
  const pattern = new RegExp(nginx.split(' ')[2]);
  assert.ok(pattern.test('/site/post/page/1/') && pattern.test('/site/post/page/1'));
  assert.ok(!pattern.test('/site/post/page/1/x') && !pattern.test('/site/post/page/10/'));
  assert.match(
    serverRules('caddy', redirects, '/site'),
    /^@old0 path_regexp \^\/site\/post\/page\/1\/\?\$\nredir @old0 \/site\/post\/ 301\n$/,
  );
  assert.match(serverRules('lighttpd', redirects, '/site'), /url\.redirect-code = 301\n/);
  assert.equal(serverRules('lighttpd', [], '/site'), '');
  assert.throws(() => serverRules('nginx', [{ from: '/a; }/', to: '/' }], ''), /cannot be written/);
  assert.match(htaccessFile(redirects, '/site'), /^ErrorDocument 404 \/site\/404\.html$/m);
});
