/**
 * The body step on its own (bodies.ts), for a run after `npm run images` alone; npm run
 * build runs it in the check's process (check.ts --prepare).
 */
import { readArgs } from '../cli/args';
import { renderBodies } from './bodies';

readArgs('usage: tsx scripts/build-steps/render-bodies.ts   (after npm run images)', { options: {} });
console.log(await renderBodies());
