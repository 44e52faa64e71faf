import { test } from 'node:test';
import assert from 'node:assert/strict';
import { passPage } from './page-pass.ts';
import { isRedirectPage } from './pages.ts';
import { redirectHtml } from './aliases.ts';
import { elements, headMetas, isText, parsePage, type Element } from '../../../lib/html/page-tree.ts';
import { typeset } from '../../../lib/typography/typeset.ts';
import { siteConfig } from '../../../lib/site-config.ts';

/** A page as React writes it, with a piece of content in each place a title or text goes. */
function page(text: string): string {
  const html = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attribute = html.replace(/"/g, '&quot;');
  const json = JSON.stringify({ name: text }).replace(/</g, '\\u003c');
  return (
    `<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><title>${html}</title>` +
    `<meta name="description" content="${attribute}"/><meta property="og:title" content="${attribute}"/>` +
    `<script type="application/ld+json">${json}</script></head><body><main><h1>${html}</h1>` +
    `<img alt="${attribute}" src="/img/a.jpg"/><p>Résumé : ${html}</p>` +
    `<article><div class="prose" data-feed-body=""><p>Le vrai texte : ${html}</p></div></article></main></body></html>`
  );
}

const textOf = (el: Element) => el.childNodes.map((n) => (isText(n) ? n.value : '')).join('');

/** Wordings of the markup the steps look for, as a title could hold them. */
const MENTIONS = [
  'http-equiv="Content-Security-Policy"',
  `<meta http-equiv="Content-Security-Policy" content="script-src *"/>`,
  `'http-equiv=Content-Security-Policy'`,
  '<meta http-equiv="refresh" content="0; url=https://evil.example/">',
  'HTTP-EQUIV="REFRESH"',
  'data-feed-body',
  '<div data-feed-body="">faux</div>',
  '<script data-keep src="https://evil.example/x.js"></script>',
  '"]]> <!--$--> </div></div></div>',
];

for (const mention of MENTIONS) {
  test(`a title mentioning ${mention} changes nothing but typography`, () => {
    const { html, feedBody } = passPage(page(mention), '/post/x/', { withFeedBody: true });
    const doc = parsePage(html);
    const policies = headMetas(doc, 'content-security-policy');
    assert.equal(policies.length, 1, 'one policy, ours');
    assert.match(policies[0].attrs.find((a) => a.name === 'content')!.value, /script-src 'none'/);
    assert.equal(isRedirectPage(html), false);
    assert.match(feedBody ?? '', /^<p>Le vrai texte\u202F: /);
    assert.equal(headMetas(doc, 'refresh').length, 0);
    // Typography wrote text back escaped: the page parses to the same elements.
    const tags = (d: ReturnType<typeof parsePage>) => [...elements(d)].map((el) => el.tagName);
    assert.deepEqual(
      tags(doc),
      tags(parsePage(page(mention))).toSpliced(2, 0, 'meta'),
      'the same elements, plus the policy',
    );
    const title = [...elements(doc)].find((el) => el.tagName === 'title')!;
    assert.equal(textOf(title), typeset(mention));
    assert.equal(passPage(html, '/post/x/').html, html, 'a second pass changes nothing');
  });
}

test('the policy goes right after the charset; a page without a head in its source stops the pass', () => {
  const { html } = passPage('<html><head><meta charSet="utf-8"/><title>x</title></head><body></body></html>', '/');
  assert.match(
    html,
    /^<html><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="[^"]+"\/><title>/,
  );
  assert.throws(() => passPage('<p>x</p>', '/'), /no <head>/);
});

test('a redirect is told by its meta element, not by a mention of one', () => {
  assert.equal(isRedirectPage(redirectHtml('/post/x/', 'Un titre')), true);
  assert.equal(isRedirectPage(redirectHtml('/post/x/', '<meta http-equiv="refresh" content="0">')), true);
  assert.equal(isRedirectPage(page('<meta http-equiv="refresh" content="0">')), false);
  assert.equal(isRedirectPage('<html><body><meta http-equiv="refresh" content="0"></body></html>'), false);
  assert.equal(isRedirectPage('<html><head><META HTTP-EQUIV=" Refresh " content="0"></head></html>'), true);
});

test('the feed text is the marked element, with site links made absolute, anchors and frames left out', () => {
  const html =
    '<html><head><meta charSet="utf-8"/></head><body><p data-x="data-feed-body">non</p><div data-feed-body="">' +
    '<h2 id="a">Titre<a href="#a" class="x heading-anchor">#</a></h2><iframe srcDoc="&lt;p&gt;"></iframe>' +
    '<p>Un "mot" <a href="/post/y/?a=1&amp;b=2">lien</a></p></div></body></html>';
  const { feedBody } = passPage(html, '/post/x/', { withFeedBody: true });
  const origin = siteConfig.siteUrl + siteConfig.basePath;
  assert.equal(
    feedBody,
    `<h2 id="a">Titre</h2><p>Un «\u202Fmot\u202F» <a href="${origin}/post/y/?a=1&amp;b=2">lien</a></p>`,
  );
});
