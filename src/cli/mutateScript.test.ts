/** `npm run mutate -- PART --retest-timeouts`: the timed-out mutants are taken out of the part's incremental file. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetTimeouts } from '../../scripts/mutate';

describe('npm run mutate --retest-timeouts', () => {
  it('forgets the timed-out mutants of every file and keeps every other result as it was', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mutate-')), 'incremental.json');
    const killed = { id: '1', status: 'Killed', killedBy: ['3'] };
    const survived = { id: '4', status: 'Survived' };
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: '2',
        files: {
          'src/engine/a.ts': { source: 'a', mutants: [killed, { id: '2', status: 'Timeout' }, survived] },
          'src/engine/b.ts': { source: 'b', mutants: [{ id: '5', status: 'Timeout' }] },
        },
      }),
    );
    expect(forgetTimeouts(file)).toBe(2);
    const after = JSON.parse(readFileSync(file, 'utf8'));
    expect(after.schemaVersion).toBe('2');
    expect(after.files['src/engine/a.ts']).toEqual({ source: 'a', mutants: [killed, survived] });
    expect(after.files['src/engine/b.ts'].mutants).toEqual([]);
    expect(forgetTimeouts(file)).toBe(0);
  });

  it('does nothing to a part that has never run', () => {
    expect(forgetTimeouts(join(tmpdir(), 'no-such-incremental-file.json'))).toBe(0);
  });
});
