import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGame, parseScenario } from '../engine';
import { loadScenario, SCENARIOS_DIR } from '../testing/scenarios';
import { READ_AS_SHIPPED, readJob, requestId } from './protocol';

const scenarioData: unknown = JSON.parse(readFileSync(join(SCENARIOS_DIR, 'pact-1935.json'), 'utf8'));
const world = createGame(loadScenario('pact-1935'), { seed: 'protocol' }).getSnapshot().world;
const good = { type: 'run', id: 3, scenario: scenarioData, world, runs: 200, seed: 'lesson', policy: 'random' };

describe('the futures worker reads its requests', () => {
  it('takes a well-formed run, with the scenario read and the policy named', () => {
    const job = readJob(good, 3);
    if (typeof job === 'string') throw new Error(job);
    expect(job.scenario.id).toBe('pact-1935');
    expect(job.runs).toBe(200);
    expect(job.policy).toBe('random');
    expect(job.choices).toBeNull();
    // A pool's worker is given where its range of the batch starts; one worker alone starts at 0.
    expect(job.from).toBe(0);
    const ranged = readJob({ ...good, from: 500 }, 3);
    if (typeof ranged === 'string') throw new Error(ranged);
    expect(ranged.from).toBe(500);
  });

  it('takes a comparison with two choices read against the action schema', () => {
    const job = readJob(
      {
        ...good,
        type: 'compare',
        choiceA: { type: 'diplomacy.demarche', to: 'poland' },
        choiceB: { type: 'domestic.rally' },
      },
      3,
    );
    if (typeof job === 'string') throw new Error(job);
    expect(job.choices).toEqual([{ type: 'diplomacy.demarche', to: 'poland' }, { type: 'domestic.rally' }]);
  });

  it('says what is wrong with a bad request instead of running it', () => {
    expect(readJob({ ...good, runs: 0 }, 3)).toMatch(/runs must be a whole number/);
    expect(readJob({ ...good, runs: 2.5 }, 3)).toMatch(/runs must be a whole number/);
    expect(readJob({ ...good, seed: '' }, 3)).toMatch(/seed/);
    expect(readJob({ ...good, from: -1 }, 3)).toMatch(/from must be a whole number/);
    expect(readJob({ ...good, from: 1.5 }, 3)).toMatch(/from must be a whole number/);
    expect(readJob({ ...good, from: '10' }, 3)).toMatch(/from must be a whole number/);
    expect(readJob({ ...good, policy: 'cautious' }, 3)).toMatch(/unknown policy "cautious"/);
    expect(readJob({ ...good, policy: { name: 'x' } }, 3)).toMatch(/not a strategy/);
    expect(readJob({ ...good, world: { month: '1935-05' } }, 3)).toBe('world is not a game state');
    expect(readJob({ ...good, scenario: { id: 'nothing' } }, 3)).toMatch(/not a scenario/);
    expect(readJob({ ...good, type: 'compare', choiceA: { type: 'turn.end' }, choiceB: { type: 'pass' } }, 3)).toMatch(
      /choice A: ending the month/,
    );
  });

  it('reads unchecked exactly the shipped scenarios that checking gives back as they are', () => {
    const files = readdirSync(SCENARIOS_DIR).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    const unchanged: string[] = [];
    for (const file of files) {
      const data: unknown = JSON.parse(readFileSync(join(SCENARIOS_DIR, file), 'utf8'));
      const parsed = parseScenario(data);
      if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((p) => p.message).join('; ')}`);
      // Every value and every key in its place: the engine reads the unchecked scenario as it would read the checked one.
      if (JSON.stringify(parsed.value) === JSON.stringify(data)) unchanged.push(parsed.value.id);
      const job = readJob({ ...good, scenario: data, world: { ...world, scenario: parsed.value.id } }, 3);
      if (typeof job === 'string') throw new Error(`${file}: ${job}`);
      expect(JSON.stringify(job.scenario), file).toBe(JSON.stringify(parsed.value));
    }
    expect([...READ_AS_SHIPPED].sort()).toEqual(unchanged.sort());
  });

  it('checks a scenario that differs from a shipped one in one field', () => {
    expect(readJob({ ...good, scenario: { ...(scenarioData as object), start: 'May 1935' } }, 3)).toMatch(
      /not a scenario/,
    );
  });

  it('reads the id of a request, and nothing else as one', () => {
    expect(requestId(good)).toBe(3);
    expect(requestId({ type: 'cancel', id: 1.5 })).toBeNull();
    expect(requestId('run')).toBeNull();
  });
});
