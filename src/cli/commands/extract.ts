/** `dateline extract <input...>`: clean, structured articles from pages. */
import { runBatchCommand } from '../batch/batch-command.js';

export function run(argv: string[]): Promise<number> {
  return runBatchCommand({ name: 'extract', analyze: false }, argv, process);
}
