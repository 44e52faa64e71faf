import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFeedBody, feedHtml } from './feed-html.ts';
import { siteConfig } from '../../../lib/site-config.ts';

const origin = siteConfig.siteUrl + siteConfig.basePath;
const PAGE = `${origin}/post/x/`;

test('the body is cut at its own closing tag, nested divs included', () => {
  const page = `<main><article><div class="prose" data-feed-body=""><p>Un</p><div class="gallery"><div>photo</div></div><p>Deux</p></div><section>Ressources</section></article></main>`;
  assert.equal(extractFeedBody(page), '<p>Un</p><div class="gallery"><div>photo</div></div><p>Deux</p>');
  assert.equal(extractFeedBody('<main>no marker</main>'), undefined);
});

test('links, images and srcsets become absolute; external, mail and fragment links still work', () => {
  const html = feedHtml(
    `<a href="/post/y/">y</a> <a href="https://ex.org/a?b=1&amp;c=2">ext</a> <a href="mailto:a@b.fr">m</a> <a href="#programme">p</a>` +
      `<picture><source type="image/avif" srcSet="/_img/h/a-640.avif 640w, /_img/h/a-1280.avif 1280w"/><img src="/_img/h/a-640.jpg" alt=""/></picture>`,
    PAGE,
  );
  assert.match(html, new RegExp(`href="${origin}/post/y/"`));
  assert.match(html, /href="https:\/\/ex.org\/a\?b=1&amp;c=2"/);
  assert.match(html, /href="mailto:a@b.fr"/);
  assert.match(html, new RegExp(`href="${PAGE}#programme"`));
  assert.match(html, new RegExp(`srcSet="${origin}/_img/h/a-640.avif 640w, ${origin}/_img/h/a-1280.avif 1280w"`));
  assert.match(html, new RegExp(`src="${origin}/_img/h/a-640.jpg"`));
  assert.doesNotMatch(html, /="\/(?!\/)/, 'no site-relative URL left');
});

test('heading anchors and frames are left out, the heading text stays', () => {
  const html = feedHtml(
    `<h2 id="au-programme">Au programme<a href="#au-programme" class="heading-anchor" aria-hidden="true" tabindex="-1">#</a></h2>` +
      `<figure class="youtube"><iframe title="V" srcDoc="&lt;html&gt;"></iframe><figcaption><a href="https://www.youtube.com/watch?v=1">Voir</a></figcaption></figure>`,
    PAGE,
  );
  assert.equal(
    html,
    '<h2 id="au-programme">Au programme</h2><figure class="youtube"><figcaption><a href="https://www.youtube.com/watch?v=1">Voir</a></figcaption></figure>',
  );
});
