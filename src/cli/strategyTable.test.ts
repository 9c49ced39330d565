/**
 * `sim --strategy FILE` and `sim --table`, as a teacher runs them; and
 * `validate` on strategy files.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENDING_IDS } from '../engine';
import { runCommand } from '../testing/cli';
import { main as sim } from './simCommand';
import { main as validate } from './validateCommand';

const STRATEGIES = join(import.meta.dirname, '../../scenarios/strategies');
const dir = mkdtempSync(join(tmpdir(), 'hollow-pact-strategy-'));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const run = runCommand;

const BAD = JSON.stringify({
  format: 'hollow-pact-strategy',
  version: 1,
  name: 'bad',
  role: 'france',
  orders: [{ action: { type: 'diplomacy.demarche', to: 'atlantis' } }],
});

describe('sim --strategy', () => {
  it('plays the strategy as its own role, and names it', () => {
    const file = join(STRATEGIES, 'ussr-german-option.json');
    const { code, out, err } = run(sim, ['--scenario', 'pact-1935', '--strategy', file, '--runs', '5', '--json']);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const result = JSON.parse(out[0] ?? '{}');
    expect(result.role).toBe('ussr');
    expect(result.policy).toBe('Keep the German option open');
    expect(result.strategy).toBe(file);
    const total = Object.values(result.outcomes as Record<string, { count: number }>).reduce((s, o) => s + o.count, 0);
    expect(total).toBe(5);
  });

  it('prints the same counts for the same arguments', () => {
    const args = [
      '--scenario',
      'pact-1935',
      '--strategy',
      join(STRATEGIES, 'poland-first.json'),
      '--runs',
      '20',
      '--json',
    ];
    const strip = (line: string | undefined) => JSON.parse(line ?? '{}').outcomes;
    expect(strip(run(sim, args).out[0])).toEqual(strip(run(sim, args).out[0]));
  });

  it('refuses a bad strategy file with one line per problem and exit 2', () => {
    const file = write('bad.json', BAD);
    const { code, err } = run(sim, ['--scenario', 'pact-1935', '--strategy', file]);
    expect(code).toBe(2);
    expect(err).toEqual([`${file}: orders[0].action.to: expected one of poland, romania, got "atlantis"`]);
  });

  it('refuses --strategy with --policy, or with a --role the file contradicts', () => {
    const file = join(STRATEGIES, 'poland-first.json');
    const both = run(sim, ['--scenario', 'pact-1935', '--strategy', file, '--policy', 'random']);
    expect(both.code).toBe(2);
    expect(both.err[0]).toBe('sim: --strategy and --policy cannot be used together: a strategy file is the policy');
    const role = run(sim, ['--scenario', 'pact-1935', '--strategy', file, '--role', 'ussr']);
    expect(role.code).toBe(2);
    expect(role.err[0]).toContain('--role ussr contradicts the strategy, which plays france');
  });
});

describe('sim --table', () => {
  it('prints one Markdown row per scenario, policy and role, with a column per ending', () => {
    const { code, out, err } = run(sim, ['--table', '--runs', '2']);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[0]).toBe(`| scenario | policy | role | ${ENDING_IDS.join(' | ')} |`);
    const rows = out.filter((l) => l.startsWith('| ') && !l.startsWith('| scenario') && !l.startsWith('| ---'));
    expect(rows.some((r) => r.startsWith('| pact-1935 | alliance-first | ussr |'))).toBe(true);
    expect(rows.some((r) => r.startsWith('| as-it-happened | historical | france |'))).toBe(true);
    for (const row of rows) {
      const shares = row
        .split('|')
        .slice(4, -1)
        .map((c) => c.trim());
      expect(shares).toHaveLength(ENDING_IDS.length);
      const sum = shares.reduce((s, c) => s + (c === '·' ? 0 : Number.parseFloat(c)), 0);
      expect(sum).toBeCloseTo(100, 5);
    }
    expect(rows.length).toBeGreaterThanOrEqual(8 * 3 * 2);
  });

  it('refuses options that pick one scenario or policy', () => {
    const { code, err } = run(sim, ['--table', '--policy', 'random']);
    expect(code).toBe(2);
    expect(err[0]).toContain('leave out --policy');
  });
});

describe('validate, strategy files', () => {
  it('passes the shipped strategies and refuses a bad one, line by line', () => {
    const shipped = [
      'poland-first',
      'reassure-britain',
      'convention-first',
      'ussr-press-for-talks',
      'ussr-german-option',
    ];
    const good = run(
      validate,
      shipped.map((s) => join(STRATEGIES, `${s}.json`)),
    );
    expect(good.err).toEqual([]);
    expect(good.code).toBe(0);
    const file = write('bad-too.json', BAD);
    const bad = run(validate, [file]);
    expect(bad.code).toBe(1);
    expect(bad.err).toEqual([`${file}: orders[0].action.to: expected one of poland, romania, got "atlantis"`]);
  });
});
