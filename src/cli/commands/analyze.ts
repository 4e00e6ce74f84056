/** `dateline analyze <input...>`: extraction plus analysis (entities, places, attributions, quantities, dates). */
import { runBatchCommand } from '../batch/batch-command.js';

export function run(argv: string[]): Promise<number> {
  return runBatchCommand({ name: 'analyze', analyze: true }, argv, process);
}
