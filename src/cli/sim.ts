/** `npm run -s sim -- --scenario FILE [...]`: see simCommand.ts. */
import { main } from './simCommand';

process.exitCode = main(
  process.argv.slice(2),
  (line) => process.stdout.write(`${line}\n`),
  (line) => process.stderr.write(`${line}\n`),
);
