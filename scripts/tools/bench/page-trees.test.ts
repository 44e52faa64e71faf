import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bodyHtml, bodyTrees } from './page-trees.ts';

test("a page's body becomes a tree of its elements, without its scripts and styles", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'trees-'));
  try {
    fs.mkdirSync(path.join(out, 'post/été'), { recursive: true });
    fs.writeFileSync(
      path.join(out, 'post/été/index.html'),
      '<!doctype html><html><head><title>T</title></head><body><a class="skip" href="#c">Aller</a>' +
        '<main id="c"><p hidden>L&#x27;été &amp; <em>vous</em></p><script type="application/ld+json">{}</script>' +
        '<style>p{}</style><img src="/a.jpg" alt=""></main></body></html>',
    );
    assert.deepEqual(bodyTrees(out, '/post/%C3%A9t%C3%A9/'), [
      ['a', { class: 'skip', href: '#c' }, 'Aller'],
      ['main', { id: 'c' }, ['p', { hidden: '' }, "L'été & ", ['em', {}, 'vous']], ['img', { src: '/a.jpg', alt: '' }]],
    ]);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

test("a page's raw body is the bytes between <body> and </body>, untouched", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bodies-'));
  try {
    fs.mkdirSync(path.join(out, 'post/été'), { recursive: true });
    const body =
      '<main id="c"><p>L&#x27;été<!-- --> &amp; <em>vous</em></p><script type="application/ld+json">{}</script></main>';
    fs.writeFileSync(
      path.join(out, 'post/été/index.html'),
      `<!doctype html><html><head><title>T</title></head><body class="x">${body}</body></html>`,
    );
    assert.equal(bodyHtml(out, '/post/%C3%A9t%C3%A9/'), body);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
