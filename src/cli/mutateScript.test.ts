/** `npm run mutate -- PART --retest-timeouts`: the timed-out mutants are taken out of the part's incremental file. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetTimeouts, isPartFile, partConfig, unmeasured } from '../../scripts/mutate';

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

describe("npm run mutate:summary keeps each file from its own part's report", () => {
  it('matches the parts by their globs: `*` within a folder, `**/` across folders, `{a,b}` and `!` exclusions', () => {
    expect(isPartFile('base', 'src/engine/dates.ts')).toBe(true);
    expect(isPartFile('base', 'src/engine/game.ts')).toBe(false);
    expect(isPartFile('base', 'src/engine/rules/facts.ts')).toBe(false);
    expect(isPartFile('surface', 'src/engine/game.ts')).toBe(true);
    expect(isPartFile('surface', 'src/engine/gameFile.ts')).toBe(false);
    expect(isPartFile('rules', 'src/engine/rules/facts.ts')).toBe(true);
    expect(isPartFile('rules', 'src/engine/rulesXfacts.ts')).toBe(false);
    expect(isPartFile('view', 'src/engine/log/render.ts')).toBe(true);
    expect(isPartFile('view', 'src/engine/view/deep/inner.ts')).toBe(true);
    expect(isPartFile('world', 'src/engine/log/render.ts')).toBe(false);
    expect(isPartFile('no-such-part', 'src/engine/dates.ts')).toBe(false);
    // Every engine file in the turn folder is in exactly one of the turn's four parts.
    for (const file of readdirSync(join(import.meta.dirname, '../engine/turn')).filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
    ))
      expect(
        ['turn', 'turn-crisis', 'turn-orders', 'delegations'].filter((part) =>
          isPartFile(part, `src/engine/turn/${file}`),
        ),
        file,
      ).toHaveLength(1);
  });
});

describe("npm run mutate: each part's Stryker configuration", () => {
  const base = { timeoutMS: 10_000, concurrency: 2, mutate: ['src/engine/**/*.ts'] };

  it("keeps the shared settings, names the part's files and gives it its own incremental file and reports", () => {
    expect(partConfig('rules', base)).toEqual({
      timeoutMS: 10_000,
      concurrency: 2,
      mutate: ['src/engine/rules/**/*.ts', '!src/engine/**/*.test.ts'],
      incrementalFile: 'reports/stryker-incremental-rules.json',
      jsonReporter: { fileName: 'reports/mutation/rules.json' },
      htmlReporter: { fileName: 'reports/mutation/rules.html' },
    });
  });

  it("gives the orders' part, whose looping mutants wait out the timeout, a shorter one", () => {
    expect(partConfig('turn-orders', base).timeoutMS).toBe(3000);
    expect(partConfig('turn', base).timeoutMS).toBe(10_000);
  });
});

describe('npm run mutate:summary: which engine files the score covers', () => {
  const engine = ['src/engine/dates.ts', 'src/engine/index.ts', 'src/engine/rules/facts.ts', 'src/engine/game.ts'];

  it("counts a file its part's report leaves out as having nothing to mutate, and a file of a part not run as unmeasured", () => {
    expect(unmeasured(engine, new Set(['src/engine/dates.ts']), new Set(['base', 'rules']))).toEqual({
      notRun: ['src/engine/game.ts'],
      nothingToMutate: ['src/engine/index.ts', 'src/engine/rules/facts.ts'],
    });
  });

  it('has nothing to say when every file is in a report', () => {
    expect(unmeasured(engine, new Set(engine), new Set())).toEqual({ notRun: [], nothingToMutate: [] });
  });
});
