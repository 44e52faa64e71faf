import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { ContentError, formatGithubAnnotation, issue } from './issues.ts';

const problems = [
  issue(
    'content/post/a.mdx',
    { line: 6, column: 9 },
    'JavaScript expressions in braces are not allowed in content',
    'write \\{',
  ),
  issue('content/post/b.mdx', { line: 3, column: 7 }, 'date is missing'),
  issue('content/tags/org.md', { line: 1 }, 'no published post has the tag "org"', undefined, 'warning'),
];

test('a ContentError, as next build prints it, is the list of errors and nothing else', () => {
  const error = new ContentError(problems);
  const printed = String(error.stack);
  assert.match(printed, /^Erreur de contenu: 2 problèmes de contenu \(npm run check les liste sans construire\) :$/m);
  assert.match(
    printed,
    /^content\/post\/a\.mdx:6:9 {2}JavaScript expressions in braces are not allowed in content {2}\(write \\\{\)$/m,
  );
  assert.match(printed, /^content\/post\/b\.mdx:3:7 {2}date is missing$/m);
  assert.doesNotMatch(printed, /^\s+at /m, 'no stack frames');
  assert.doesNotMatch(inspect(error), /severity|org\.md/, 'no dump of the issue objects, no warnings');
  assert.equal(error.issues.length, 3);
});

test('GitHub annotations carry file, line, column and escape newlines', () => {
  assert.equal(
    formatGithubAnnotation(issue('content/post/a.mdx', { line: 2, column: 3 }, 'two\nlines', '100%')),
    '::error file=content/post/a.mdx,line=2,col=3::two\\x0alines (100%25)',
  );
});
