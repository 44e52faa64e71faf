import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIssue } from '../messages/issues.ts';
import { loadFiles, post } from '../test/temp-content.ts';
import { offersOf } from './kind.ts';

const NOW = Date.parse('2026-03-15T12:00:00Z');
const OFFER = `title: SRE
company: Exemple
city: Lyon
contract: cdi
url: https://www.example.org/jobs/sre
date: 2026-03-02
until: 2026-04-30`;

const load = (files: Record<string, string>) => loadFiles(files, { now: NOW });
const errors = (files: Record<string, string>) =>
  load(files)
    .issues.filter((i) => i.severity === 'error')
    .map(formatIssue);

test('an offer is read with its place, contract, dates and page, and counted by the check', () => {
  const { content, issues } = load({ 'content/jobs/sre-lyon.mdx': post(OFFER, 'Une équipe de six.') });
  assert.deepEqual(issues, []);
  const [offer] = offersOf(content);
  assert.equal(offer.url, '/jobs/sre-lyon/');
  assert.equal(offer.applyUrl, 'https://www.example.org/jobs/sre');
  assert.equal(offer.contract, 'cdi');
  assert.equal(offer.remote, false);
  assert.equal(offer.summary, 'Une équipe de six.');
  // Open until the last instant of 30 April in Paris (summer time: 21:59:59.999 UTC).
  assert.equal(new Date(offer.closes).toISOString(), '2026-04-30T21:59:59.999Z');
});

test('each mistake of an offer is told in French at its line, with what to write', () => {
  const problems = errors({
    'content/jobs/nowhere.mdx': post(OFFER.replace('city: Lyon\n', '')),
    'content/jobs/backwards.mdx': post(OFFER.replace('until: 2026-04-30', 'until: 2026-02-01')),
    'content/jobs/contract.mdx': post(OFFER.replace('contract: cdi', 'contract: interim')),
    'content/jobs/http.mdx': post(OFFER.replace('https://', 'http://')),
    'content/jobs/hour.mdx': post(OFFER.replace('until: 2026-04-30', 'until: 2026-04-30 18:00')),
  });
  const at = (name: string) => problems.find((p) => p.includes(`content/jobs/${name}.mdx`)) ?? 'none';
  assert.match(at('nowhere'), /nowhere\.mdx:3:1 {2}l'offre ne dit pas où se trouve le poste {2}\(ajoutez la ville/);
  assert.match(at('backwards'), /backwards\.mdx:8:8 {2}until \(2026-02-01\) tombe avant date \(2026-03-02\)/);
  assert.match(at('contract'), /contract\.mdx:5:\d+ .*attendu : l'un de cdi, cdd, freelance, stage, alternance/);
  assert.match(at('http'), /http\.mdx:6:\d+ .*attendu : une adresse https:\/\//);
  assert.match(at('hour'), /hour\.mdx:8:\d+ .*écrivez le jour seul, comme 2026-04-30/);
  assert.equal(problems.length, 5);
  assert.deepEqual(offersOf(load({ 'content/jobs/nowhere.mdx': post(OFFER.replace('city: Lyon\n', '')) }).content), []);
});

test('a remote offer needs no city', () => {
  const { content, issues } = load({ 'content/jobs/remote.mdx': post(OFFER.replace('city: Lyon', 'remote: true')) });
  assert.deepEqual(issues, []);
  assert.equal(offersOf(content)[0].remote, true);
});

test('an offer saved among the posts is sent to content/jobs/', () => {
  const problems = errors({ 'content/post/2026-03-02-sre.mdx': post(OFFER) });
  assert.equal(problems.length, 1);
  assert.match(problems[0], /avec le champ "contract", ce fichier est une offre d'emploi/);
  assert.match(problems[0], /déplacez-le dans content\/jobs\//);
});

test("the offers' pages are published pages; with a board page, /jobs/ only redirects to it", async () => {
  const { publishedPaths, redirectPaths } = await import('../content/routes.ts');
  const { content } = load({
    'content/jobs/sre-lyon.mdx': post(OFFER),
    'content/page/job-board.mdx': post('title: Offres d’emploi'),
  });
  assert.ok(publishedPaths(content).has('/jobs/sre-lyon/'));
  assert.ok(!publishedPaths(content).has('/jobs/'));
  assert.ok(redirectPaths(content).has('/jobs/'));
});

test('without a board page, /jobs/ is a published page of its own, not a redirect to a missing page', async () => {
  const { publishedPaths, redirectPaths } = await import('../content/routes.ts');
  const { content } = load({ 'content/jobs/sre-lyon.mdx': post(OFFER) });
  assert.ok(publishedPaths(content).has('/jobs/'));
  assert.ok(!redirectPaths(content).has('/jobs/'));
  assert.ok(!publishedPaths(content).has('/page/job-board/'));
});
