import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parse } from 'yaml';
import { formatLabels, PROPOSAL_FORMATS, proposalFormatName } from './labels.ts';

test('the proposal form offers the formats the site announces, in the archive’s words', () => {
  const form = parse(fs.readFileSync('.github/ISSUE_TEMPLATE/proposer-un-talk.yml', 'utf8'));
  const field = form.body.find((item: { id?: string }) => item.id === 'format');
  assert.deepEqual(field.attributes.options, PROPOSAL_FORMATS.map(proposalFormatName));
});

test('each proposal format is a format of the programme and the archive', () => {
  for (const { format } of PROPOSAL_FORMATS) assert.ok(formatLabels()[format]);
  assert.equal(proposalFormatName(PROPOSAL_FORMATS[0]), 'Talk (environ 45 min)');
});
