/**
 * Two exports compared file by file, to prove a change of the code moves nothing a visitor
 * gets, or only what it should. What differs between any two builds of the same site is set
 * aside: Next's build id, and the names of the hashed files under _next/static/ (a page that
 * links /_next/static/css/4f2a.css is compared as linking that file's bytes, so a changed
 * stylesheet still shows, on the stylesheet and on every page using it).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { walkFiles } from '../../../lib/files/walk';
import { buildIdOf } from './export-diff';

export type FileChange = {
  /** Path inside the export, e.g. "post/x/index.html". */
  file: string;
  /** Where the two first differ: line and column (1-based) in the file before. */
  line: number;
  column: number;
  /** A few characters around the first difference, before and after. */
  before: string;
  after: string;
};

export type ExportComparison = { added: string[]; removed: string[]; changed: FileChange[]; same: number };

const HASHED = '_next/static/';
const TEXT = /\.(html|xml|json|txt|css|js|svg|webmanifest|ics|md)$|(^|\/)_(headers|redirects)$/;
const CONTEXT = 60;

const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

type Export = { dir: string; buildId: string | undefined; files: Map<string, string> };

/** The export's files under comparable names: a hashed file under the hash of its bytes. */
function readExport(dir: string): Export {
  const buildId = buildIdOf(dir);
  const files = new Map<string, string>();
  for (const f of walkFiles(dir)) {
    const key = f.rel.startsWith(HASHED) ? hashedKey(f.rel, fs.readFileSync(f.path), buildId) : f.rel;
    files.set(key, f.path);
  }
  return { dir, buildId, files };
}

function hashedKey(rel: string, bytes: Buffer, buildId: string | undefined): string {
  const folder = rel.slice(HASHED.length).split('/')[0];
  const extension = rel.match(/\.[a-z0-9]+$/i)?.[0] ?? '';
  if (folder === buildId) return `${HASHED}BUILD_ID/${rel.slice(HASHED.length + folder.length + 1)}`;
  return `${HASHED}${folder}/${sha(bytes)}${extension}`;
}

/** A text file with the build id and hashed file names replaced by what does not move. */
function normalized(ex: Export, file: string): string {
  let text = fs.readFileSync(file, 'utf8');
  text = text.replace(/_next\/static\/[A-Za-z0-9_~.\-/]+/g, (ref) => {
    const target = `${ex.dir}/${ref}`;
    if (!ref.startsWith(`${HASHED}${ex.buildId}/`) && fs.existsSync(target) && fs.statSync(target).isFile()) {
      return hashedKey(ref, fs.readFileSync(target), ex.buildId);
    }
    return ref;
  });
  return ex.buildId ? text.split(ex.buildId).join('BUILD_ID') : text;
}

function firstDifference(file: string, before: string, after: string): FileChange {
  let at = 0;
  while (at < before.length && at < after.length && before[at] === after[at]) at++;
  const lines = before.slice(0, at).split('\n');
  const from = Math.max(0, at - CONTEXT / 2);
  return {
    file,
    line: lines.length,
    column: lines[lines.length - 1].length + 1,
    before: before.slice(from, at + CONTEXT / 2),
    after: after.slice(from, at + CONTEXT / 2),
  };
}

function compareFile(key: string, before: Export, after: Export): FileChange | undefined {
  const a = before.files.get(key) as string;
  const b = after.files.get(key) as string;
  if (TEXT.test(key)) {
    const [x, y] = [normalized(before, a), normalized(after, b)];
    return x === y ? undefined : firstDifference(key, x, y);
  }
  const [x, y] = [fs.readFileSync(a), fs.readFileSync(b)];
  if (x.equals(y)) return undefined;
  let at = 0;
  while (at < x.length && at < y.length && x[at] === y[at]) at++;
  return { file: key, line: 0, column: at + 1, before: `${x.length} bytes`, after: `${y.length} bytes` };
}

export function compareExports(beforeDir: string, afterDir: string): ExportComparison {
  const before = readExport(beforeDir);
  const after = readExport(afterDir);
  const result: ExportComparison = { added: [], removed: [], changed: [], same: 0 };
  for (const key of [...after.files.keys()].sort()) {
    if (!before.files.has(key)) result.added.push(key);
    else {
      const change = compareFile(key, before, after);
      if (change) result.changed.push(change);
      else result.same++;
    }
  }
  result.removed = [...before.files.keys()].filter((k) => !after.files.has(k)).sort();
  return result;
}

/** The comparison as lines for a terminal: a count, then each file with its first difference. */
export function comparisonLines(c: ExportComparison): string[] {
  const show = (s: string) => JSON.stringify(s);
  return [
    `${c.same} files identical, ${c.added.length} added, ${c.removed.length} removed, ${c.changed.length} changed`,
    ...c.added.map((f) => `added    ${f}`),
    ...c.removed.map((f) => `removed  ${f}`),
    ...c.changed.flatMap((d) => [
      `changed  ${d.file}${d.line ? `:${d.line}:${d.column}` : ` (byte ${d.column})`}`,
      `    before: ${show(d.before)}`,
      `    after:  ${show(d.after)}`,
    ]),
  ];
}
