import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../testing/cli';
import { main } from './rulesCommand';

const ROOT = join(import.meta.dirname, '../..');
const CASES = join(ROOT, 'scenarios/cases');

const run = (args: string[]) => runCommand(main, args);

describe('rules command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hollow-pact-rules-'));
  const good = join(CASES, 'rhineland-1936-03-07.json');
  const notJson = join(dir, 'not-json.json');
  writeFileSync(notJson, '{ "id": "broken", ');
  const wrongCountry = join(dir, 'wrong-country.json');
  const rhineland = JSON.parse(readFileSync(good, 'utf8'));
  writeFileSync(wrongCountry, JSON.stringify({ ...rhineland, event: { ...rhineland.event, victim: 'atlantis' } }));
  const big = join(dir, 'big.json');
  writeFileSync(big, `{"id": "${'x'.repeat(5_100_000)}"}`);

  it('prints one JSON verdict per case with --json', () => {
    const files = readdirSync(CASES).map((f) => join(CASES, f));
    const { code, out, err } = run([...files, '--json']);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(files.length);
    const first = JSON.parse(out[0] ?? '{}');
    expect(Object.keys(first.verdicts)).toEqual(['franco-soviet', 'czechoslovak-soviet', 'locarno']);
    expect(first.verdicts['franco-soviet'].path[0]).toEqual(
      expect.objectContaining({
        state: expect.any(String),
        cite: expect.any(String),
        kind: expect.stringMatching(/letter|practice/),
      }),
    );
  });

  it('prints a readable account with each step, its citation, letter or practice', () => {
    const { code, out } = run([good]);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('The Rhineland, 7 March 1936');
    expect(text).toContain('Franco-Soviet treaty (1935): NOT APPLICABLE — Not in force');
    expect(text).toMatch(/LETTER {3}Franco-Soviet Treaty, Art\. 5/);
    expect(text).toMatch(/PRACTICE Rhineland Pact 1925, Art\. 4 §3/);
  });

  it('reports each bad file on one line naming the file and field, exits 2, and still evaluates the rest', () => {
    const { code, out, err } = run([notJson, wrongCountry, join(dir, 'missing.json'), big, good, '--json']);
    expect(code).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(new RegExp(`^${notJson}: not valid JSON \\(`)),
      `${wrongCountry}: event.victim: expected one of france, ussr, germany, uk, italy, poland, romania, czechoslovakia, belgium, austria, japan, got "atlantis"`,
      `${join(dir, 'missing.json')}: no such file`,
      `${big}: too large (5.1 MB; at most 5 MB)`,
    ]);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0] ?? '{}').id).toBe('rhineland-1936-03-07');
  });

  it('refuses unknown options and an empty file list with usage, exit 2', () => {
    expect(run(['--xml', good]).code).toBe(2);
    expect(run([]).err[0]).toBe('rules: no case file given');
    expect(run(['--help']).out[0]).toMatch(/^usage: npm run -s rules/);
  });

  it('runs as `npm run -s rules` with no stack trace on bad input', () => {
    const result = spawnSync('npm', ['run', '-s', 'rules', '--', wrongCountry, good, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`${wrongCountry}: event.victim: expected one of`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
