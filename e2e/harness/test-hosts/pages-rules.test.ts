import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headersFor, parseHeaders, parseRedirects, redirectFor } from './pages-rules.ts';

const at = (href: string) => new URL(href, 'https://myproject.pages.dev');

// The examples of Cloudflare Pages' documentation (Headers, Redirects).
test('_headers: the documented example, per path, per splat and per host', () => {
  const rules = parseHeaders(
    [
      '# This is a comment',
      '/secure/page',
      '  X-Frame-Options: DENY',
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: no-referrer',
      '',
      '/static/*',
      '  Access-Control-Allow-Origin: *',
      '  X-Robots-Tag: nosnippet',
      '',
      'https://myproject.pages.dev/*',
      '  X-Robots-Tag: noindex',
    ].join('\n'),
  );
  assert.deepEqual(headersFor(rules, at('/secure/page')), {
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-robots-tag': 'noindex',
  });
  assert.deepEqual(headersFor(rules, new URL('https://example.com/static/styles.css')), {
    'access-control-allow-origin': '*',
    'x-robots-tag': 'nosnippet',
  });
  assert.equal(headersFor(rules, at('/static/a.css'))['x-robots-tag'], 'nosnippet, noindex', 'joined by a comma');
  assert.deepEqual(headersFor(rules, at('/secure/page/other')), { 'x-robots-tag': 'noindex' });
});

test('_headers: a header detached from a more specific path, and placeholders', () => {
  const rules = parseHeaders(
    [
      '/*',
      "  Content-Security-Policy: default-src 'self';",
      '',
      '/*.jpg',
      '  ! Content-Security-Policy',
      '',
      '/movies/:title',
      '  x-movie-name: You are watching ":title"',
    ].join('\n'),
  );
  assert.equal(headersFor(rules, at('/index.html'))['content-security-policy'], "default-src 'self';");
  assert.deepEqual(headersFor(rules, at('/photo.jpg')), {});
  assert.equal(headersFor(rules, at('/movies/alien'))['x-movie-name'], 'You are watching "alien"');
});

test('_redirects: the documented example, first match wins, splats and placeholders', () => {
  const rules = parseRedirects(
    [
      '/home301 / 301',
      '/home302 / 302',
      '/querystrings /?query=string 301',
      '/twitch https://twitch.tv',
      '/trailing /trailing/path 301',
      '/notrailing/ /nottrailing/path 301',
      '/page/ /page2/#fragment 301',
      '/blog/* https://blog.my.domain/:splat',
      '/products/:code/:name /products?code=:code&name=:name',
      '/home301 /elsewhere 301',
      '/broken /x 301!',
    ].join('\n'),
  );
  assert.deepEqual(redirectFor(rules, at('/home301')), { to: '/', status: 301 });
  assert.deepEqual(redirectFor(rules, at('/twitch')), { to: 'https://twitch.tv', status: 302 });
  assert.deepEqual(redirectFor(rules, at('/blog/2020/post')), { to: 'https://blog.my.domain/2020/post', status: 302 });
  assert.deepEqual(redirectFor(rules, at('/products/42/lamp')), { to: '/products?code=42&name=lamp', status: 302 });
  assert.equal(redirectFor(rules, at('/notrailing')), undefined, 'paths match as written');
  assert.equal(redirectFor(rules, at('/broken')), undefined, 'a line of another form is ignored');
});
