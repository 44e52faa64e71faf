import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addressesUsed, isUsed, publishedAddresses } from './referenced';
import { sourceHash } from '../../../lib/images/source-hash';

test('a logo or photo shown through any of its variants is used; one no page shows is not', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'referenced-'));
  const logo = Buffer.from('logo bytes');
  const photo = Buffer.from('photo bytes');
  const card = Buffer.from('card bytes');
  fs.mkdirSync(path.join(out, 'partners'), { recursive: true });
  fs.writeFileSync(
    path.join(out, 'partners/index.html'),
    `<!doctype html><html><head><meta property="og:image" content="https://example.org/site/_img/${sourceHash(card)}/card-1200.jpg"></head><body>
     <picture><source srcset="/site/_img/${sourceHash(logo)}/logo-160.avif 160w, /site/_img/${sourceHash(logo)}/logo-320.avif 320w"><img src="/site/_img/${sourceHash(logo)}/logo-320.png" alt=""></picture>
     <a href="/site/slides/talk.pdf">slides</a>
     <p>/img/partners/inutile.png is only text</p></body></html>`,
  );
  const used = addressesUsed(out, '/site');
  const check = (file: string, bytes?: Buffer) => isUsed(publishedAddresses(file, bytes)!, used);
  assert.equal(check('content/img/partners/logo.png', logo), true);
  assert.equal(check('content/img/events/card.jpg', card), true, 'a share card counts');
  assert.equal(check('content/slides/talk.pdf'), true);
  assert.equal(check('content/img/partners/inutile.png', photo), false, 'text on a page is not a use');
  assert.equal(check('content/slides/autre.pdf'), false);
  assert.equal(publishedAddresses('content/post/x.mdx', undefined), undefined, 'a post is a page, not a file');
});
