/**
 * The opening every command shares: parse its options (a parse error is a usage error, exit 2) and answer
 * `--help` on stdout (exit 0). The caller gets the parsed values, or the exit status to return.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { reportUsageError } from './usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true }>>;

interface CommandLineIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export function parseCommandLine<O extends Options>(
  command: string,
  argv: string[],
  spec: { options: O; help: string; allowPositionals?: boolean },
  io: CommandLineIO,
): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({
      args: argv,
      options: spec.options,
      allowPositionals: (spec.allowPositionals ?? false) as true,
    });
  } catch (err) {
    return reportUsageError(io.stderr, command, (err as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout.write(spec.help);
    return 0;
  }
  return parsed;
}

/** A flag's whole number: `fallback` when absent, null unless it is plain digits within [min, max]. */
export function wholeNumber(value: string | undefined, fallback: number, min: number, max: number): number | null {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
}
