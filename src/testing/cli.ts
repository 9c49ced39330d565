/** Test helper: run a command's `main` in-process and collect what it prints. */

/** A command's entry point: its arguments, where to print, where to complain; returns the exit code. */
export type CommandMain = (args: readonly string[], out: (line: string) => void, err: (line: string) => void) => number;

/** The exit code and every line printed to standard output and standard error. */
export function runCommand(command: CommandMain, args: readonly string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = command(
    args,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out, err };
}
