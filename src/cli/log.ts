/** `npm run -s log -- FILE [--sources] [--json]`: see logCommand.ts. */
import { main } from './logCommand';

process.exitCode = main(
  process.argv.slice(2),
  (line) => process.stdout.write(`${line}\n`),
  (line) => process.stderr.write(`${line}\n`),
);
