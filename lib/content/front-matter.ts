/**
 * Splits a content file into its YAML front matter and its body, by hand: front matter is
 * YAML between two `---` lines and nothing else. A language after the opening fence
 * (`---js`, `--- coffee`, `---toml`...) is refused at line 1: gray-matter, which used to
 * split files here, would run a `---js` block with eval. lib/content/yaml.ts reads the
 * block with positions (and no code), so every field can be traced back to its line.
 */
import { parseYaml, type Locator } from './yaml';
import { issue, type ContentIssue } from '../messages/issues';
import { say } from '../messages/say';

export type SplitFile = {
  data: Record<string, unknown>;
  /** The body, preceded by blank lines in place of the front matter so lines match the file. */
  body: string;
  lineOf: Locator;
  issues: ContentIssue[];
  /** The front matter cannot be read at all; otherwise `issues` are problems of a readable front matter. */
  fatal: boolean;
};

/** Normalizes what editors and operating systems add: a byte-order mark and CRLF endings. */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const FENCE = /^---[ \t]*$/;

export function splitFrontMatter(raw: string, file: string): SplitFile {
  const text = normalizeText(raw);
  const fail = (message: string, hint: string): SplitFile => ({
    data: {},
    body: text,
    lineOf: () => ({ line: 1, column: 1 }),
    issues: [issue(file, { line: 1 }, message, hint)],
    fatal: true,
  });

  if (!text.trim())
    return fail(
      say('le fichier est vide', 'the file is empty'),
      say('copiez un fichier existant, ou lancez npm run new', 'copy an existing file, or run npm run new'),
    );
  if (text.startsWith('+++')) {
    return fail(
      say('le front matter doit être du YAML entre deux lignes ---', 'front matter must be YAML between --- lines'),
      say(
        "le TOML (+++) n'est pas lu ici ; npm run import:hugo le convertit",
        'TOML (+++) is not read here; npm run import:hugo converts it',
      ),
    );
  }
  if (!text.startsWith('---')) {
    return fail(
      say("le fichier n'a pas de front matter", 'the file has no front matter'),
      say(
        'commencez-le par une ligne ---, les champs (title: ..., date: ...), puis une autre ligne ---',
        'start it with a --- line, the fields (title: ..., date: ...), and another --- line',
      ),
    );
  }
  const lines = text.split('\n');
  if (!FENCE.test(lines[0])) {
    const language = lines[0].slice(3).trim();
    return fail(
      say(
        `le front matter doit être du YAML entre deux lignes --- : "---${language}" n'est pas lu`,
        `front matter must be YAML between --- lines: "---${language}" is not read`,
      ),
      say(
        'écrivez la première ligne --- seule, puis les champs en YAML (title: "...")',
        'write the first line as --- alone, then the fields in YAML (title: "...")',
      ),
    );
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1)
    return fail(
      say("le front matter n'est jamais fermé", 'the front matter is never closed'),
      say('ajoutez une ligne --- seule après le dernier champ', 'add a line with only --- after the last field'),
    );

  // The YAML starts on the file's line 2, the one after the opening ---.
  const yaml = parseYaml(lines.slice(1, close).join('\n'), file, 2);
  const body = '\n'.repeat(close + 1) + lines.slice(close + 1).join('\n');
  const issues: ContentIssue[] = [...yaml.issues];
  const data = yaml.data ?? {};
  const readable = yaml.data !== undefined || !issues.length;
  if (readable && (data === null || typeof data !== 'object' || Array.isArray(data))) {
    issues.push(
      issue(
        file,
        { line: 2 },
        say(
          'le front matter doit être une liste de champs "clé: valeur"',
          'front matter must be a list of "key: value" fields',
        ),
      ),
    );
  }

  const fatal = !readable || data === null || typeof data !== 'object' || Array.isArray(data);
  return { data: fatal ? {} : (data as Record<string, unknown>), body, lineOf: yaml.lineOf, issues, fatal };
}
