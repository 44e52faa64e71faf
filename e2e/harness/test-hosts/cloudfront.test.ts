import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCloudFrontFunction } from './emulated.ts';

const handler = loadCloudFrontFunction();
const run = (uri: string, querystring: Record<string, { value: string }> = {}) =>
  handler({ request: { uri, querystring, headers: {} } }) as Record<string, any>;

test('the CloudFront Function asks the bucket for x/index.html at /x/, and redirects /x to /x/', () => {
  assert.equal(run('/').uri, '/index.html');
  assert.equal(run('/post/summercamp/').uri, '/post/summercamp/index.html');
  const redirect = run('/post/summercamp', { q: { value: 'lyon' } });
  assert.equal(redirect.statusCode, 301);
  assert.equal(redirect.headers.location.value, '/post/summercamp/?q=lyon');
  assert.equal(run('/events/calendar.ics').uri, '/events/calendar.ics');
  assert.equal(run('/pagefind/pagefind.js').uri, '/pagefind/pagefind.js');
});
