/**
 * Registries of records defined once and referenced by key (content/partners/<key>.yml,
 * content/speakers/<key>.yml): one YAML file per record, named after its key.
 */
import path from 'node:path';
import type { z } from 'zod';
import { guardFile, listFiles, readText } from './files';
import { issue, type ContentIssue } from './issues';
import { KEBAB } from './schema';
import { schemaIssues } from './schema-issues';
import { normalizeText } from './front-matter';
import { parseYaml, type Locator } from './yaml';
import { say } from './say';

type Shape = z.ZodObject & { shape: Record<string, unknown> };

export type RegistryEntry<T> = { key: string; file: string; data: T; lineOf: Locator };

/** Valid records by key; every problem goes to `issues`. `what` names a record in messages. */
export function readYamlRegistry<S extends Shape>(
  dir: string,
  schema: S,
  what: { noun: string; example: string },
  display: (abs: string) => string,
  issues: ContentIssue[],
): RegistryEntry<z.output<S>>[] {
  const entries: RegistryEntry<z.output<S>>[] = [];
  for (const abs of listFiles(dir)) {
    const ext = path.extname(abs);
    if (ext !== '.yml' && ext !== '.yaml') continue;
    const file = display(abs);
    const key = path.basename(abs, ext);
    if (!KEBAB.test(key)) {
      issues.push(issue(file, { line: 1 }, say(`"${key}" ne peut pas servir de clé (${what.noun})`, `"${key}" is not a ${what.noun} key`), say(`nommez le fichier en minuscules avec des tirets : ${what.example}.yml`, `name the file in lower-case with hyphens: ${what.example}.yml`)));
      continue;
    }
    const entry = guardFile(file, issues, () => readRecord(abs, file, schema, issues));
    if (entry) entries.push({ key, file, ...entry });
  }
  return entries;
}

function readRecord<S extends Shape>(abs: string, file: string, schema: S, issues: ContentIssue[]): { data: z.output<S>; lineOf: Locator } | undefined {
  const raw = readText(abs, file, issues);
  if (raw === undefined) return undefined;
  const yaml = parseYaml(normalizeText(raw), file);
  if (yaml.issues.length) {
    issues.push(...yaml.issues);
    return undefined;
  }
  const parsed = schema.safeParse(yaml.data ?? {}, { reportInput: true });
  if (!parsed.success) {
    issues.push(...schemaIssues(parsed.error as z.ZodError, file, yaml.lineOf, Object.keys(schema.shape)));
    return undefined;
  }
  return { data: parsed.data as z.output<S>, lineOf: yaml.lineOf };
}
