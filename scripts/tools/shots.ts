/**
 * npm run shots -- /post/x/ /events/y/ [--dark] [--out screenshots] [--dir out]
 *
 * Screenshots of pages of the built export (npm run build first), phone and desktop,
 * into screenshots/ (or --out). With --dark, the dark colour scheme too.
 */
import path from 'node:path';
import { readArgs } from '../cli/args';
import { takeShots } from './preview/shots';

const USAGE = 'usage: npm run shots -- /post/<slug>/ [/events/<slug>/ ...] [--dark] [--out screenshots] [--dir out]';
const { values, positionals: pages } = readArgs(USAGE, {
  options: {
    dark: { type: 'boolean', default: false },
    out: { type: 'string', default: 'screenshots' },
    dir: { type: 'string', default: 'out' },
  },
  allowPositionals: true,
});
if (!pages.length || pages.some((p) => !p.startsWith('/'))) {
  console.error(USAGE);
  process.exit(2);
}
try {
  const shots = await takeShots(pages, {
    outDir: path.resolve(values.dir),
    shotsDir: path.resolve(values.out),
    dark: values.dark,
  });
  for (const shot of shots)
    console.log(`${shot.status === 200 ? '' : `HTTP ${shot.status}  `}${path.relative(process.cwd(), shot.file)}`);
  if (shots.some((s) => s.status !== 200)) process.exitCode = 1;
} catch (error) {
  console.error(`shots: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
