/**
 * The body step on its own (bodies.ts): what `npm run build` runs at the end of the image
 * step, for a run after `npm run images` alone.
 */
import { readArgs } from '../cli/args';
import { renderBodies } from './bodies';

readArgs('usage: tsx scripts/build-steps/render-bodies.ts   (after npm run images)', { options: {} });
console.log(await renderBodies());
