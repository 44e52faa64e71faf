import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { TableOfContents } from './TableOfContents.tsx';
import { typesetHtml } from '../lib/typography/html.ts';

test('the table of contents links each section by the id of its heading, nested by level', () => {
  const html = renderToStaticMarkup(
    <TableOfContents
      entries={[
        {
          depth: 2,
          text: 'Au programme',
          id: 'au-programme',
          children: [{ depth: 3, text: 'Le matin', id: 'le-matin' }],
        },
        { depth: 2, text: 'Des questions ?', id: 'des-questions-', children: [] },
      ]}
    />,
  );
  assert.match(html, /<nav aria-labelledby="sommaire-titre" data-pagefind-ignore="true"/);
  assert.match(html, /<a href="#au-programme"[^>]*>Au programme<\/a><ol[^>]*><li><a href="#le-matin"/);
  // The export typesets every page's text (scripts/build-steps/postbuild.ts): the entry reads as its heading does.
  assert.match(
    typesetHtml(html),
    /<a href="#des-questions-"[^>]*>Des questions\u202F\?<\/a>/,
    'French spacing as in the heading itself',
  );
  assert.equal(renderToStaticMarkup(<TableOfContents entries={[]} />), '');
});
