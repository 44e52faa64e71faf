import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFiles } from '../test/temp-content.ts';
import { COST_CASES, COST_MUST_ACCEPT } from './fixtures/hostile/cost.ts';

const NOW = Date.parse('2026-01-01T00:00:00Z');
/**
 * Generous, for a busy machine: each file takes a few seconds at most. Before the bounds the
 * floods took many minutes and the overlap report thousands of times more memory and time.
 */
const LIMIT_MS = 60_000;

for (const hostile of COST_CASES) {
  test(`bounded cost: ${hostile.name} is reported within ${LIMIT_MS / 1000} s`, () => {
    const started = performance.now();
    const { issues } = loadFiles(hostile.files, { now: NOW });
    const elapsed = performance.now() - started;
    assert.ok(elapsed < LIMIT_MS, `${hostile.file} took ${Math.round(elapsed)} ms`);
    const mine = issues.filter((i) => i.file.endsWith(`content/${hostile.file}`));
    assert.ok(mine.length > 0, `${hostile.file}: no problem reported`);
    assert.ok(
      mine.length <= (hostile.maxIssues ?? 1),
      `${hostile.file}: ${mine.length} problems reported, expected at most ${hostile.maxIssues ?? 1}`,
    );
    const first = [...mine].sort((a, b) => a.line - b.line)[0];
    assert.equal(first.severity, 'error');
    assert.equal(first.line, hostile.line, `${hostile.file}: ${first.message}`);
    assert.ok(
      first.message.includes(hostile.message),
      `${hostile.file}: "${first.message}" lacks "${hostile.message}"`,
    );
    if (hostile.maxIssues) {
      const last = mine.at(-1)!;
      assert.match(last.message, /^… et \d+ autres/, `${hostile.file}: the report does not say how many more`);
    }
  });
}

test('long posts, big tables and busy schedules written as people write are accepted in time', () => {
  const started = performance.now();
  const { content, issues } = loadFiles(COST_MUST_ACCEPT, { now: NOW });
  const elapsed = performance.now() - started;
  assert.deepEqual(
    issues.filter((i) => i.severity === 'error').map((i) => `${i.file}:${i.line}: ${i.message}`),
    [],
  );
  assert.equal(content.posts.length, 3);
  assert.equal(content.events[0]?.sessions.length, 1000);
  assert.ok(elapsed < LIMIT_MS, `took ${Math.round(elapsed)} ms`);
});
