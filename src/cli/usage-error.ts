/** Writes a usage error the way every command does (the message, then where the help is) and gives exit status 2. */
export function reportUsageError(stderr: { write(text: string): unknown }, command: string, message: string): 2 {
  stderr.write(`dateline ${command}: ${message}\nRun 'dateline ${command} --help' for usage.\n`);
  return 2;
}
