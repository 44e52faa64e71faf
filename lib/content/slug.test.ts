import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify } from './slug.ts';
import { KEBAB } from './schema.ts';

test('French titles become plain kebab-case URL segments', () => {
  assert.equal(slugify('Rétro 2024 à Lyon'), 'retro-2024-a-lyon');
  assert.equal(slugify("L'œuvre d'Ève : où ça ?"), 'l-oeuvre-d-eve-ou-ca');
  assert.equal(slugify('  Summer Camp  '), 'summer-camp');
  assert.equal(slugify('SRE & DevOps — Ça déménage!'), 'sre-devops-ca-demenage');
  assert.equal(slugify('site_reliability.engineering'), 'site-reliability-engineering');
  assert.equal(slugify('!!!'), '');
  for (const title of ['Rétro 2024 à Lyon', 'Ça ÉCHOUE', 'x_y z']) assert.match(slugify(title), KEBAB);
});
