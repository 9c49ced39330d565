/**
 * The `rules` command: evaluate legal case files.
 *
 * Prints each case's verdicts as a readable account (or, with --json, one
 * JSON object per line). A bad file gets one line per problem on standard
 * error, naming the file and the field; the other files are still evaluated,
 * and the exit code is 2.
 */
import { describeCase, evaluateCase, parseLegalCaseText } from '../engine';
import { problemLine, readTextFile } from './files';

const USAGE = `usage: npm run -s rules -- FILE... [--json]

Evaluates each legal case file (see scenarios/cases/) and prints every
treaty's verdict with its path: each step, its citation, letter or practice.
  --json   one JSON object per case, one per line
Exit code: 0 if every file was evaluated, 2 if any file was bad.`;

/** Run the command; returns the exit code. */
export function main(args: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  const options = args.filter((a) => a.startsWith('--'));
  const files = args.filter((a) => !a.startsWith('--'));
  if (options.includes('--help')) {
    out(USAGE);
    return 0;
  }
  const unknown = options.filter((o) => o !== '--json');
  if (unknown.length > 0 || files.length === 0) {
    err(unknown.length > 0 ? `rules: unknown option ${unknown.join(', ')}` : 'rules: no case file given');
    err(USAGE);
    return 2;
  }
  const json = options.includes('--json');
  let status = 0;
  files.forEach((file, index) => {
    const text = readTextFile(file);
    const parsed = text.ok ? parseLegalCaseText(text.value) : text;
    if (!parsed.ok) {
      for (const problem of parsed.problems) err(problemLine(file, problem.path, problem.message));
      status = 2;
      return;
    }
    const result = evaluateCase(parsed.value);
    if (json) {
      out(JSON.stringify(result));
    } else {
      if (index > 0) out(`\n${'─'.repeat(72)}\n`);
      out(describeCase(parsed.value, result));
    }
  });
  return status;
}
