/** The registry of subcommands. Each command lives in its own file and is added here. */
import type { Command } from '../command.js';

export const commands: Record<string, Command> = {};
