import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent, type LoadOptions } from '../content/load';

/** Writes files (paths relative to a fresh project root) and loads its content/ folder. */
export function loadFiles(
  files: Record<string, string | Buffer>,
  options: Omit<LoadOptions, 'contentDir' | 'publicDir'> = {},
) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
  const cwd = process.cwd();
  process.chdir(root);
  try {
    return loadContent({ ...options, contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') });
  } finally {
    process.chdir(cwd);
    fs.rmSync(root, { recursive: true, force: true });
  }
}

export const post = (frontMatter: string, body = 'Du texte.') => `---\n${frontMatter.trim()}\n---\n\n${body}\n`;

/** A real 2×2 JPEG: content/img/ accepts only files whose bytes are an image (lib/images/formats.ts). */
export const TINY_JPEG = Buffer.from(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAP/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKAA/9k=',
  'base64',
);
