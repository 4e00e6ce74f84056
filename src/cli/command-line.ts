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
    return reportUsageError(io.stderr, command, parseErrorMessage(err, spec.allowPositionals ?? false));
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout.write(spec.help);
    return 0;
  }
  return parsed;
}

/**
 * A database error as the server words it, plus what to do when that is not obvious: PostgreSQL's "no user name
 * specified in startup packet" means the URL names no user and the environment (USER, PGUSER) gives none.
 */
export function storeErrorMessage(message: string): string {
  if (/no PostgreSQL user name specified/i.test(message))
    return `${message}: put the user in DATELINE_PG_URL (postgres://USER@host:5432/db) or set PGUSER`;
  return message;
}

/** A flag's whole number: `fallback` when absent, null unless it is plain digits within [min, max]. */
export function wholeNumber(value: string | undefined, fallback: number, min: number, max: number): number | null {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
}

/**
 * A parseArgs error in the words of the other usage errors. Node's own text is written for programmers ("Unknown
 * option '-x'. To specify a positional argument starting with a '-', place it at the end of the command after
 * '--', as in '-- "-x"", its quotes unbalanced); the first sentence is kept for errors not known here. The hint on
 * '--' is for a command that takes inputs (`takesInputs`), not one of options only (serve, reprocess).
 */
export function parseErrorMessage(err: unknown, takesInputs = true): string {
  const e = err as { code?: string; message?: string };
  const message = e?.message ?? String(err);
  const quoted = /'([^']*)'/.exec(message)?.[1];
  switch (e?.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return takesInputs
        ? `unknown option '${quoted}' (an input that starts with '-' goes after '--')`
        : `unknown option '${quoted}'`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument '${quoted}': this command takes options only`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = quoted?.replace(/ <value>$/, '');
      if (/argument missing/.test(message)) return `${option} needs a value`;
      // The next argument starts with '-': another option, or a value such as -5 that must be attached.
      if (/argument is ambiguous/.test(message))
        return `${option} needs a value (to give one that starts with '-', write ${option}=<value>)`;
      if (/does not take an argument/.test(message)) return `${option} takes no value`;
      break;
    }
  }
  return message.split('\n')[0]!;
}

/**
 * The port of `serve` and `demo`: `--port`, else $PORT, else 8080. A bad value gives the message, naming the
 * flag or the variable it came from.
 */
export function portOption(flag: string | undefined, env: string | undefined): number | string {
  const [text, from] = flag !== undefined ? [flag, '--port'] : env !== undefined ? [env, 'PORT'] : ['8080', ''];
  const port = wholeNumber(text.trim(), 8080, 0, 65535);
  return port ?? `${from} takes a port number from 0 to 65535 (got '${text}')`;
}
