/** `npm run -s replay -- FILE [--json]`: see replayCommand.ts. */
import { main } from './replayCommand';

process.exitCode = main(
  process.argv.slice(2),
  (line) => process.stdout.write(`${line}\n`),
  (line) => process.stderr.write(`${line}\n`),
);
