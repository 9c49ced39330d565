/** `npm run -s rules -- FILE... [--json]`: see rulesCommand.ts. */
import { main } from './rulesCommand';

process.exitCode = main(
  process.argv.slice(2),
  (line) => process.stdout.write(`${line}\n`),
  (line) => process.stderr.write(`${line}\n`),
);
