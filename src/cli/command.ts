/** A CLI subcommand: one file per command under `commands/`, registered in `commands/index.ts`. */
export interface Command {
  name: string;
  /** One line for `dateline --help`. */
  summary: string;
  /** Returns the exit code: 0 ok, 1 some input failed, 2 usage error. */
  run(argv: string[]): Promise<number>;
}
