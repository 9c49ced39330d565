/**
 * Each crisis answer has its legal meaning (issue 8 §1): `invoke-protocol` is
 * help without a Council recommendation (Protocol of Signature, point I), judged
 * by Locarno and the guarantors; `mobilise` is a mobilisation on the side's own
 * authority that commits it to fight only for the victims the model binds it to (France for Poland: the model's
 * reading of 1938 and 1939).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { hashWorld, simulate } from '../game';
import { initialWorld } from '../scenario/initialWorld';
import { parseStrategy, type Strategy } from '../strategy';
import type { WorldState } from '../world/worldState';
import type { CrisisChoice } from './actions';
import { commits, respondToCrisis } from './crisis';
import { step } from './step';

function answering(choice: CrisisChoice): Strategy {
  const parsed = parseStrategy({
    format: 'hollow-pact-strategy',
    version: 1,
    name: choice,
    role: 'france',
    orders: [],
    crises: { '*': choice },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** The world of munich-1938 at the Sudeten crisis, France played, from `seed`. */
function sudetenCrisis(seed: string): WorldState {
  let world = initialWorld(loadScenario('munich-1938'), seed, 'france', true);
  while (world.phase !== 'crisis' && world.phase !== 'ended') world = step(world, []);
  if (world.crisis?.move !== 'sudetenland') throw new Error(`no Sudeten crisis from ${seed}`);
  return world;
}

describe('what each answer commits a side to', () => {
  it('commits on the Protocol whatever the Council does, on the Council only if it recommends, on the guarantors only if Britain finds it lawful', () => {
    for (const council of [true, false])
      for (const uk of [true, false]) {
        expect(commits('invoke-protocol', 'france', 'czechoslovakia', council, uk)).toBe(true);
        expect(commits('refer-council', 'france', 'czechoslovakia', council, uk)).toBe(council);
        expect(commits('ask-guarantors', 'france', 'czechoslovakia', council, uk)).toBe(uk);
        expect(commits('stand-aside', 'france', 'czechoslovakia', council, uk)).toBe(false);
      }
  });

  it('makes a mobilisation commit France only to Poland (the model’s reading of 1938 and 1939), and the USSR to no one', () => {
    expect(commits('mobilise', 'france', 'czechoslovakia', false, false)).toBe(false);
    expect(commits('mobilise', 'france', 'poland', false, false)).toBe(true);
    expect(commits('mobilise', 'ussr', 'czechoslovakia', true, true)).toBe(false);
    expect(commits('mobilise', 'ussr', 'poland', true, true)).toBe(false);
  });
});

describe('the answer reaches the legal engine', () => {
  it('at the Sudeten crisis, gives France assistance to Czechoslovakia under the Protocol, and none under a mere mobilisation', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const world = sudetenCrisis(`answers-${seed}`);
      const byAnswer = (choice: CrisisChoice) => {
        const after = respondToCrisis(world, choice, null);
        const record = after.crises.at(-1);
        if (record === undefined) throw new Error('no crisis recorded');
        return { after, record };
      };
      const protocol = byAnswer('invoke-protocol');
      const mobilised = byAnswer('mobilise');
      const aside = byAnswer('stand-aside');
      // A mobilisation is not assistance: the Czechoslovak-Soviet treaty, which operates only if France assists, does not.
      expect(mobilised.record.verdicts['czechoslovak-soviet'].reason).toBe('NO_FRENCH_ASSISTANCE');
      expect(mobilised.record.verdicts.locarno.reason).toBe('NO_FRENCH_ACTION');
      // Under the Protocol France assists: Locarno judges the action (lawful, or Britain opposed), and Soviet help is owed.
      expect(protocol.record.verdicts['czechoslovak-soviet'].reason).not.toBe('NO_FRENCH_ASSISTANCE');
      expect(['lawful', 'violation']).toContain(protocol.record.verdicts.locarno.outcome);
      // A mobilisation that does not deter ends like standing aside: the move goes through, no war.
      if (mobilised.after.moves.sudetenland?.status === 'done') {
        expect(mobilised.after.war).toBeNull();
        expect(aside.after.moves.sudetenland?.status).toBe('done');
      } else expect(mobilised.after.moves.sudetenland?.status).toBe('deterred');
      expect(protocol.after.moves.sudetenland?.status).not.toBe('pending');
    }
  });

  it('over many seeds, invoke-protocol and mobilise make different worlds, with different verdicts', () => {
    const scenario = loadScenario('pact-1935');
    let differentWorlds = 0;
    let differentVerdicts = 0;
    for (let i = 0; i < 100; i++) {
      const seed = `protocol#${i}`;
      const a = simulate(scenario, { seed, policy: answering('invoke-protocol'), withLog: false }).world;
      const b = simulate(scenario, { seed, policy: answering('mobilise'), withLog: false }).world;
      if (hashWorld(a) !== hashWorld(b)) differentWorlds += 1;
      const verdicts = (w: WorldState) => JSON.stringify(w.crises.map((c) => c.verdicts));
      if (verdicts(a) !== verdicts(b)) differentVerdicts += 1;
    }
    expect(differentWorlds).toBeGreaterThan(90);
    expect(differentVerdicts).toBeGreaterThan(90);
  });
});

describe('what a crisis tells of a Soviet Union that acted and did not fight', () => {
  it('over 1,200 seeded games, says why wherever the Protocol was invoked, and names the treaty the world found not owing', () => {
    const stoodBy = new Map<string, number>();
    for (const id of ['pact-1935', 'rhineland-1936', 'munich-1938', 'talks-1939']) {
      const scenario = loadScenario(id);
      for (let i = 0; i < 150; i++) {
        for (const role of ['france', 'ussr'] as const) {
          const seed = `stands-by#${i}`;
          const { log, world } = simulate(scenario, { seed, policy: 'random', role });
          const entries = log.filter((entry) => entry.kind === 'crisis');
          expect(entries).toHaveLength(world.crises.length);
          entries.forEach((entry, n) => {
            const record = world.crises[n] as (typeof world.crises)[number];
            const where = `${id} ${role} ${seed} ${record.move}`;
            const standsBy = (entry.reasons ?? []).filter((r) => r.key?.startsWith('crisis.sovietStandsBy'));
            const stopped = (entry.reasons ?? []).some((r) => r.key === 'crisis.sovietHelpStopped');
            const fought = record.result === 'war' && record.metBy.includes('ussr');
            // The Protocol commits the side whatever the Council does: a USSR that invoked it and did not fight is told
            // why (where Germany backed down, the record does not say who would have fought).
            if (record.answers.ussr === 'invoke-protocol' && record.result !== 'deterred' && !fought)
              expect(standsBy.length + Number(stopped), where).toBe(1);
            for (const line of standsBy) {
              expect(fought, where).toBe(false);
              expect(record.answers.ussr, where).not.toBe('stand-aside');
              const key = line.key ?? '';
              stoodBy.set(key, (stoodBy.get(key) ?? 0) + 1);
              if (key === 'crisis.sovietStandsBy.poland') {
                expect(record.move, where).toBe('poland');
                expect(world.tripleAlliance === null || world.tripleAlliance > record.month, where).toBe(true);
              }
              if (key === 'crisis.sovietStandsBy.francoSoviet') {
                expect(record.verdicts['franco-soviet'].outcome, where).not.toBe('rendered');
                expect(line.params?.reason, where).toBe(record.verdicts['franco-soviet'].reason);
              }
              if (key === 'crisis.sovietStandsBy.czechoslovakSoviet') {
                expect(['sudetenland', 'prague'], where).toContain(record.move);
                expect(record.verdicts['czechoslovak-soviet'].outcome, where).not.toBe('rendered');
                expect(line.params?.reason, where).toBe(record.verdicts['czechoslovak-soviet'].reason);
              }
            }
          });
        }
      }
    }
    // Each of the three cases is met somewhere.
    for (const key of ['francoSoviet', 'czechoslovakSoviet', 'poland'])
      expect(stoodBy.get(`crisis.sovietStandsBy.${key}`) ?? 0, key).toBeGreaterThan(0);
  }, 60_000);
});
