/** A CLI subcommand: one file per command under `commands/`, registered in `commands/index.ts`. */
export interface Command {
  name: string;
  /** One line for `dateline --help`. */
  summary: string;
  /** Returns the exit code: 0 ok, 1 some input failed, 2 usage error. */
  run(argv: string[]): Promise<number>;
}

/** A command whose module is loaded only when it runs, so `dateline extract` never loads the web server. */
export function lazyCommand(
  name: string,
  summary: string,
  load: () => Promise<{ run(argv: string[]): Promise<number> }>,
): Command {
  return { name, summary, run: async (argv) => (await load()).run(argv) };
}
