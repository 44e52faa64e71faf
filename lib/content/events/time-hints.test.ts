import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { formatIssue } from '../../messages/issues.ts';
import { loadFiles, post } from '../../test/temp-content.ts';

const errorsOf = (frontMatter: string) =>
  loadFiles({ 'content/events/e.mdx': post(frontMatter) }, { now: Date.parse('2026-01-01T00:00:00Z') })
    .issues.filter((i) => i.severity === 'error')
    .map((i) => formatIssue({ ...i, file: path.basename(i.file) }));

const VENUE = 'venue: {name: "Salle", city: "Lille"}';

test("an event time the site cannot read gets one fix, in the event's own form, with her date", () => {
  for (const [written, fix] of [
    ['10/03/2027 19h', '2027-03-10 19:00'],
    ['2027-11-5 18h30', '2027-11-05 18:30'],
    ['le 14.02.2027 à 20h', '2027-02-14 20:00'],
  ]) {
    const [error] = errorsOf(`title: "M"\nstart: ${written}\n${VENUE}`);
    assert.match(error, /^e\.mdx:3:8 {2}start: /, written);
    assert.ok(error.endsWith(`(écrivez l'heure locale : ${fix})`), error);
    // One form per message: no example with an offset beside the local time.
    assert.doesNotMatch(error, /T\d\d:\d\d/, error);
  }
});

test('a session at a local time the clocks skip is refused at its line', () => {
  const errors = errorsOf(
    `title: "M"\nstart: 2027-03-27 19:00\nend: 2027-03-28 12:00\n${VENUE}\nsessions:\n  - title: "Nuit"\n    format: talk\n    start: 2027-03-28 02:30`,
  );
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(
    errors[0],
    /^e\.mdx:9:12 {2}sessions\[1\]\.start: "2027-03-28 02:30" n'existe pas .*2027-03-28 03:30\)$/,
  );
});
