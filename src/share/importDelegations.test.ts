/**
 * A game file of several delegations read from a file picker (issue 14 §2): a
 * good one reads with its delegations and who gave each order; a bad one
 * (who gave an order missing or swapped, a delegation the game does not have)
 * is refused in one sentence, and nothing is opened.
 */
import { describe, expect, it } from 'vitest';
import { playDelegations } from '../testing/delegations';
import { loadScenario } from '../testing/scenarios';
import { gameFileText, readGameText } from './importFile';

const scenario = loadScenario('pact-1935');
const lookup = (id: string) => (id === scenario.id ? scenario : undefined);
const file = playDelegations(scenario, 'import-delegations', ['france', 'ussr'], 4);

describe('reading a game file of several delegations', () => {
  it('reads a good one, delegations and all', () => {
    const read = readGameText(gameFileText(file), lookup);
    expect(read).toMatchObject({ ok: true, file: { format: 3, roles: ['france', 'ussr'] } });
    if (read.ok) expect(read.finalHash).toBe(file.checkpoints.at(-1)?.hash);
  });

  it('refuses, in one sentence, a file whose orders lack who gave them, or were given by the other delegation', () => {
    const [first, ...rest] = file.turns;
    if (first === undefined) throw new Error('no turn');
    const cases = [
      { ...file, turns: [{ ...first, by: undefined }, ...rest] },
      { ...file, turns: [{ ...first, by: first.by?.map((r) => (r === 'france' ? 'ussr' : 'france')) }, ...rest] },
      { ...file, roles: ['france', 'germany'] },
    ];
    const kinds = cases.map((bad) => readGameText(JSON.stringify(bad), lookup));
    expect(kinds.map((k) => (k.ok ? 'ok' : k.kind))).toEqual(['invalid', 'replay', 'invalid']);
    for (const k of kinds) if (!k.ok) expect(k.message.split('\n')).toHaveLength(1);
  });
});
