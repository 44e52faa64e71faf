import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

test('no component is a client component (pages must stay script-free)', () => {
  const offenders: string[] = [];
  const scan = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) scan(abs);
      else if (/\.(tsx?|jsx?)$/.test(e.name) && /^\s*['"]use client['"]/m.test(fs.readFileSync(abs, 'utf8'))) offenders.push(abs);
    }
  };
  ['app', 'components', 'lib'].forEach(scan);
  expect(offenders).toEqual([]);
});
