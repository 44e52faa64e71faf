/**
 * The arguments of every command in scripts/ and e2e/harness/, read by node:util's parseArgs
 * (strict unless told otherwise): --help prints the usage, and an unknown option or a missing
 * value is an error that shows it.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Config = Omit<ParseArgsConfig, 'args'>;

export function readArgs<const T extends Config>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  const withHelp = {
    strict: true,
    ...config,
    args: process.argv.slice(2),
    options: { ...config.options, help: { type: 'boolean', short: 'h' } },
  } as const;
  let parsed: ReturnType<typeof parseArgs<typeof withHelp>>;
  try {
    parsed = parseArgs(withHelp);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed as ReturnType<typeof parseArgs<T>>;
}
