import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMdx } from './analyze.ts';
import { formatIssue } from '../messages/issues.ts';

const errors = (body: string) =>
  analyzeMdx(body, 'x.mdx')
    .issues.filter((i) => i.severity === 'error')
    .map(formatIssue);

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
    '<YouTube id="https://www.youtube.com/watch?v=5GxEaOzIZ7I&t=90s" start="90" />',
    '',
    '<YouTube id="https://youtu.be/5GxEaOzIZ7I" />',
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
    ['<script>alert(1)</script>', /x\.mdx:1:1 {2}<script> n'est pas permis {2}\(les scripts ne sont pas permis/],
    ['<iframe src="https://evil.example"></iframe>', /<iframe> n'est pas permis {2}\(.*<YouTube/],
    ['<style>{`body{}`}</style>', /<style> n'est pas permis/],
    [
      '<img src="/img/x.jpg" onerror="alert(1)" />',
      /x\.mdx:1:23 {2}le gestionnaire d'événement onerror= n'est pas permis sur <img>/,
    ],
    ['[clic](javascript:alert(1))', /le lien vers "javascript:alert\(1\)" utilise un protocole qui n'est pas permis/],
    ['<a href="JaVa\tScRiPt:alert(1)">x</a>', /utilise un protocole qui n'est pas permis/],
    ['![x](data:image/png;base64,AAAA)', /l'image "data:image\/png;base64,AAAA" utilise un protocole/],
    ['<Unknown />', /composant inconnu <Unknown> {2}\(composants permis : HeroImage, ResourceLinks/],
    ["import X from 'y'", /import et export ne sont pas permis/],
    ['export const a = 1', /import et export ne sont pas permis/],
    ['Un {expression} ici', /x\.mdx:1:4 {2}les accolades { } ne sont pas permises/],
    ['<YouTube id={"x"} />', /id=\{\.\.\.\} est du code, pas permis/],
    ['<YouTube {...props} />', /les attributs \{\.\.\.\} ne sont pas permis/],
    ['<YouTube title="x" />', /<YouTube> a besoin d'un attribut id="\.\.\."/],
    [
      '<YouTube id="https://www.youtube.com/@srefrance" />',
      /x\.mdx:1:10 {2}id=".*" n'est pas une vidéo YouTube {2}\(écrivez l'identifiant/,
    ],
    ['<YouTube id="https://vimeo.com/123456789" />', /n'est pas une vidéo YouTube/],
    [
      '<YouTube id="5GxEaOzIZ7I" start="1:30" />',
      /start="1:30" n'est pas un nombre de secondes {2}\(par exemple start="90"/,
    ],
    ['<p style="color:red">x</p>', /l'attribut style= n'est pas permis sur <p> {2}\(la mise en forme vient du site/],
    ['<center>x</center>', /l'élément HTML <center> n'est pas permis/],
    ['# Titre', /un intertitre "# " ferait un second titre de page/],
    ['<>x</>', /les fragments <><\/> ne sont pas permis/],
  ];
  for (const [body, expected] of cases) {
    const found = errors(body);
    assert.ok(found.length >= 1, `no error for ${body}`);
    assert.match(found[0], expected, body);
  }
});

test('syntax errors MDX authors meet come with a hint', () => {
  assert.match(
    errors('Prix { 3 €')[0],
    /x\.mdx:1:6 {2}erreur de syntaxe MDX : accolade \{ \} non comprise {2}\(une accolade \{ ouvre du code en MDX ; écrivez \\\{/,
  );
  assert.doesNotMatch(errors('Prix { 3 €')[0], /acorn/i);
  // The parser stops at the colon; the author typed the brace four columns before.
  assert.match(errors('Un objet { a: 1 } ici')[0], /x\.mdx:1:10 {2}erreur de syntaxe MDX : accolade/);
  assert.match(
    errors('<Gallery>\n\ntexte')[0],
    /x\.mdx:1:1 {2}erreur de syntaxe MDX : <Gallery> n'est jamais fermé {2}\(ajoutez <\/Gallery> seul sur sa ligne/,
  );
  assert.match(errors('Texte\n\n<!-- jamais fermé')[0], /x\.mdx:3:1 {2}le commentaire HTML n'est jamais fermé/);
});

test('each MDX mistake is one error in French that names the element, never the parser sentence', () => {
  const cases: [string, RegExp][] = [
    [
      '<Figure src="/img/a.jpg">\ntexte',
      /x\.mdx:1:1 {2}erreur de syntaxe MDX : <Figure> n'est jamais fermé {2}\(ajoutez <\/Figure>/,
    ],
    [
      '<YouTube id="a">\n  texte\nsuite</YouTube>',
      /x\.mdx:3:6 {2}erreur de syntaxe MDX : <\/YouTube> n'est pas à sa place/,
    ],
    ['<Gallery>x</Figure>', /<\/Figure> ferme un élément qui n'est pas ouvert ici \(<Gallery> attend <\/Gallery>\)/],
    ['Texte </b> fin', /une balise fermante <\/…> sans balise ouvrante/],
    ['Voir <https://example.org> ici', /une adresse entre < > est lue comme une balise/],
    [
      '<Figure src=/img/a.jpg />',
      /la valeur d'un attribut n'est pas entre guillemets {2}\(écrivez-la entre guillemets/,
    ],
    ['<Figure src="/img/a.jpg />', /ouvre un guillemet qui n'est jamais fermé/],
    ['<Figure\n', /une balise n'est jamais terminée par >/],
    [
      'Un cœur <3 ici',
      /un < qui ouvre une balise que MDX ne peut pas lire {2}\(un < ouvre une balise en MDX ; écrivez \\</,
    ],
  ];
  for (const [body, expected] of cases) {
    const found = errors(body);
    assert.equal(found.length, 1, `${body}: ${found.join(' | ')}`);
    assert.match(found[0], expected, body);
    assert.doesNotMatch(found[0], /Unexpected|Expected|closing tag|character/, body);
  }
});

test('HTML comments, including the more mark, are accepted and code is left alone', () => {
  const result = analyzeMdx(
    'Résumé ici.\n\n<!--more-->\n\n<!-- une note -->\n\n```html\n<script>x</script>\n```\n\nFin.',
    'x.mdx',
  );
  assert.deepEqual(result.issues, []);
  assert.equal(result.summary, 'Résumé ici.');
});

test('collects links, images, headings and component uses for the checks', () => {
  const result = analyzeMdx(
    '## Un titre\n\n[a](/post/b/) [ref][r]\n\n![photo](/img/a.jpg)\n\n<PartnerCredits gold="a b" />\n\n[r]: /tags/meetup',
    'x.mdx',
  );
  assert.deepEqual(
    result.links.map((l) => l.url),
    ['/post/b/', '/tags/meetup'],
  );
  assert.deepEqual(
    result.images.map((l) => [l.url, l.line]),
    [['/img/a.jpg', 5]],
  );
  assert.deepEqual(result.headings, [{ depth: 2, text: 'Un titre', id: 'un-titre' }]);
  assert.deepEqual(result.componentUses, [{ name: 'PartnerCredits', attributes: { gold: 'a b' }, line: 7, column: 1 }]);
});

test('an image without alternative text is a warning', () => {
  const [warning] = analyzeMdx('![](/img/a.jpg)', 'x.mdx').issues;
  assert.equal(warning.severity, 'warning');
  assert.match(warning.message, /pas de texte alternatif/);
});
