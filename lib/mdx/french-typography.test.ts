import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frenchSpacing } from './french-typography.ts';

test('narrow no-break space before high punctuation and inside guillemets', () => {
  assert.equal(frenchSpacing('Une question ? Écrivez-nous !'), 'Une question\u202F? Écrivez-nous\u202F!');
  assert.equal(frenchSpacing('« Live from Lyon »'), '«\u202FLive from Lyon\u202F»');
  assert.equal(frenchSpacing('Au programme : deux talks ; puis'), 'Au programme\u202F: deux talks\u202F; puis');
});

test('leaves URLs and punctuation without a space alone', () => {
  assert.equal(frenchSpacing('https://sre-france.github.io/'), 'https://sre-france.github.io/');
  assert.equal(frenchSpacing('Septembre: le SRE'), 'Septembre: le SRE');
});
