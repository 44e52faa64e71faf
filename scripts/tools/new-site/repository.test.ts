import { test } from 'node:test';
import assert from 'node:assert/strict';
import { githubRepository } from './repository';

test("a fork's GitHub address is read from its remote, over https or ssh; another host gives none", () => {
  for (const remote of [
    'https://github.com/devops-nantes/site.git',
    'https://github.com/devops-nantes/site',
    'git@github.com:devops-nantes/site.git',
    'ssh://git@github.com/devops-nantes/site.git\n',
  ])
    assert.equal(githubRepository(remote), 'https://github.com/devops-nantes/site', remote);
  assert.equal(githubRepository('https://gitlab.com/devops-nantes/site.git'), undefined);
  assert.equal(githubRepository('/srv/git/site'), undefined);
});
