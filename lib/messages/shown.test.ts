import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotationData, annotationProperty, shown, shownLines } from './shown.ts';
import { formatGithubAnnotation, formatIssue, issue } from './issues.ts';

test('control characters, reordering and invisible characters are written as escapes', () => {
  assert.equal(shown('a\u001b[2Kb'), 'a\\x1b[2Kb');
  assert.equal(shown('a\nb\rc\td'), 'a\\x0ab\\x0dc\\x09d');
  assert.equal(shown('\u009b31m \u007f'), '\\x9b31m \\x7f');
  assert.equal(shown('abc\u202edef \u2066x \u200b \ufeff'), 'abc\\u202edef \\u2066x \\u200b \\ufeff');
  assert.equal(shown('\u2028'), '\\u2028');
  assert.equal(shown('lone \ud800 and \udc00'), 'lone \\ud800 and \\udc00');
  assert.equal(shown('Été 🎉 « ok » l’équipe'), 'Été 🎉 « ok » l’équipe', 'plain text stays as it is');
});

test('no CI command can start in shown text', () => {
  assert.equal(shown('::warning::x'), '\\x3a:warning::x');
  assert.equal(shown('  ::add-mask::x'), '  \\x3a:add-mask::x');
  assert.equal(shown('a ##[add-mask]x'), 'a #\\x23[add-mask]x');
  assert.equal(shownLines('ligne 1\n::stop-commands::x'), 'ligne 1\n\\x3a:stop-commands::x');
});

test("GitHub annotations escape data and properties by GitHub's rules", () => {
  assert.equal(annotationData('100% a\r\nb'), '100%25 a\\x0d\\x0ab');
  assert.equal(annotationProperty('a,b:c%'), 'a%2Cb%3Ac%25');
  const forged = issue('content/post/a,line=1::x.mdx', { line: 2, column: 3 }, 'deux\n::error file=x::lignes', '100%');
  assert.equal(
    formatGithubAnnotation(forged),
    '::error file=content/post/a%2Cline=1%3A%3Ax.mdx,line=2,col=3::deux\\x0a::error file=x::lignes (100%25)',
  );
  assert.equal(formatIssue(forged), 'content/post/a,line=1::x.mdx:2:3  deux\\x0a::error file=x::lignes  (100%)');
});
