import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summaryMarkdown } from './summary';
import { PREVIEW_ARTIFACTS } from './artifacts';
import type { Shot } from './shots';

const shot = (page: string, file: string, status = 200): Shot => ({
  page,
  viewport: 'phone',
  scheme: 'light',
  file: `/x/preview/${file}`,
  status,
});

test('the summary lists pages added, changed and removed, with their screenshots, and names the uploaded artifacts', () => {
  const md = summaryMarkdown({
    diff: { added: ['/tags/lyon/'], changed: ['/', '/talks/'], removed: ['/post/ancien/'], unchanged: 30 },
    unused: ['content/img/partners/inutile.png'],
    shots: [shot('/tags/lyon/', 'tags-lyon-phone.png'), shot('/talks/', 'talks-phone.png', 404)],
    capped: false,
  });
  assert.match(md, /### Pages ajoutées \(1\)\n\n- `\/tags\/lyon\/` : `tags-lyon-phone\.png`/);
  assert.match(md, /### Pages modifiées \(2\)\n\n- `\/`\n- `\/talks\/` \*\*\(erreur HTTP\)\*\* : `talks-phone\.png`/);
  assert.match(md, /### Pages retirées \(1\)\n\n- `\/post\/ancien\/`/);
  assert.match(md, /30 page\(s\) identiques/);
  assert.match(md, /`content\/img\/partners\/inutile\.png`/);
  for (const artifact of Object.values(PREVIEW_ARTIFACTS)) assert.match(md, new RegExp(`\\*\\*${artifact.name}\\*\\*`));
});

test('a PR whose build failed still gets a summary that says so', () => {
  const md = summaryMarkdown({
    problem: 'Pas de site construit pour cette pull request : aucune page à montrer.',
    unused: [],
    shots: [],
    capped: false,
  });
  assert.match(md, /^\*\*Pas de site construit pour cette pull request/m);
  assert.doesNotMatch(md, /Pages ajoutées|identiques/);
});

test('a file name cannot break out of its code span or start a new line', () => {
  const md = summaryMarkdown({
    diff: { added: [], changed: [], removed: [], unchanged: 1 },
    unused: ['content/img/a`b\n## titre.png'],
    shots: [],
    capped: false,
  });
  assert.ok(md.includes('- `content/img/a b ## titre.png`'));
  assert.doesNotMatch(md, /^## titre/m);
});
