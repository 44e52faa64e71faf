/**
 * Records defined once and referenced by key (content/partners/<key>.yml,
 * content/speakers/<key>.yml): one YAML file per record, named after its key, with one
 * image field (a logo, a photo) that must exist like any image of the site.
 */
import path from 'node:path';
import type { z } from 'zod';
import type { ReadContext, Shape, Source } from './collection';
import { readText } from './files';
import { normalizeText } from './front-matter';
import { checkImage } from './references';
import { schemaIssues } from './schema-issues';
import { parseYaml } from './yaml';

/** Reads a record whose optional image is at `imageField`; a record with a missing image is refused. */
export function recordReader<S extends Shape>(imageField: keyof z.output<S> & string) {
  return (
    { abs, file, key, schema }: Source<S>,
    { issues, dirs, misplaced: misplacedFile }: ReadContext,
  ): ({ key: string } & z.output<S>) | undefined => {
    const raw = readText(abs, file, issues);
    if (raw === undefined) return undefined;
    const yaml = parseYaml(normalizeText(raw), file);
    issues.push(...yaml.issues);
    if (yaml.data === undefined) return undefined;
    const fields = yaml.data && typeof yaml.data === 'object' ? (yaml.data as Record<string, unknown>) : {};
    const misplaced = misplacedFile(path.basename(path.dirname(abs)), fields, file, yaml.lineOf);
    if (misplaced) {
      issues.push(misplaced);
      return undefined;
    }
    const parsed = schema.safeParse(yaml.data ?? {}, { reportInput: true });
    if (!parsed.success) {
      issues.push(...schemaIssues(parsed.error as z.ZodError, file, yaml.lineOf, Object.keys(schema.shape)));
      return undefined;
    }
    const data = parsed.data as z.output<S>;
    const image = data[imageField] as string | undefined;
    const imageIssue = image ? checkImage(image, () => yaml.lineOf([imageField]), file, dirs) : undefined;
    if (imageIssue) {
      issues.push(imageIssue);
      return undefined;
    }
    return { key, ...data };
  };
}
