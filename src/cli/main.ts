/**
 * The CLI's composition root: parses the subcommand and hands it the process's I/O (STYLE.md §2).
 * Exit codes (README's table): 0 all succeeded, 1 some input failed or the store could not be opened, 2 usage or
 * configuration error, 141 the reader of the output went away.
 */
import { exitWhenOutputCloses } from './closed-output.js';
import { commands } from './commands/index.js';
import { usage } from './usage.js';

let outputGuarded = false;

export async function main(argv: string[]): Promise<number> {
  // `dateline … | head`: a reader that stops early ends the command quietly (141), not with an EPIPE stack trace.
  if (!outputGuarded) {
    outputGuarded = true;
    exitWhenOutputCloses(process.stdout);
    exitWhenOutputCloses(process.stderr);
  }
  const [name, ...rest] = argv;
  if (!name) {
    // A usage error: the usage goes with the other messages, to stderr, leaving stdout for data.
    process.stderr.write(usage());
    return 2;
  }
  // `dateline help extract` is `dateline extract --help`.
  if (name === 'help' && rest[0]) return main([rest[0], '--help']);
  if (name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write('dateline 0.1.0\n');
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`dateline: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  return command.run(rest);
}
