/**
 * npm run images: the image step alone (images-step.ts).
 *
 *   npm run images                          build variants
 *   tsx scripts/build-steps/images.ts --dev no encoding: removes what a build left in public/
 */
import { runImages } from './images-step';

runImages({ dev: process.argv.includes('--dev') }).catch((error) => {
  console.error(error);
  process.exit(1);
});
