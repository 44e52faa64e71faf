import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIssue } from '../messages/issues.ts';
import { loadFiles, post, TINY_JPEG } from '../test/temp-content.ts';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const errorsOf = (files: Record<string, string | Buffer>) =>
  loadFiles(files, { now: NOW })
    .issues.filter((i) => i.severity === 'error')
    .map(formatIssue);

test('a valid post is loaded with slug from the file name, summary, reading time and tags', () => {
  const { content, issues } = loadFiles(
    {
      'content/post/2022-08-01-live-from-lyon.mdx': post(
        'title: "Live from Lyon"\ndate: 2022-07-12T19:00:00+01:00\ntags: ["meetup", "lyon"]',
        'Premier paragraphe, le résumé.\n\nDeuxième paragraphe.',
      ),
    },
    { now: NOW },
  );
  assert.deepEqual(issues, []);
  const [p] = content.posts;
  assert.equal(p.slug, '2022-08-01-live-from-lyon');
  assert.equal(p.url, '/post/2022-08-01-live-from-lyon/');
  assert.equal(p.date.iso, '2022-07-12T19:00:00+01:00');
  assert.equal(p.summary, 'Premier paragraphe, le résumé.');
  assert.equal(p.wordCount, 6);
  assert.equal(p.readingMinutes, 1);
  assert.deepEqual(p.tags, ['meetup', 'lyon']);
  assert.deepEqual(
    content.tags.map((t) => [t.tag, t.count]),
    [
      ['lyon', 1],
      ['meetup', 1],
    ],
  );
});

test('the summary stops at the more mark, in both spellings', () => {
  for (const mark of ['<!--more-->', '<!-- more -->']) {
    const { content } = loadFiles(
      {
        'content/post/a.md': post(
          'title: A\ndate: 2022-01-01',
          `Un.\n\nDeux ${'mots '.repeat(3)}\n\n${mark}\n\nCaché.`,
        ),
      },
      { now: NOW },
    );
    assert.equal(content.posts[0].summary, 'Un. Deux mots mots mots');
  }
});

test('front matter summary wins over the body', () => {
  const { content } = loadFiles(
    { 'content/post/a.mdx': post('title: A\ndate: 2022-01-01\nsummary: "Résumé écrit."', 'Corps.') },
    { now: NOW },
  );
  assert.equal(content.posts[0].summary, 'Résumé écrit.');
});

test('posts are sorted newest first; drafts and future posts are not published', () => {
  const { content, issues } = loadFiles(
    {
      'content/post/old.md': post('title: Old\ndate: 2021-05-01T10:00:00+02:00'),
      'content/post/new.md': post('title: New\ndate: 2023-05-01T10:00:00+02:00'),
      'content/post/mid.md': post('title: Mid\ndate: 2022-05-01T10:00:00+02:00'),
      'content/post/draft.md': post('title: Draft\ndate: 2022-06-01\ndraft: true'),
      'content/post/later.md': post('title: Later\ndate: 2030-01-01'),
    },
    { now: NOW },
  );
  assert.deepEqual(
    content.posts.map((p) => p.slug),
    ['new', 'mid', 'old'],
  );
  assert.deepEqual(
    content.drafts.map((p) => p.slug),
    ['draft'],
  );
  assert.deepEqual(
    content.scheduled.map((p) => p.slug),
    ['later'],
  );
  assert.match(issues.map(formatIssue).join('\n'), /later\.md:1:1 {2}warning: programmé/);
});

test('Hugo front matter is accepted as is', () => {
  const { content, issues } = loadFiles(
    {
      'content/img/meetup/x.jpg': TINY_JPEG,
      'content/post/hugo.md': post(
        'title: "Hugo"\ndate: 2022-09-05T19:00:00-01:00\nbigimg: [{src: "/img/meetup/x.jpg", desc: "Légende"}]\nimage: "img/meetup/x.jpg"\ntags: ["summercamp"]\nauthor: "Rym"\ncomments: false\nsocialShare: true\ntype: post\nlastmod: 2022-09-06',
      ),
    },
    { now: NOW },
  );
  assert.deepEqual(issues, []);
  assert.deepEqual(content.posts[0].banners, [{ src: '/img/meetup/x.jpg', desc: 'Légende', alt: undefined }]);
  assert.equal(content.posts[0].image, '/img/meetup/x.jpg');
});

test('each front matter mistake names the file, the line and the field', () => {
  const cases: [string, string, RegExp][] = [
    ['missing title', 'date: 2022-01-01', /a\.md:2:1 {2}title manque/],
    ['missing date', 'title: A', /a\.md:2:1 {2}date manque/],
    [
      'tag of the wrong type',
      'title: A\ndate: 2022-01-01\ntags: ["a", 42]',
      /a\.md:4:13 {2}tags\[2\]: attendu : un mot-clé \(du texte\), reçu 42/,
    ],
    [
      'tag not in kebab case',
      'title: A\ndate: 2022-01-01\ntags: ["Summer Camp"]',
      /a\.md:4:8 {2}tags\[1\]: les mots-clés sont en minuscules.*\(écrivez "summer-camp"\)/,
    ],
    [
      'impossible date',
      'title: A\ndate: 2022-02-30',
      /a\.md:3:7 {2}date: "2022-02-30" n'est pas un jour du calendrier : février 2022 a 28 jours/,
    ],
    ['draft not a boolean', 'title: A\ndate: 2022-01-01\ndraft: "yes"', /a\.md:4:8 {2}draft: attendu : true ou false/],
    [
      'unknown field',
      'title: A\ndate: 2022-01-01\ntittle: B',
      /a\.md:4:1 {2}champ inconnu "tittle" {2}\(vouliez-vous dire "title" \? champs connus : title, /,
    ],
    [
      'bad bigimg',
      'title: A\ndate: 2022-01-01\nbigimg: 42',
      /a\.md:4:9 {2}bigimg : la valeur 42 n'a pas une forme acceptée/,
    ],
    ['invalid YAML', 'title: "A\ndate: 2022-01-01', /a\.md:\d+:\d+ {2}le guillemet " ouvert ici/],
    [
      'tabs',
      'title: A\ndate: 2022-01-01\ntags:\n\t- a',
      /a\.md:\d+:\d+ {2}cette ligne est indentée par une tabulation.*indentez avec des espaces/,
    ],
  ];
  for (const [name, frontMatter, expected] of cases) {
    const errors = errorsOf({ 'content/post/a.md': post(frontMatter) });
    assert.equal(errors.length, 1, `${name}: ${errors.join(' | ')}`);
    assert.match(errors[0].replace(/^.*content\//, 'content/'), expected, name);
  }
});

test('files without front matter, empty, binary or not UTF-8 are errors, not pages', () => {
  const errors = errorsOf({
    'content/post/none.md': 'Juste du texte.',
    'content/post/empty.md': '',
    'content/post/unclosed.md': '---\ntitle: A\n',
    'content/post/binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]),
    'content/post/latin1.md': Buffer.from('---\ntitle: Caf\xe9\ndate: 2022-01-01\n---\n', 'latin1'),
    'content/post/toml.md': '+++\ntitle = "A"\n+++\n',
  });
  const text = errors.join('\n');
  assert.match(text, /none\.md:1:1 {2}le fichier n'a pas de front matter/);
  assert.match(text, /empty\.md:1:1 {2}le fichier est vide/);
  assert.match(text, /unclosed\.md:1:1 {2}le front matter n'est jamais fermé/);
  assert.match(text, /binary\.md:1:1 {2}le fichier est binaire/);
  assert.match(text, /latin1\.md:2:1 {2}le fichier n'est pas du texte UTF-8 valide/);
  assert.match(text, /toml\.md:1:1 {2}le front matter doit être du YAML/);
  assert.equal(errors.length, 6);
});

test('BOM and CRLF line endings are read as if they were not there', () => {
  const { content, issues } = loadFiles(
    { 'content/post/win.md': '\uFEFF---\r\ntitle: Windows\r\ndate: 2022-01-01\r\n---\r\n\r\nTexte.\r\n' },
    { now: NOW },
  );
  assert.deepEqual(issues, []);
  assert.equal(content.posts[0].title, 'Windows');
});

test('x.md and x.mdx are the same URL: an error', () => {
  const errors = errorsOf({
    'content/post/x.md': post('title: A\ndate: 2022-01-01'),
    'content/post/x.mdx': post('title: B\ndate: 2022-01-01'),
  });
  assert.equal(errors.length, 1);
  assert.match(
    errors[0],
    /x\.mdx:1:1 {2}deux fichiers pour la même clé "x" dans content\/post\/ : .*x\.md et celui-ci/,
  );
});

test('MDX body errors carry the line of the file, front matter included', () => {
  const errors = errorsOf({
    'content/post/a.mdx': post('title: A\ndate: 2022-01-01', 'Bonjour.\n\n<script>alert(1)</script>'),
  });
  assert.equal(errors.length, 1);
  assert.match(errors[0], /a\.mdx:8:1 {2}<script> n'est pas permis/);
});

test('dangling partner keys and missing images are errors at their line', () => {
  const errors = errorsOf({
    'content/partners/known.yml': 'name: Known\nurl: https://known.example\n',
    'content/post/a.mdx': post(
      'title: A\ndate: 2022-01-01\npartners: [{key: known, tier: gold}, {key: ghost, tier: media}]\nbigimg: [{src: "/img/missing.jpg"}]',
      '<PartnerCredits gold="known nobody" />\n\n![photo](/img/also-missing.png)',
    ),
  });
  const text = errors.join('\n');
  assert.match(text, /a\.mdx:4:\d+ {2}le partenaire "ghost" n'est pas dans content\/partners\//);
  assert.match(text, /a\.mdx:5:\d+ {2}l'image "\/img\/missing\.jpg" n'existe pas/);
  assert.match(text, /a\.mdx:8:1 {2}le partenaire "nobody" n'est pas dans content\/partners\//);
  assert.match(text, /a\.mdx:10:1 {2}l'image "\/img\/also-missing\.png" n'existe pas/);
  assert.equal(errors.length, 4);
});

test('internal links must point at a published page', () => {
  const errors = errorsOf({
    'content/post/a.mdx': post(
      'title: A\ndate: 2022-01-01\ntags: [meetup]',
      '[ok](/post/b) [ok2](/tags/meetup/) [broken](/post/nope/) [draft](/post/d/) [ext](https://example.com)\n\n[ref]: /page/missing',
    ),
    'content/post/b.mdx': post('title: B\ndate: 2022-01-01'),
    'content/post/d.mdx': post('title: D\ndate: 2022-01-01\ndraft: true'),
  });
  const text = errors.join('\n');
  assert.match(text, /lien vers "\/post\/nope\/" : aucune page n'a cette adresse/);
  assert.match(text, /lien vers "\/post\/d\/" : c'est un brouillon ou un article programmé/);
  assert.match(text, /a\.mdx:9:1 {2}lien vers "\/page\/missing"/);
  assert.equal(errors.length, 3);
});

test('tag descriptions and titles come from content/tags', () => {
  const { content } = loadFiles(
    {
      'content/post/a.md': post('title: A\ndate: 2022-01-01\ntags: [summercamp]'),
      'content/tags/summercamp.md': '---\ntitle: Summer Camp\n---\n\nLe camp.\n',
    },
    { now: NOW },
  );
  assert.deepEqual(
    content.tags.map(({ tag, title, description, count }) => ({ tag, title, description, count })),
    [{ tag: 'summercamp', title: 'Summer Camp', description: 'Le camp.', count: 1 }],
  );
});

test('a file with an error in its body still has its missing images reported, in the same run', () => {
  const errors = errorsOf({
    'content/post/a.mdx': post('title: A\ndate: 2022-01-01', 'Bonjour {nom}.\n\n![photo](/img/absente.jpg)'),
  });
  assert.equal(errors.length, 2, errors.join('\n'));
  assert.match(errors[0], /a\.mdx:6:9 {2}les accolades \{ \} ne sont pas permises/);
  assert.match(errors[1], /a\.mdx:8:1 {2}l'image "\/img\/absente\.jpg" n'existe pas/);
});

test('a described tag keeps its page even with no post yet', () => {
  const { content, issues } = loadFiles({ 'content/tags/org.md': '---\ntitle: Organization\n---\n' }, { now: NOW });
  assert.deepEqual(issues, []);
  assert.deepEqual(
    content.tags.map((t) => [t.tag, t.count, t.url]),
    [['org', 0, '/tags/org/']],
  );
});
