import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIssue } from '../messages/issues.ts';
import { loadFiles } from '../test/temp-content.ts';

const warningsOf = (files: Record<string, string>) =>
  loadFiles(files)
    .issues.filter((i) => i.severity === 'warning')
    .map((i) => formatIssue(i).replace(/^.*?content\//, 'content/'));

test('a speaker named by a first name alone beside a full name that starts with it gets a warning in French, not an error', () => {
  const { issues } = loadFiles({
    'content/speakers/mathieu.yml': '# prénom seul\nname: Mathieu\n',
    'content/speakers/mathieu-corbin.yml': 'name: Mathieu Corbin\ncompany: Qonto\n',
  });
  assert.deepEqual(
    issues.filter((i) => i.severity === 'error'),
    [],
  );
  const warnings = issues.filter((i) => i.severity === 'warning').map(formatIssue);
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(
    warnings[0],
    /content\/speakers\/mathieu\.yml:2:1 {2}warning: « Mathieu » ressemble à « Mathieu Corbin » \(mathieu-corbin\.yml\)/,
  );
  assert.match(warnings[0], /remplacez la clé mathieu par mathieu-corbin dans les événements/);
});

test('the same key prefix warns too, accents and case aside; different people sharing a first name do not', () => {
  assert.deepEqual(
    warningsOf({
      'content/speakers/lea.yml': 'name: Léa M.\n',
      'content/speakers/lea-martin.yml': 'name: Lea Martin\n',
    }).map((w) => w.split('  ')[0]),
    ['content/speakers/lea.yml:1:1'],
  );
  assert.deepEqual(
    warningsOf({
      'content/speakers/mathieu-corbin.yml': 'name: Mathieu Corbin\n',
      'content/speakers/mathieu-dupont.yml': 'name: Mathieu Dupont\n',
      'content/speakers/rym.yml': 'name: Rym\n',
      'content/speakers/pablo.yml': 'name: Pablo\n',
    }),
    [],
  );
});
