import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publishedPaths } from './routes.ts';
import { loadFiles, post } from '../test/temp-content.ts';

test('every tag the site links has its page: tags of events and of sessions, with or without posts', () => {
  const { content, issues } = loadFiles(
    {
      'content/events/2026-05-20-meetup-lille.mdx': post(
        'title: "Meetup"\nstart: 2026-05-20 19:00\nvenue: {name: "Salle", city: "Lille"}\ntags: ["lille"]\nsessions:\n  - title: "Un talk"\n    format: talk\n    tags: ["ebpf"]\n  - title: "Pause"\n    format: break\n    tags: ["pizza"]',
      ),
      'content/post/2025-01-01-a.mdx': post('title: "A"\ndate: 2025-01-01T10:00:00+01:00\ntags: ["incidents"]'),
    },
    { now: Date.parse('2026-01-01T00:00:00Z') },
  );
  assert.deepEqual(issues, []);
  const pages = publishedPaths(content);
  for (const tag of ['lille', 'ebpf', 'pizza', 'incidents']) assert.ok(pages.has(`/tags/${tag}/`), `/tags/${tag}/`);
  assert.deepEqual(
    content.tags.map((t) => [t.tag, t.count]),
    [
      ['incidents', 1],
      ['ebpf', 0],
      ['lille', 0],
      ['pizza', 0],
    ],
  );
});
