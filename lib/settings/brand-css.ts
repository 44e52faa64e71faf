/**
 * The brand colours of site.yaml as the Tailwind tokens the components use (coral-*, navy-*):
 * next.config.ts writes them to .generated/brand.css, which app/globals.css imports, so a
 * community changes its colours without touching a class.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Settings } from './schema';

export const BRAND_CSS = path.join('.generated', 'brand.css');

export function brandCss({ accent, deep }: Settings['colours']): string {
  const tokens: [string, string][] = [
    ['coral-300', accent.light],
    ['coral-500', accent.bright],
    ['coral-700', accent.strong],
    ['coral-800', accent.stronger],
    ['navy-700', deep.raised],
    ['navy-800', deep.panel],
    ['navy-900', deep.band],
    ['navy-950', deep.night],
  ];
  const lines = tokens.map(([token, value]) => `  --color-${token}: ${value.toLowerCase()};`);
  return `/* Written from site.yaml's colours when the site builds: edit site.yaml, not this file. */\n@theme {\n${lines.join('\n')}\n}\n`;
}

/** Rewrites the file only when it changes, so a dev server does not reload for nothing. */
export function writeBrandCss(colours: Settings['colours'], root = process.cwd()): void {
  const file = path.join(root, BRAND_CSS);
  const css = brandCss(colours);
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === css) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, css);
}
