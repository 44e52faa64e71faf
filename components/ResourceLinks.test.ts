import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelFromUrl } from './ResourceLinks.tsx';
import { monogram } from './PartnerCredits.tsx';

test('a bare URL gets a label a reader can say', () => {
  assert.equal(labelFromUrl('https://sre-summercamp.github.io/sessions/'), 'Sessions');
  assert.equal(labelFromUrl('https://t.me/+aOmUhucuNkcyMDVk'), 'Groupe Telegram');
  assert.equal(labelFromUrl('https://www.youtube.com/watch?v=5GxEaOzIZ7I'), 'Vidéo YouTube');
  assert.equal(labelFromUrl('https://sre-france.github.io/'), 'sre-france.github.io');
  assert.equal(labelFromUrl('https://devobs.p7t.tech/episodes/devobs-25-sre-summercamp-2022-1'), 'devobs.p7t.tech');
});

test('a partner without a logo gets a two-letter monogram', () => {
  assert.equal(monogram('Resilience Care'), 'RC');
  assert.equal(monogram('La Dynamo Chambéry'), 'LD');
  assert.equal(monogram('Kube'), 'K');
});
