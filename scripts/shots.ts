/**
 * npm run shots -- /post/x/ /events/y/ [--dark] [--out screenshots] [--dir out]
 *
 * Screenshots of pages of the built export (npm run build first), phone and desktop,
 * into screenshots/ (or --out). With --dark, the dark colour scheme too.
 */
import path from 'node:path';
import { takeShots } from './preview/shots';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const pages = args.filter((a, i) => a.startsWith('/') && !['--out', '--dir'].includes(args[i - 1] ?? ''));
if (!pages.length) {
  console.error('usage: npm run shots -- /post/<slug>/ [/events/<slug>/ ...] [--dark] [--out screenshots] [--dir out]');
  process.exit(2);
}
try {
  const shots = await takeShots(pages, { outDir: path.resolve(option('--dir', 'out')), shotsDir: path.resolve(option('--out', 'screenshots')), dark: args.includes('--dark') });
  for (const shot of shots) console.log(`${shot.status === 200 ? '' : `HTTP ${shot.status}  `}${path.relative(process.cwd(), shot.file)}`);
  if (shots.some((s) => s.status !== 200)) process.exitCode = 1;
} catch (error) {
  console.error(`shots: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
