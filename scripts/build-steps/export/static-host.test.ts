import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeHostFiles } from './static-host.ts';

test('CNAME holds the custom domain; without one there is no CNAME, .nojekyll in both cases', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'host-'));
  try {
    writeHostFiles(dir, undefined);
    assert.ok(fs.existsSync(path.join(dir, '.nojekyll')));
    assert.ok(!fs.existsSync(path.join(dir, 'CNAME')));
    writeHostFiles(dir, 'www.sre-france.fr');
    assert.equal(fs.readFileSync(path.join(dir, 'CNAME'), 'utf8'), 'www.sre-france.fr\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
