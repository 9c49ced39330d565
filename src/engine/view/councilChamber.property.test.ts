/**
 * The Council chamber's votes must add up to the result the legal engine used,
 * for every crisis of thousands of seeded games and every legal case file:
 * long-running, so the mutation run leaves it out (`*.property.test.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, SCENARIOS_DIR, scenarioIds } from '../../testing/scenarios';
import { createPolicy } from '../policies';
import { parseLegalCaseText } from '../rules/legalCase';
import { initialWorld } from '../scenario/initialWorld';
import { type CrisisChoice, MAX_ORDERS_PER_TURN, refusal } from '../turn/actions';
import { crisisDay, crisisResponses } from '../turn/crisis';
import { applyOrder, endOrders } from '../turn/step';
import { crisisVerdicts, legalCaseFor } from '../world/legalCases';
import type { WorldState } from '../world/worldState';
import { type CouncilChamber, councilChamberOfCase, councilTally, councilVotes, crisisCouncil } from './councilChamber';

/** Every crisis of a game played by `policy`: the world it opened in, the answer, and the world after. */
function crisesOf(scenarioId: string, seed: string, role: 'france' | 'ussr', policyName: 'random' | 'historical') {
  const scenario = loadScenario(scenarioId);
  const policy = createPolicy(policyName, scenario, seed);
  let world = initialWorld(scenario, seed, role, true);
  const seen: { before: WorldState; choice: CrisisChoice; after: WorldState }[] = [];
  for (let guard = 0; guard < 400 && world.phase !== 'ended'; guard++) {
    if (world.phase === 'crisis') {
      const choice = policy.crisis(world);
      const before = world;
      world = applyOrder(world, { type: 'crisis.respond', choice }, true);
      seen.push({ before, choice, after: world });
      continue;
    }
    for (let i = 0; i < MAX_ORDERS_PER_TURN; i++) {
      const action = policy.nextOrder(world);
      if (action.type === 'pass' || refusal(world, action) !== null) break;
      world = applyOrder(world, action, true);
    }
    world = endOrders(world, true);
  }
  return seen;
}

describe('the votes of the Council chamber', () => {
  it('add up, for every crisis of thousands of seeded games, to the Council result the legal engine used', () => {
    /** Each chamber checked, by its key: the members it shows voting against. */
    const checked = new Map<string, readonly string[]>();
    let crises = 0;
    /** Crises where the Council failed and Britain stood against the move: once shown withholding its vote. */
    let britainFoughtAFailedCouncil = 0;
    const scenarios = scenarioIds();
    for (let n = 0; n < 2000; n++) {
      const scenario = scenarios[n % scenarios.length] ?? 'pact-1935';
      const role = n % 2 === 0 ? 'france' : 'ussr';
      for (const { before, choice, after } of crisesOf(scenario, `council-${n}`, role, 'random')) {
        const responses = crisisResponses(before, choice);
        expect(responses).not.toBeNull();
        if (responses === null) continue;
        const { move, answers } = responses;
        const legalCase = legalCaseFor(before, move.incident, answers, crisisDay(before, move));
        // The answers are the very ones the crisis was resolved with: they give the recorded verdicts.
        const record = after.crises.at(-1);
        const verdicts = crisisVerdicts(legalCase);
        expect(record?.verdicts['franco-soviet'].outcome).toBe(verdicts.francoSoviet.outcome);
        expect(record?.verdicts['czechoslovak-soviet'].reason).toBe(verdicts.czechoslovakSoviet.reason);
        expect(record?.verdicts.locarno.outcome).toBe(verdicts.locarno.outcome);
        crises++;
        // The chamber's Council depends only on the day's facts, the dispute and the result: check each once.
        const key = [legalCase.date, move.incident.kind, move.incident.victim, answers.councilResult].join('|');
        const against = checked.get(key) ?? againstIn(councilChamberOfCase(legalCase, responses.councilSeized));
        // No state that stood against the move is shown withholding its vote from measures against it.
        const standing = (record?.metBy ?? []).filter((s) => s !== move.incident.victim);
        expect(
          standing.filter((s) => against.includes(s)),
          key,
        ).toEqual([]);
        if (answers.councilResult === 'none' && standing.includes('uk')) britainFoughtAFailedCouncil++;
        if (checked.has(key)) continue;
        const chamber = councilChamberOfCase(legalCase, responses.councilSeized);
        expect(chamber.council.result).toBe(answers.councilResult);
        expect(chamber.council.tallyOutcome).toBe(chamber.outcome);
        expect(chamber.council.reached).toBe(chamber.outcome === 'recommendation');
        expect(chamber.council.votesFor + chamber.council.votesAgainst).toBe(chamber.council.members.length);
        checked.set(key, against);
      }
    }
    expect(crises).toBeGreaterThan(2000);
    expect(britainFoughtAFailedCouncil).toBeGreaterThan(0);
    // Both results of the Council's vote, on many days, were met.
    const results = new Set([...checked.keys()].map((k) => k.split('|').at(-1)));
    expect(results).toEqual(new Set(['none', 'unanimous-excluding-parties']));
    expect(checked.size).toBeGreaterThan(20);
  }, 120_000);

  it('add up to every legal case file’s result, the Assembly’s included', () => {
    const dir = join(SCENARIOS_DIR, 'cases');
    let assemblies = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const parsed = parseLegalCaseText(readFileSync(join(dir, file), 'utf8'));
      if (!parsed.ok) throw new Error(file);
      const chamber = councilChamberOfCase(parsed.value);
      if (chamber.assembly === null) {
        expect(chamber.council.tallyOutcome, file).toBe(chamber.outcome);
      } else {
        assemblies++;
        expect(chamber.assembly.tally, file).toBe(chamber.assembly.result);
        expect(chamber.assembly.reached, file).toBe(chamber.outcome === 'recommendation');
        // The same dispute with the Assembly's report not adopted: the votes say so too.
        const failed = councilChamberOfCase({
          ...parsed.value,
          council: { ...parsed.value.council, assembly: 'not-adopted' },
        });
        expect(failed.assembly?.tally, file).toBe('not-adopted');
        expect(failed.assembly?.votesAgainst, file).toBeGreaterThan(0);
        expect(failed.outcome, file).toBe('no-unanimity');
      }
    }
    expect(assemblies).toBeGreaterThan(0);
  });

  it('has one crisis answer give the same chamber as its own legal case', () => {
    const [first] = crisesOf('as-it-happened', 'council-history', 'france', 'historical');
    expect(first).toBeDefined();
    if (first === undefined) return;
    const chamber = crisisCouncil(first.before, first.choice);
    expect(chamber?.date).toBe(
      crisisDay(first.before, crisisResponses(first.before, first.choice)?.move ?? never()).date,
    );
  });
});

/** The places a chamber's Council shows voting against, the aggressor left out. */
function againstIn(chamber: CouncilChamber): string[] {
  return chamber.council.members.filter((m) => m.vote === 'against' && m.party !== 'aggressor').map((m) => m.state);
}

function never(): never {
  throw new Error('no crisis');
}

describe('the empty seats', () => {
  it('say who left the League or stopped taking part, from the calendar', () => {
    const parsed = parseLegalCaseText(
      readFileSync(join(SCENARIOS_DIR, 'cases', 'germany-attacks-czechoslovakia-1938.json'), 'utf8'),
    );
    if (!parsed.ok) throw new Error('case');
    const chamber = councilChamberOfCase(parsed.value);
    const absent = new Map(chamber.absent.map((a) => [a.state, a.why]));
    expect(absent.get('germany')).toBe('left the League: a Member until 20 October 1935');
    expect(absent.get('italy')).toBe('stopped taking part from 11 December 1937');
    expect(chamber.council.members.map((m) => m.state)).not.toContain('italy');
  });
});

describe('councilVotes and councilTally', () => {
  const seated = ['uk', 'france', 'italy', 'germany', 'ussr'] as const;
  it('let the accused vote against and still reach unanimity apart from the parties', () => {
    const votes = councilVotes(seated, ['germany', 'france'], 16, 'unanimous-excluding-parties');
    expect(votes.find((v) => v.state === 'germany')?.vote).toBe('against');
    expect(votes.filter((v) => v.vote === 'against')).toHaveLength(1);
    expect(councilTally(votes, 16)).toBe('unanimous-excluding-parties');
    expect(votes.find((v) => v.state === 'germany')?.counting).toBe('left-out-in-practice');
  });
  it('name Italy first as the member that withholds its vote when the Council fails', () => {
    const votes = councilVotes(seated, ['germany', 'ussr'], 11, 'none');
    expect(votes.find((v) => v.state === 'italy')?.vote).toBe('against');
    expect(votes.find((v) => v.state === 'uk')?.vote).toBe('for');
    expect(councilTally(votes, 11)).toBe('none');
  });
  it('deny a majority when an Art. 15 report fails altogether, and leave the parties out of the count', () => {
    const votes = councilVotes(seated, ['germany', 'ussr'], 15, 'none');
    expect(councilTally(votes, 15)).toBe('none');
    expect(councilTally(councilVotes(seated, ['germany', 'ussr'], 15, 'majority-only'), 15)).toBe('majority-only');
    expect(votes.find((v) => v.state === 'ussr')?.counting).toBe('left-out');
  });
});
