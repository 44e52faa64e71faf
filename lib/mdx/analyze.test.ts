import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMdx } from './analyze.ts';
import { formatIssue } from '../content/issues.ts';

const errors = (body: string) => analyzeMdx(body, 'x.mdx').issues.filter((i) => i.severity === 'error').map(formatIssue);

test('plain Markdown, allowed elements and components pass', () => {
  const body = [
    '## Titre',
    '',
    'Texte avec [un lien](https://example.com), `code`, **gras**, <abbr title="Site Reliability Engineering">SRE</abbr>.',
    '',
    '<details><summary>Plus</summary>Détails.</details>',
    '',
    '<YouTube id="5GxEaOzIZ7I" title="Meetup" />',
    '',
    '<ResourceLinks title="Ressources">',
    '',
    '* [Slides](https://github.com/sre-france/meetups)',
    '',
    '</ResourceLinks>',
    '',
    '| a | b |',
    '|---|---|',
    '| 1 | 2 |',
  ].join('\n');
  assert.deepEqual(errors(body), []);
});

test('refused constructs, each with file:line:col and a hint', () => {
  const cases: [string, RegExp][] = [
    ['<script>alert(1)</script>', /x\.mdx:1:1 {2}<script> is not allowed {2}\(scripts are not allowed/],
    ['<iframe src="https://evil.example"></iframe>', /<iframe> is not allowed {2}\(.*<YouTube/],
    ['<style>{`body{}`}</style>', /<style> is not allowed/],
    ['<img src="/img/x.jpg" onerror="alert(1)" />', /x\.mdx:1:23 {2}event handler onerror= is not allowed on <img>/],
    ['[clic](javascript:alert(1))', /link to "javascript:alert\(1\)" uses a scheme that is not allowed/],
    ['<a href="JaVa\tScRiPt:alert(1)">x</a>', /uses a scheme that is not allowed/],
    ['![x](data:image/png;base64,AAAA)', /image to "data:image\/png;base64,AAAA" uses a scheme/],
    ['<Unknown />', /unknown component <Unknown> {2}\(allowed components: HeroImage, ResourceLinks/],
    ["import X from 'y'", /import and export statements are not allowed/],
    ['export const a = 1', /import and export statements are not allowed/],
    ['Un {expression} ici', /x\.mdx:1:4 {2}JavaScript expressions in braces are not allowed/],
    ['<YouTube id={"x"} />', /id=\{\.\.\.\} is a JavaScript expression/],
    ['<YouTube {...props} />', /spread attributes/],
    ['<YouTube title="x" />', /<YouTube> needs a id="\.\.\." attribute/],
    ['<p style="color:red">x</p>', /attribute style= is not allowed on <p> {2}\(content is styled by the site/],
    ['<center>x</center>', /HTML element <center> is not allowed/],
    ['# Titre', /a "# " heading would be a second page title/],
    ['<>x</>', /fragments <><\/> are not allowed/],
  ];
  for (const [body, expected] of cases) {
    const found = errors(body);
    assert.ok(found.length >= 1, `no error for ${body}`);
    assert.match(found[0], expected, body);
  }
});

test('syntax errors MDX authors meet come with a hint', () => {
  assert.match(errors('Prix { 3 €')[0], /x\.mdx:1:6 {2}MDX syntax error: .*\(a \{ starts a JavaScript expression in MDX; write \\\{/);
  assert.match(errors('<Gallery>\n\ntexte')[0], /x\.mdx:1:1 {2}MDX syntax error: Expected a closing tag for `<Gallery>`.*\(close the element/);
  assert.match(errors('Texte\n\n<!-- jamais fermé')[0], /x\.mdx:3:1 {2}HTML comment is never closed/);
});

test('HTML comments, including the more mark, are accepted and code is left alone', () => {
  const result = analyzeMdx('Résumé ici.\n\n<!--more-->\n\n<!-- une note -->\n\n```html\n<script>x</script>\n```\n\nFin.', 'x.mdx');
  assert.deepEqual(result.issues, []);
  assert.equal(result.summary, 'Résumé ici.');
});

test('collects links, images, headings and component uses for the checks', () => {
  const result = analyzeMdx(
    '## Un titre\n\n[a](/post/b/) [ref][r]\n\n![photo](/img/a.jpg)\n\n<PartnerCredits gold="a b" />\n\n[r]: /tags/meetup',
    'x.mdx',
  );
  assert.deepEqual(result.links.map((l) => l.url), ['/post/b/', '/tags/meetup']);
  assert.deepEqual(result.images.map((l) => [l.url, l.line]), [['/img/a.jpg', 5]]);
  assert.deepEqual(result.headings, [{ depth: 2, text: 'Un titre', id: 'un-titre' }]);
  assert.deepEqual(result.componentUses, [{ name: 'PartnerCredits', attributes: { gold: 'a b' }, line: 7, column: 1 }]);
});

test('an image without alternative text is a warning', () => {
  const [warning] = analyzeMdx('![](/img/a.jpg)', 'x.mdx').issues;
  assert.equal(warning.severity, 'warning');
  assert.match(warning.message, /no alternative text/);
});
