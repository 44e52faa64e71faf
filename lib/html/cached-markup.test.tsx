import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { renderToString } from 'react-dom/server';
import { SiteFooter } from '../../components/SiteFooter.tsx';
import { SiteHeader } from '../../components/SiteHeader.tsx';
import { chromeElements } from '../../components/chrome.ts';
import { childrenOf, markupEntryFile, withCachedChildren } from './cached-markup.tsx';
import { prerenderMarkup } from './prerender-markup.ts';

test('the header and footer put in as cached HTML are the bytes their elements render, each section its own', () => {
  const written: string[] = [];
  try {
    for (const element of chromeElements()) {
      const file = markupEntryFile(childrenOf(element));
      assert.ok(file, 'the chrome can be described and cached');
      if (!fs.existsSync(file)) written.push(file);
      assert.notEqual(prerenderMarkup(element), 'off');
    }
    for (const path of ['/', '/post/x/', '/events/y/', '/search/']) {
      const element = SiteHeader({ path });
      const cached = withCachedChildren(element);
      assert.ok('dangerouslySetInnerHTML' in (cached.props as object), `${path}: the cached HTML is used`);
      assert.equal(renderToString(cached), renderToString(element), path);
    }
    // The marked entry is part of what finds the HTML: two sections never share a header.
    assert.notEqual(
      markupEntryFile(childrenOf(SiteHeader({ path: '/post/x/' }))),
      markupEntryFile(childrenOf(SiteHeader({ path: '/events/y/' }))),
    );
    assert.equal(renderToString(withCachedChildren(SiteFooter())), renderToString(SiteFooter()));
  } finally {
    for (const file of written) fs.rmSync(file, { force: true });
  }
});

test('an element whose HTML the build did not render is drawn from its elements', () => {
  const element = (
    <header className="h">
      <a href={`/jamais-${Date.now()}/`}>Lien</a>
    </header>
  );
  assert.equal(withCachedChildren(element), element);
});
