/**
 * Reads site.yaml: who the community is (schema.ts), checked like content (file, line,
 * what to do) by the YAML reader that runs no code. SITE_DIR names the folder of another
 * community (its site.yaml and its content/); the working directory by default.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatIssue, issue, type ContentIssue } from '../messages/issues';
import { say, speakSiteLanguage } from '../messages/say';
import { parseYaml } from '../content/yaml';
import { schemaIssues } from '../content/schema-issues';
import { contrastIssues } from './checks';
import { settingsSchema, type Settings } from './schema';
import { siteDir } from './site-dir';

export { siteDir } from './site-dir';

export function settingsFile(env: Record<string, string | undefined> = process.env): string {
  return path.join(siteDir(env), 'site.yaml');
}

export type SettingsResult = { settings: Settings | undefined; issues: ContentIssue[] };

/** Every problem of the file, not just the first; `settings` only when there is no error. */
export function readSettings(file = settingsFile()): SettingsResult {
  const shownFile = path.relative(process.cwd(), file) || file;
  if (!fs.existsSync(file)) {
    return {
      settings: undefined,
      issues: [
        issue(
          shownFile,
          undefined,
          say('le fichier des réglages du site manque', 'the site settings file is missing'),
          say(
            'copiez le site.yaml du dépôt (ou lancez npm run new-site) et remplacez ses valeurs',
            "copy the repository's site.yaml (or run npm run new-site) and replace its values",
          ),
        ),
      ],
    };
  }
  const { data, lineOf, issues } = parseYaml(fs.readFileSync(file, 'utf8'), shownFile);
  // The messages follow the site's language as soon as the file says it.
  const language = (data as { language?: unknown } | undefined)?.language;
  if (language === 'fr' || language === 'en') speakSiteLanguage(language);
  if (data === undefined) return { settings: undefined, issues };
  const parsed = settingsSchema.safeParse(data);
  if (!parsed.success) {
    const known = Object.keys(settingsSchema.shape);
    return { settings: undefined, issues: [...issues, ...schemaIssues(parsed.error, shownFile, lineOf, known)] };
  }
  const all = [...issues, ...contrastIssues(parsed.data.colours, shownFile, lineOf)];
  return { settings: all.some((i) => i.severity === 'error') ? undefined : parsed.data, issues: all };
}

/** The settings of the build: a file with an error stops it with the list of problems. */
export function loadSettings(file = settingsFile()): Settings {
  const { settings, issues } = readSettings(file);
  if (!settings) throw new SettingsError(issues);
  return settings;
}

/** Printed by next build and npm run dev as the list of problems, without a stack. */
export class SettingsError extends Error {
  declare readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(
      say(
        `site.yaml : ${errors.length} problème${errors.length > 1 ? 's' : ''} (npm run check les liste) :\n`,
        `site.yaml: ${errors.length} problem${errors.length > 1 ? 's' : ''} (npm run check lists them):\n`,
      ) + errors.map(formatIssue).join('\n'),
    );
    this.name = say('Erreur de réglages', 'SettingsError');
    Object.defineProperty(this, 'issues', { value: issues, enumerable: false });
    this.stack = `${this.name}: ${this.message}`;
  }
}
