import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from './lib/content/load';
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'h-'));
fs.cpSync('lib/content/fixtures/hostile/content', path.join(root, 'content'), { recursive: true });
fs.cpSync('lib/content/fixtures/hostile/public', path.join(root, 'public'), { recursive: true });
fs.writeFileSync(path.join(root, 'content/tags/meetup.md'), '---\ntitle: "Meetups"\n---\n\nLes meetups.\n');
const { issues, content } = loadContent({ contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public'), now: Date.parse('2026-01-01') });
const filter = process.argv[2] ? new RegExp(process.argv[2]) : /./;
for (const i of issues) { const f = path.relative(path.join(root, 'content'), i.file); if (filter.test(f)) console.log(`${f}:${i.line}:${i.column} ${i.severity} ${i.message.slice(0, 140)}`); }
console.log('ran', (globalThis as any).__frontMatterRan, 'posts', content.posts.map(p => p.slug).filter(s => /cdata/.test(s)));
