/**
 * The command line and rule variants (issue 14 §4): `sim --variant ID`
 * (repeatable) plays under them, `record` writes them into the game file, and
 * `replay` replays them; an unknown variant is refused in one line.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../engine';
import { runCommand as run } from '../testing/cli';
import { loadScenario } from '../testing/scenarios';
import { main as record } from './recordCommand';
import { main as replay } from './replayCommand';
import { main as sim } from './simCommand';

describe('sim, record and replay with --variant', () => {
  it("sim plays under the variants: the engine's batch counts for the same seeds", () => {
    const args = ['--scenario', 'pact-1935', '--runs', '40', '--seed', 'cli', '--policy', 'alliance-first', '--json'];
    const withVariants = run(sim, [...args, '--variant', 'poland-grants-transit', '--variant', 'no-purge']);
    expect(withVariants.code).toBe(0);
    const json = JSON.parse(withVariants.out[0] ?? '{}');
    expect(json.variants).toEqual(['poland-grants-transit', 'no-purge']);
    const batch = runBatch(loadScenario('pact-1935'), {
      runs: 40,
      seed: 'cli',
      policy: 'alliance-first',
      variants: ['poland-grants-transit', 'no-purge'],
    });
    for (const [id, count] of Object.entries(batch.counts)) expect(json.outcomes[id].count).toBe(count);
    const plain = JSON.parse(run(sim, args).out[0] ?? '{}');
    expect(plain.variants).toBeUndefined();
    expect(plain.outcomes).not.toEqual(json.outcomes);
  });

  it('refuses an unknown variant in one line', () => {
    const bad = run(sim, ['--scenario', 'pact-1935', '--runs', '1', '--variant', 'kaiser-wins']);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/^sim: --variant: unknown rule variant "kaiser-wins"; the variants are /);
  });

  it('record writes the variants into the game file and replay replays them', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'variants-')), 'game.json');
    const args = ['--scenario', 'pact-1935', '--out', file, '--seed', 'v', '--policy', 'random'];
    expect(run(record, [...args, '--variant', 'britain-firm-guarantor']).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).variants).toEqual(['britain-firm-guarantor']);
    const replayed = run(replay, [file]);
    expect(replayed.code).toBe(0);
    expect(replayed.out).toContain('Rule variants: britain-firm-guarantor');
  });
});
