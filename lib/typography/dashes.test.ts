import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frenchDashes } from './dashes.ts';
import { typeset } from './typeset.ts';

test('a spaced hyphen between words becomes an en dash that never starts a line', () => {
  assert.equal(frenchDashes('SRE SummerCamp 2022 - Résumé'), 'SRE SummerCamp 2022\u00A0– Résumé');
  assert.equal(
    frenchDashes('Site Reliability Engineering - Live from Lyon'),
    'Site Reliability Engineering\u00A0– Live from Lyon',
  );
});

test('hyphens inside words, leading dashes and double hyphens stay', () => {
  for (const text of ['post-mortem', '- un élément', 'a -- b', 'x -y', '--flag'])
    assert.equal(frenchDashes(text), text);
});

test('typeset applies it with the rest of French typography', () => {
  assert.equal(typeset('Meetup - Paris : bilan'), 'Meetup\u00A0– Paris\u202F: bilan');
});

test('an element in English keeps English typography on the finished page', async () => {
  const { typesetHtml } = await import('./html.ts');
  const html = typesetHtml(
    '<p>Talk : <span lang="en">minimizing cost: A dream - come true</span>, bilan - suite</p><p lang="fr">Oui - non</p>',
  );
  assert.equal(
    html,
    '<p>Talk\u202F: <span lang="en">minimizing cost: A dream - come true</span>, bilan\u00A0– suite</p><p lang="fr">Oui\u00A0– non</p>',
  );
});
