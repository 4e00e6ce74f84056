/** `dateline extract <input...>`: clean, structured articles from pages. */
import { runBatchCommand } from '../batch/batch-command.js';
import { fetchFlagsFromEnv } from '../fetch-settings.js';

export function run(argv: string[]): Promise<number> {
  // The config's fetch settings (DATELINE_ALLOW_PRIVATE, …) go first so the user's own flags win.
  const settings = fetchFlagsFromEnv(process.env);
  if (!settings.ok) {
    process.stderr.write(`dateline extract: ${settings.message}\n`);
    return Promise.resolve(2);
  }
  return runBatchCommand({ name: 'extract', analyze: false }, [...settings.flags, ...argv], process);
}
