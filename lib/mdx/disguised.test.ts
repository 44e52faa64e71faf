import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDisguisedOffSite } from './url-policy.ts';
import { analyzeMdx } from './analyze.ts';

test('paths a browser opens on another site are recognised, however they are written', () => {
  for (const url of [
    '/\\evil.example/',
    '\\\\evil.example',
    '\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    ' /\\evil.example',
  ])
    assert.equal(isDisguisedOffSite(url), true, JSON.stringify(url));
  for (const url of ['/post/x/', '//evil.example/', 'https://example.com/', '/img/a.jpg', 'mailto:a@b.c', '#top'])
    assert.equal(isDisguisedOffSite(url), false, url);
});

test('a disguised link is refused in Markdown, in a reference and in an HTML attribute', () => {
  for (const body of [
    'Voir [ici](/\\evil.example/).',
    'Voir [ici][r].\n\n[r]: /\\evil.example/',
    'Voir <a href="\\\\evil.example">ici</a>.',
  ]) {
    const errors = analyzeMdx(body, 'x.mdx').issues.filter((i) => i.severity === 'error');
    assert.equal(errors.length, 1, body);
    assert.match(errors[0].message, /mène à un autre site/, body);
  }
});

test('a reference-style image is held to the image rules and listed with the images', () => {
  const result = analyzeMdx('![Le logo][logo]\n\n[logo]: https://tracker.example/p.gif', 'x.mdx');
  assert.deepEqual(
    result.images.map((i) => [i.url, i.line]),
    [['https://tracker.example/p.gif', 1]],
  );
  assert.deepEqual(result.links, [], 'a definition only images use is not a link');
});
