import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployTarget } from './site-config.ts';

test('a project site lives under its base path, a user site at the root', () => {
  assert.deepEqual(deployTarget({ SITE_URL: 'https://user.github.io/', BASE_PATH: 'repo/' }), {
    customDomain: undefined,
    siteUrl: 'https://user.github.io',
    basePath: '/repo',
  });
  assert.deepEqual(deployTarget({}), {
    customDomain: undefined,
    siteUrl: 'https://sre-france.github.io',
    basePath: '',
  });
});

test('a custom domain serves the site at its root, whatever the base path says', () => {
  assert.deepEqual(
    deployTarget({
      CUSTOM_DOMAIN: 'https://www.sre-france.fr/',
      SITE_URL: 'https://user.github.io',
      BASE_PATH: '/repo',
    }),
    {
      customDomain: 'www.sre-france.fr',
      siteUrl: 'https://www.sre-france.fr',
      basePath: '',
    },
  );
});
