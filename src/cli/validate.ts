/** `npm run -s validate -- FILE...`: see validateCommand.ts. */
import { main } from './validateCommand';

process.exitCode = main(
  process.argv.slice(2),
  (line) => process.stdout.write(`${line}\n`),
  (line) => process.stderr.write(`${line}\n`),
);
