/**
 * The fixture site: a content folder made for the tests of the code (e2e/code/), where
 * exact expectations are fine because only tests change it. Its export is built aside
 * (npm run build:fixture) so that out/ stays the export of the live content.
 */
import path from 'node:path';

export const FIXTURE_CONTENT = path.resolve('e2e', 'fixture-site', 'content');
export const FIXTURE_OUT = path.resolve('.cache', 'out-fixture');
/** What a build of the fixture site reads instead of content/. */
export const FIXTURE_ENV = { CONTENT_DIR: FIXTURE_CONTENT, IMAGES_SOURCE: path.join(FIXTURE_CONTENT, 'img') };
