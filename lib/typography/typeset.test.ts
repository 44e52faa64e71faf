import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAddress, typeset, typesetRun } from './typeset.ts';
import { typesetHtml } from './html.ts';

const N = '\u202F';

test('a narrow no-break space before high punctuation: swapped for a space, added when missing', () => {
  assert.equal(typeset('Une question ? Écrivez-nous !'), `Une question${N}? Écrivez-nous${N}!`);
  assert.equal(typeset('Au programme : deux talks ; puis'), `Au programme${N}: deux talks${N}; puis`);
  assert.equal(
    typeset('Au programme: deux talks; puis la suite!'),
    `Au programme${N}: deux talks${N}; puis la suite${N}!`,
  );
  assert.equal(typeset('Vraiment?!'), `Vraiment${N}?!`);
});

test('curly apostrophes and « guillemets » with narrow spaces', () => {
  assert.equal(typeset("L'équipe d'SRE France"), 'L’équipe d’SRE France');
  assert.equal(typeset('Il a dit "bonjour" puis "au revoir".'), `Il a dit «${N}bonjour${N}» puis «${N}au revoir${N}».`);
  assert.equal(typeset('« Live from Lyon »'), `«${N}Live from Lyon${N}»`);
  assert.equal(typeset('«Live»'), `«${N}Live${N}»`);
});

test('never touches URLs, e-mail addresses, times or smileys', () => {
  for (const s of [
    'https://sre-france.github.io/?q=a:b',
    'www.example.org/a?b',
    'srefranceasso@gmail.com',
    'à 19:00',
    'mailto:x@y.fr',
    ':)',
  ]) {
    assert.equal(typeset(s), s);
  }
  assert.equal(typeset('Voir https://x.fr/a?b=1 !'), `Voir https://x.fr/a?b=1${N}!`);
});

test('is idempotent', () => {
  const once = typeset('Il dit "oui" : c\'est « sûr » !');
  assert.equal(typeset(once), once);
});

test('a quote opened before inline code or emphasis closes after it; code is kept as it is', () => {
  const out = typesetRun([
    { text: 'Lancez "' },
    { text: "kubectl get pods -o 'x'", opaque: true },
    { text: '" : voilà' },
  ]);
  assert.deepEqual(out, [`Lancez «${N}`, "kubectl get pods -o 'x'", `${N}»${N}: voilà`]);
});

test('on a page: text between tags only, never attributes, code or scripts', () => {
  const html =
    '<html><head><title>C&#x27;est l&#x27;été !</title></head><body><p title="a : b">Le &quot;SRE&quot; <em>c&#x27;est</em> quoi ?</p>' +
    '<pre><code>echo "a : b"</code></pre><script>var a = "x : y";</script><a href="/x?a=1">lien</a> : ok</body></html>';
  const out = typesetHtml(html);
  assert.match(out, /<title>C’est l’été\u202F!<\/title>/);
  assert.match(out, /<p title="a : b">Le «\u202FSRE\u202F» <em>c’est<\/em> quoi\u202F\?<\/p>/);
  assert.match(out, /<pre><code>echo "a : b"<\/code><\/pre><script>var a = "x : y";<\/script>/);
  assert.match(out, /<a href="\/x\?a=1">lien<\/a>\u202F: ok/);
  assert.equal(typesetHtml(out), out);
});

test('keeps escaped markup escaped', () => {
  assert.equal(typesetHtml('<p>a &lt;b&gt; &amp; c</p>'), '<p>a &lt;b&gt; &amp; c</p>');
});

test('addresses are told by scans with the same verdicts as the pattern they replace', () => {
  const pattern = /[a-z][a-z0-9+.-]*:\/\/|^www\.|[\w.+-]+@[\w-]+\.\w|^[a-z]+:[^\s]/i;
  const samples = ['git+ssh://host/x', 'a.b-c@d-e.fr', 'x@y', '@a.b', 'a@.b', '3://x', '(https://x', 'l’équipe:', '::'];
  for (const s of [
    ...samples,
    'a@b.c@d',
    'www.x',
    'WWW.x',
    'mailto:a',
    'a:b',
    'é@x.fr',
    'a@x.',
    'a@x.é',
    '-://',
    'x-1.+://',
  ])
    assert.equal(isAddress(s), pattern.test(s), s);
});

test('a hostile word (128 KB of letters, of "@", of "://", of quotes and colons) is typeset in linear time', () => {
  const mb = 1 << 17; // 128 KB: a fraction of a second in linear time; the old patterns took 10 s and more
  for (const word of [
    'a'.repeat(mb),
    'a.'.repeat(mb / 2),
    `${'a'.repeat(mb)}@`,
    'a@'.repeat(mb / 2),
    'a:/'.repeat(mb / 3),
    'a-://'.repeat(mb / 5),
    '"a'.repeat(mb / 2),
    ' :'.repeat(mb / 2),
    "l'".repeat(mb / 2),
  ]) {
    // The closing " !" makes the run one typography has work in (a run without signs is skipped).
    const started = performance.now();
    typeset(`${word} !`);
    typesetHtml(`<p>${word.replace(/&/g, '&amp;').replace(/</g, '&lt;')} !</p>`);
    const ms = performance.now() - started;
    assert.ok(ms < 8000, `${word.slice(0, 6)}…: ${ms.toFixed(0)} ms`);
  }
});
