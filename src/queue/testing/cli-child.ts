/** Runs the real CLI from source in a child process (`node --import tsx cli-child.ts worker …`), for kill tests. */
import { main } from '../../cli/main.js';

process.exitCode = await main(process.argv.slice(2));
