/**
 * Reading data files for the command-line tools: size-limited, and every
 * failure turned into a problem line rather than an exception.
 */
import { readFileSync, statSync } from 'node:fs';
import { type Parsed, type Problem, parseScenarioText, type Scenario } from '../engine';

/** The largest data file the tools read; larger ones are refused before they are loaded. */
export const MAX_FILE_BYTES = 5_000_000;

/** Read a UTF-8 text file, or say plainly why it cannot be read. */
export function readTextFile(path: string, maxBytes = MAX_FILE_BYTES): Parsed<string> {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { ok: false, problems: [{ path: '', message: 'not a file' }] };
    if (stat.size > maxBytes) {
      const mb = (stat.size / 1_000_000).toFixed(1);
      return {
        ok: false,
        problems: [{ path: '', message: `too large (${mb} MB; at most ${maxBytes / 1_000_000} MB)` }],
      };
    }
    return { ok: true, value: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const message = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    return { ok: false, problems: [{ path: '', message }] };
  }
}

/** Read and validate a scenario file. */
export function readScenarioFile(path: string): Parsed<Scenario> {
  const text = readTextFile(path);
  return text.ok ? parseScenarioText(text.value) : text;
}

/** `FILE: path: message` (or `FILE: message` for the whole file), the tools' one-line problem format. */
export function problemLine(file: string, path: string, message: string): string {
  return path === '' ? `${file}: ${message}` : `${file}: ${path}: ${message}`;
}

/** Print a file's problems, one line each. */
export function reportProblems(file: string, problems: readonly Problem[], err: (line: string) => void): void {
  for (const problem of problems) err(problemLine(file, problem.path, problem.message));
}
