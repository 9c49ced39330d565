/**
 * Where the project's shared research lives for the tests that check data
 * against it: `../shared/` beside the clone (as in CI), or beside the folder
 * that holds a git worktree, or `$HOLLOW_PACT_SHARED`. Node only; used by
 * tests. A missing file is an error that says where it was looked for: the
 * checks it feeds must fail, not skip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The folders searched for `shared/`, in order. */
export function sharedCandidates(): string[] {
  const fromEnv = process.env.HOLLOW_PACT_SHARED;
  return [
    ...(fromEnv === undefined || fromEnv === '' ? [] : [resolve(fromEnv)]),
    resolve(ROOT, '../shared'),
    resolve(ROOT, '../../shared'),
  ];
}

/** The path of a shared file, e.g. `history/treaty-and-rules.md`; throws, naming every place tried, if it is nowhere. */
export function sharedPath(relative: string): string {
  const tried = sharedCandidates().map((dir) => join(dir, relative));
  const found = tried.find((path) => existsSync(path));
  if (found === undefined) {
    throw new Error(
      `shared source ${relative} not found: looked at ${tried.join(', ')}. ` +
        "Put the project's shared/ folder beside the clone (../shared) or set HOLLOW_PACT_SHARED.",
    );
  }
  return found;
}

/** A shared text file's content (see `sharedPath`). */
export function readShared(relative: string): string {
  return readFileSync(sharedPath(relative), 'utf8');
}

/** The files of a shared folder, e.g. `seeds`, with their content. */
export function readSharedFolder(relative: string): { name: string; text: string }[] {
  const dir = sharedPath(relative);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}
