import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from './yaml';

/** The issues of a YAML text as `line:column message (hint)`. */
const problems = (source: string) =>
  parseYaml(source, 'x.yml').issues.map((i) => `${i.line}:${i.column} ${i.message} (${i.hint})`);

test('a comment after an unquoted text is refused at its # with the quoted value', () => {
  const cases: [string, number, string][] = [
    ['title: Meetup SRE France #14 — Paris\n', 1, 'title: "Meetup SRE France #14 — Paris"'],
    ['name: "A"\ncity: Lille # centre\n', 2, 'city: "Lille # centre"'],
    ['venue:\n  name: Salle #3\n', 2, 'name: "Salle #3"'],
    ['tags:\n  - meetup #14\n', 2, '"meetup #14"'],
  ];
  for (const [source, line, fix] of cases) {
    const found = problems(source);
    assert.equal(found.length, 1, source);
    assert.match(found[0], new RegExp(`^${line}:\\d+ ce qui suit " #" est lu comme un commentaire`), source);
    assert.ok(found[0].includes(fix), `${found[0]} lacks ${fix}`);
  }
});

test('a comment after a quoted value, a list or a true is a comment, as written', () => {
  for (const source of [
    'title: "Meetup #14" # le quatorzième\n',
    'draft: true # à relire\n',
    'tags: [meetup, lyon] # deux\n',
    '# title: "commenté"\ntitle: "A"\n',
    'title: Meetup#14\n',
  ])
    assert.deepEqual(problems(source), [], source);
});

test('numbers YAML does not keep as written are refused, with the quotes that keep them', () => {
  for (const [source, fix] of [
    ['postalCode: 07000\n', 'postalCode: "07000"'],
    ['title: 1e3\n', 'title: "1e3"'],
    ['name: 0x1F\n', 'name: "0x1F"'],
    ['room: +33\n', 'room: "+33"'],
  ]) {
    const found = problems(source);
    assert.equal(found.length, 1, source);
    assert.match(found[0], /^1:\d+ YAML lit .* comme le nombre/);
    assert.ok(found[0].includes(fix), `${found[0]} lacks ${fix}`);
  }
  for (const source of ['lat: 45.5900\n', 'duration: 20\n', 'title: 2024\n', 'lng: -0.57\n'])
    assert.deepEqual(problems(source), [], source);
});

test('a repeated key is refused at its second line, once per key', () => {
  assert.deepEqual(
    problems('title: "A"\ndate: 2024-01-01\ntitle: "B"\ntags: []\ntags: [a]\n').map((p) => p.split(' (')[0]),
    ['3:1 le champ "title" est écrit deux fois', '5:1 le champ "tags" est écrit deux fois'],
  );
});

test('one mistake of indentation or quoting gives one error, in French, at its line, with its real cause', () => {
  const cases: [string, RegExp][] = [
    // A dedented line inside a group.
    ['venue:\n  name: "A"\n city: "B"\n  address: "C"\n', /^3:1 l'indentation de cette ligne .*alignez-la/],
    // A line indented further than the field above, which has a value.
    [`venue:\n  name: "A"\n    city: "B"\ntitle: "T"\n${'x: 1\n'.repeat(20)}`, /^3:5 cette ligne est plus indentée/],
    ['title: Meetup: le retour\n', /^1:\d+ un ": " dans une valeur sans guillemets .*entre guillemets/],
    ['title: "Meetup\ndate: 2024-01-01\n', /^1:8 le guillemet " ouvert ici n'est jamais fermé/],
    ['title: A\ntags:\n\t- a\n', /^3:1 cette ligne est indentée par une tabulation/],
    ['title: "a"\n- b\n', /^\d+:\d+ cette ligne/],
  ];
  for (const [source, expected] of cases) {
    const found = problems(source);
    assert.equal(found.length, 1, `${source}: ${found.join(' | ')}`);
    assert.match(found[0], expected);
    assert.doesNotMatch(found[0], /[A-Z][a-z]+ [a-z]+ (must|are|not|need)/, 'an English parser sentence');
  }
});

test('an alias inside the value it repeats is refused at the alias, in French', () => {
  for (const [source, line] of [
    ['x: &a [*a]\n', 1],
    ['title: "A"\nloop: &l\n  - 1\n  - *l\n', 4],
    ['m: &m\n  k: *m\n', 2],
  ] as const) {
    const found = problems(source);
    assert.equal(found.length, 1, source);
    assert.match(found[0], new RegExp(`^${line}:\\d+ l'alias \\*\\w+ est à l'intérieur de la valeur qu'il répète`));
  }
  assert.deepEqual(problems('a: &a "x"\nb: *a\n'), []);
});

test('an unclosed bracket, text after quotes and a line without "key:" each say so, at the line', () => {
  const cases: [string, RegExp][] = [
    ['tags: [a, b\ndate: 1\n', /^1:7 le \[ ouvert ici n'est jamais fermé .*fermez-le par \]/],
    ['title: "A"\nvenue: {name: "A"\n', /^2:8 le \{ ouvert ici/],
    ['title: "Incidents" en prod\n', /^1:\d+ du texte suit la valeur entre guillemets/],
    ['title: "A"\nune phrase sans champ\ndate: 1\n', /^2:1 cette ligne n'est pas un champ/],
  ];
  for (const [source, expected] of cases) {
    const found = problems(source);
    assert.equal(found.length, 1, `${source}: ${found.join(' | ')}`);
    assert.match(found[0], expected);
  }
});
