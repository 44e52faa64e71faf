import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFiles, post } from '../test/temp-content.ts';
import { jobPostingJsonLd } from './json-ld.ts';
import { offersOf } from './kind.ts';

const offerOf = (fields: string) =>
  offersOf(
    loadFiles({
      'content/jobs/sre.mdx': post(
        `title: SRE\ncompany: Exemple SAS\n${fields}\nurl: https://example.org/jobs/sre\ndate: 2026-03-02\nuntil: 2026-04-30\nsummary: Tenir la plateforme.`,
      ),
    }).content,
  )[0];

test('an offer in a city is a JobPosting there, with its dates, contract and company', () => {
  const data = jobPostingJsonLd(offerOf('city: Lyon\ncontract: cdi'));
  assert.equal(data['@type'], 'JobPosting');
  assert.equal(data.title, 'SRE');
  assert.equal(data.description, 'Tenir la plateforme.');
  assert.equal(data.datePosted, '2026-03-02T00:00:00+01:00');
  assert.equal(data.validThrough, '2026-04-30T21:59:59.999Z');
  assert.equal(data.employmentType, 'FULL_TIME');
  assert.deepEqual(data.hiringOrganization, { '@type': 'Organization', name: 'Exemple SAS' });
  assert.deepEqual(data.jobLocation, {
    '@type': 'Place',
    address: { '@type': 'PostalAddress', addressLocality: 'Lyon' },
  });
  assert.equal(data.jobLocationType, undefined);
  assert.match(String(data.url), /\/jobs\/sre\/$/);
});

test('a remote offer says so, and where applicants may live', () => {
  const data = jobPostingJsonLd(offerOf('remote: true\ncontract: freelance'));
  assert.equal(data.jobLocationType, 'TELECOMMUTE');
  assert.deepEqual(data.applicantLocationRequirements, { '@type': 'Country', name: 'France' });
  assert.equal(data.jobLocation, undefined);
  assert.equal(data.employmentType, 'CONTRACTOR');
});
