/**
 * The fork's GitHub repository, read from its git remote: a template copy knows where it
 * lives, so its source link and talk proposal form need no typing.
 */
import { spawnSync } from 'node:child_process';

/** https://github.com/owner/name from a remote address (https or ssh), else undefined. */
export function githubRepository(remote: string): string | undefined {
  const match = remote
    .trim()
    .match(
      /^(?:https:\/\/github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/,
    );
  return match ? `https://github.com/${match[1]}/${match[2]}` : undefined;
}

/** The origin remote's repository, when the folder is a clone of a GitHub repository. */
export function originRepository(cwd: string): string | undefined {
  const result = spawnSync('git', ['remote', 'get-url', 'origin'], { cwd, encoding: 'utf8' });
  return result.status === 0 ? githubRepository(result.stdout) : undefined;
}
