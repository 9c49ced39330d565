/** `npm run -s record -- --scenario FILE --out FILE [...]`: see recordCommand.ts. */
import { main } from './recordCommand';

process.exitCode = main(
  process.argv.slice(2),
  (line) => process.stdout.write(`${line}\n`),
  (line) => process.stderr.write(`${line}\n`),
);
