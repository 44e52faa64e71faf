/**
 * The check's output read the way its two readers read it: GitHub Actions' runner, which
 * turns lines into workflow commands, and a terminal, which obeys control sequences. On a
 * corpus whose values and file names carry both, nothing in the output comes from content
 * but text: the only commands are the check's own annotations, on the files it names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HOSTILE_CASES } from '../content/fixtures/hostile/expected.ts';
import { shown } from './shown.ts';

const CORPUS = path.join(import.meta.dirname, '..', 'content', 'fixtures', 'hostile', 'content');
const FIXTURES = HOSTILE_CASES.filter((c) => c.file.startsWith('post/output-')).map((c) => c.file);
/** A file name is content too: one that would clear a line and forge a command. */
const HOSTILE_NAME = 'post/\u001b[2K\u001b[1G::warning file=x::nom.mdx';

type Command = { name: string; properties: Record<string, string>; data: string };

/** GitHub Actions runner's parsing (actions/runner ActionCommand.TryParseV2 and the older TryParse). */
function workflowCommands(output: string): Command[] {
  const unescapeValue = (s: string) =>
    s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%');
  const commands: Command[] = [];
  // The runner reads lines as .NET's ReadLine: \r, \n and \r\n all end one.
  for (const line of output.split(/\r\n|\r|\n/)) {
    const v2 = line.trimStart();
    if (v2.startsWith('::')) {
      const end = v2.indexOf('::', 2);
      if (end < 0) continue;
      const [name, props = ''] = v2.slice(2, end).split(/ (.*)/s);
      const properties = Object.fromEntries(
        props
          .split(',')
          .filter(Boolean)
          .map((p) => [p.slice(0, p.indexOf('=')), unescapeValue(p.slice(p.indexOf('=') + 1))]),
      );
      commands.push({ name, properties, data: unescapeValue(v2.slice(end + 2)) });
    }
    const v1 = line.indexOf('##[');
    if (v1 >= 0 && line.indexOf(']', v1) > v1) {
      const info = line.slice(v1 + 3, line.indexOf(']', v1));
      commands.push({ name: info.split(' ')[0], properties: {}, data: line.slice(line.indexOf(']', v1) + 1) });
    }
  }
  return commands;
}

/** What a terminal would act on rather than print: C0 controls but the line feed, DEL, C1 controls. */
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

test('the check on values and file names full of terminal sequences and CI commands prints only text', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'output-'));
  try {
    const contentDir = path.join(root, 'content');
    fs.mkdirSync(path.join(contentDir, 'post'), { recursive: true });
    for (const file of FIXTURES) fs.copyFileSync(path.join(CORPUS, file), path.join(contentDir, file));
    fs.writeFileSync(path.join(contentDir, HOSTILE_NAME), '---\ntitle: "Nom"\ndate: 2022-09-05\n---\n\nDu texte.\n');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-steps/check.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: contentDir, GITHUB_ACTIONS: 'true', CONTENT_LANG: 'fr' },
    });
    const output = result.stdout + result.stderr;
    assert.equal(result.status, 1, output);
    assert.ok(FIXTURES.length >= 5);

    const control = output.split('\n').find((line) => TERMINAL_CONTROL.test(line));
    assert.equal(control, undefined, 'a control character reached the terminal');

    const shownDir = path.relative(process.cwd(), contentDir);
    // A name is shown escaped everywhere, in annotations too: ESC is no part of a path GitHub shows.
    const files = [...FIXTURES, HOSTILE_NAME].map((f) => shown(`${shownDir}/${f}`));
    const commands = workflowCommands(output);
    assert.deepEqual(
      commands.map((c) => c.name),
      files.map(() => 'error'),
      `commands: ${JSON.stringify(commands)}`,
    );
    // Each annotation names a file of the corpus: no forged file=.
    assert.deepEqual(commands.map((c) => c.properties.file).sort(), [...files].sort());
    for (const c of commands) assert.doesNotMatch(c.data, TERMINAL_CONTROL, c.data);

    // One line per problem: each file's message starts its own line, once.
    const lines = output.split('\n');
    for (const file of FIXTURES) {
      assert.equal(lines.filter((l) => l.trimStart().startsWith(`${shownDir}/${file}:`)).length, 1, file);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
