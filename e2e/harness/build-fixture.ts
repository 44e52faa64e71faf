/**
 * npm run build:fixture: builds the fixture site of the browser tests of the code
 * (e2e/fixture-site/content/) into .cache/out-fixture/, leaving out/ as it was.
 */
import { FIXTURE_ENV, FIXTURE_OUT } from '../fixture-site/site';
import { buildAside } from '../../scripts/builds/aside';
import { readArgs } from '../../scripts/cli/args';

readArgs('usage: npm run build:fixture   (no options)', { options: {} });
const started = performance.now();
buildAside({ target: FIXTURE_OUT, env: { ...FIXTURE_ENV, BASE_PATH: '', CUSTOM_DOMAIN: '' } });
console.log(
  `build:fixture: fixture site exported to .cache/out-fixture/ (${((performance.now() - started) / 1000).toFixed(0)} s)`,
);
