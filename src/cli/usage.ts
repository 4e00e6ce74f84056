import { commands } from './commands/index.js';

export function usage(): string {
  const rows = Object.values(commands).map((c) => `  ${c.name.padEnd(12)} ${c.summary}`);
  return `Usage: dateline <command> [options]\n\nCommands:\n${rows.join('\n')}\n\nRun 'dateline <command> --help' for a command's options.\n`;
}
