/**
 * Every unit test file that stubs a module or a function (`vi.mock`, `vi.spyOn`) is named in `STUBBING`, so that
 * it keeps its own module graph: in the shared graph of the other files (`isolate: false`) its stub would leak
 * into them, or find the module already evaluated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STUBBING } from './stubbing';

const ROOT = join(import.meta.dirname, '../..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') && !entry.name.endsWith('.browser.test.ts') ? [path] : [];
  });
}

describe('the unit test files that stub', () => {
  it('are each named in STUBBING, and STUBBING names only such files', () => {
    const stubbing = testFiles(join(ROOT, 'src'))
      .filter((file) => file !== join(ROOT, 'src/testing/stubbing.test.ts'))
      .filter((file) => /\bvi\.(mock|doMock|spyOn)\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file))
      .sort();
    expect(stubbing.length).toBeGreaterThan(0);
    expect([...STUBBING].sort()).toEqual(stubbing);
  });
});
