/**
 * The check decodes what the build decodes: a JPEG whose header is whole but whose image data
 * is missing, or a PNG with a corrupt chunk, passes a look at the header and fails the build.
 * Each image is decoded by the build's own function (decode-cli.ts, in a child process, since
 * sharp is asynchronous and the check is not); an image that decoded once is remembered by
 * the hash of its bytes, so a site of thousands of photos is decoded once, not at each check.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { say } from '../messages/say';

const CACHE_DIR = path.resolve('.cache/decoded-images');
/** Beside this file; from the project folder where a bundler has moved this module. */
const cli = () => path.join(import.meta.dirname ?? path.resolve('lib/images'), 'decode-cli.ts');
/** A hostile file must not hold the check: the whole pass has this long, then fails loudly. */
const TIMEOUT_MS = 10 * 60 * 1000;

export type DecodeProblem = { message: string; hint: string };

/** Files of `files` the build could not decode, with the reason. */
export function undecodableImages(files: string[]): Map<string, DecodeProblem> {
  const hashes = new Map(files.map((file) => [file, hashOf(file)]));
  const unknown = files.filter((file) => !fs.existsSync(path.join(CACHE_DIR, hashes.get(file)!)));
  const problems = new Map<string, DecodeProblem>();
  if (!unknown.length) return problems;
  // tsx from this project, whatever folder the check runs in.
  const tsx = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx') : 'tsx';
  const run = spawnSync(process.execPath, ['--import', tsx, cli()], {
    input: JSON.stringify(unknown),
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    throw new Error(`image decoding did not finish (${run.error?.message ?? run.stderr.split('\n')[0]})`);
  }
  const failures = JSON.parse(run.stdout) as Record<string, string>;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  for (const file of unknown) {
    if (failures[file] === undefined) {
      fs.writeFileSync(path.join(CACHE_DIR, hashes.get(file)!), '');
      continue;
    }
    problems.set(file, decodeProblem());
  }
  return problems;
}

/** The one wording of a decode failure, for the check and the image step alike. */
export function decodeProblem(): DecodeProblem {
  // Not the decoder's own words: they vary from run to run for one file (libvips keeps its
  // error text per process, shared by its threads), and the check and the build must agree.
  return {
    message: say(
      "l'image ne se décode pas : le fichier est abîmé ou incomplet",
      'the image does not decode: the file is damaged or incomplete',
    ),
    hint: say(
      'exportez-la de nouveau en JPEG ou PNG depuis l’appareil ou le logiciel, puis ajoutez le fichier entier',
      'export it again as JPEG or PNG from the device or the software, then add the whole file',
    ),
  };
}

function hashOf(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 32);
}
