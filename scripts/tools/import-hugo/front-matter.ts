/**
 * Reads a Hugo content file: YAML (---) or TOML (+++) front matter, then the body.
 * Dates stay as written (TOML dates keep their offset, YAML is read in the 1.2 core
 * schema where dates are strings), so an imported post shows the day Hugo showed.
 */
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { parseDocument, LineCounter } from 'yaml';
import { normalizeText } from '../../../lib/content/front-matter';
import { ImportError } from './report';

export type HugoDocument = {
  data: Record<string, unknown>;
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
  format: 'yaml' | 'toml' | 'none';
};

export function readHugoDocument(raw: string): HugoDocument {
  const text = normalizeText(raw);
  const fence = text.startsWith('---') ? '---' : text.startsWith('+++') ? '+++' : undefined;
  if (!fence) return { data: {}, body: text, bodyLine: 1, format: 'none' };
  const lines = text.split('\n');
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === fence);
  if (close === -1) throw new ImportError(1, `the front matter opened by ${fence} is never closed`);
  const source = lines.slice(1, close).join('\n');
  const body = lines.slice(close + 1).join('\n');
  const data = fence === '---' ? readYaml(source) : readToml(source);
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new ImportError(2, 'the front matter is not a list of fields');
  return {
    data: data as Record<string, unknown>,
    body,
    bodyLine: close + 2,
    format: fence === '---' ? 'yaml' : 'toml',
  };
}

function readYaml(source: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { schema: 'core', lineCounter });
  const [error] = doc.errors;
  if (error)
    throw new ImportError(
      lineCounter.linePos(error.pos[0]).line + 1,
      `front matter is not valid YAML: ${error.message.split('\n')[0]}`,
    );
  return doc.toJS() ?? {};
}

function readToml(source: string): unknown {
  try {
    return plainDates(parseToml(source));
  } catch (error) {
    if (error instanceof TomlError)
      throw new ImportError(error.line + 1, `front matter is not valid TOML: ${error.message.split('\n')[0]}`);
    throw error;
  }
}

/** TOML dates become the text they were written as: 2022-09-05T19:00:00-01:00. */
function plainDates(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString().replace(/\.000(?=$|[Z+-])/, '');
  if (Array.isArray(value)) return value.map(plainDates);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainDates(v)]));
  return value;
}
