import { main } from '/work/main/src/cli/main.ts';
process.exitCode = await main(process.argv.slice(2));
