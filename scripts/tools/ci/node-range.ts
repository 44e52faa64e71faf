/**
 * Just enough of npm's version ranges to read `engines.node` fields (package.json and the
 * lockfile's packages): `>=`, `>`, `<`, `<=`, `^`, `~`, partial versions (`20`, `6.*`),
 * spaces between comparators (and) and `||` (or). Used by the test that keeps engines true.
 */
type Version = [number, number, number];

const parse = (text: string): { version: Version; parts: number } => {
  const numbers = text
    .replace(/^v/, '')
    .split('.')
    .filter((p) => p !== '*' && p.toLowerCase() !== 'x' && p !== '');
  const [a = 0, b = 0, c = 0] = numbers.map((n) => Number.parseInt(n, 10));
  return { version: [a, b, c], parts: numbers.length };
};

const compare = (x: Version, y: Version) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2];

function comparatorHolds(version: Version, comparator: string): boolean {
  if (comparator === '*' || comparator === '') return true;
  const m = /^(>=|<=|>|<|\^|~|=)?(.+)$/.exec(comparator);
  if (!m) throw new Error(`unreadable version range: ${comparator}`);
  const [, op = '', rest] = m;
  const { version: v, parts } = parse(rest);
  const c = compare(version, v);
  if (op === '>=') return c >= 0;
  if (op === '>') return c > 0;
  if (op === '<') return c < 0;
  if (op === '<=') return c <= 0;
  // ^1.2.3 and a bare 1 or 1.2 allow what keeps the leftmost given part; ~1.2.3 the minor.
  const upper: Version =
    op === '^'
      ? v[0] > 0 || parts < 2
        ? [v[0] + 1, 0, 0]
        : [0, v[1] + 1, 0]
      : op === '~' || parts === 2
        ? parts < 2
          ? [v[0] + 1, 0, 0]
          : [v[0], v[1] + 1, 0]
        : parts === 1
          ? [v[0] + 1, 0, 0]
          : [v[0], v[1], v[2] + 1];
  return c >= 0 && compare(version, upper) < 0;
}

/** Does `version` (e.g. "22.12.0") satisfy `range` (e.g. "^20.9.0 || >=22")? */
export function satisfies(version: string, range: string): boolean {
  const v = parse(version).version;
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1')
      .split(/\s+/)
      .every((comparator) => comparatorHolds(v, comparator)),
  );
}

/** The lowest version each alternative of `range` allows: "^22.12.0 || >=24" → 22.12.0, 24.0.0. */
export function lowerBounds(range: string): string[] {
  return range.split('||').map((alternative) => {
    const m = /(?:>=|\^|~)?\s*(\d+(?:\.\d+){0,2})/.exec(alternative.trim());
    if (!m) throw new Error(`no lower bound in ${alternative}`);
    return parse(m[1]).version.join('.');
  });
}
