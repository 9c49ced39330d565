/**
 * A scenario's first world: its overrides of history's course up to its start
 * (the convention's phase, clauses and credibility, its signature and entry
 * into force, transit, actors, levels), each checked against the same scenario
 * without them, so a field overridden where it should not be, or not where it
 * should, fails; the events a scenario takes out; history's course before a
 * later start (each event once, none taken out); the script; the log.
 *
 * Each world is made inside its test, from a copy of its scenario (the start
 * of a scenario object is kept once made): so each test runs the code it checks.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioIds } from '../../testing/scenarios';
import { isYearMonth } from '../months';
import { refusal } from '../turn/actions';
import { applyOrder } from '../turn/step';
import { initialWorld } from './initialWorld';
import type { Scenario } from './schema';

/** The scenario as it is, and the same without its overrides. */
function pair(id: string) {
  const scenario = loadScenario(id);
  const { overrides: _overrides, ...rest } = scenario;
  const bare: Scenario = rest;
  return { scenario, bare };
}

/** The quiet first world of `scenario`, made afresh (from a copy: not the start kept for the scenario object). */
const first = (scenario: Scenario) => initialWorld({ ...scenario }, 'first', 'france', true);

describe('a scenario starting with a convention in force (what-if-convention-1937)', () => {
  const { scenario, bare } = pair('what-if-convention-1937');
  const c = scenario.overrides?.convention;

  it('starts from the overridden convention: phase since its start, clauses, credibility', () => {
    const world = first(scenario);
    expect(world.convention.phase).toBe('inForce');
    expect(world.convention.phaseSince).toBe(scenario.start);
    expect(world.convention.agreed).toEqual(c?.agreed);
    expect(world.convention.credibility).toBe(c?.credibility);
    expect(first(bare).convention.phase).not.toBe('inForce');
  });

  it('is signed and in force from its first month', () => {
    const world = first(scenario);
    const history = first(bare);
    expect(world.conventionSigned).toBe(scenario.start);
    expect(world.conventionInForce).toBe(scenario.start);
    expect(history.conventionSigned).toBeNull();
    expect(history.conventionInForce).toBeNull();
  });

  it('changes the transit and the actors it names, and nothing else of them', () => {
    const world = first(scenario);
    const history = first(bare);
    expect(world.transit.romania).toBe(scenario.overrides?.transit?.romania);
    expect(world.transit.poland).toBe(history.transit.poland);
    expect(world.actors.france).toEqual({ ...history.actors.france, stance: 60, trust: 65 });
    expect(world.actors.ussr).toEqual({ ...history.actors.ussr, trust: 70 });
    expect(world.actors.uk).toEqual(history.actors.uk);
    expect(world.francoSovietInForce).toBe(history.francoSovietInForce);
  });
});

describe('a scenario starting from staff contacts (blum-staff-talks-1936)', () => {
  const { scenario, bare } = pair('blum-staff-talks-1936');

  it('takes the phase and credibility it gives and keeps history’s clauses, unsigned', () => {
    const world = first(scenario);
    const history = first(bare);
    expect(world.convention.phase).toBe('attacheContacts');
    expect(world.convention.phaseSince).toBe(scenario.start);
    expect(world.convention.credibility).toBe(55);
    expect(world.convention.agreed).toEqual(history.convention.agreed);
    expect(world.conventionSigned).toBeNull();
    expect(world.conventionInForce).toBeNull();
    expect(world.transit).toEqual(history.transit);
    expect(world.actors).toEqual(history.actors);
  });
});

describe('overrides a shipped scenario does not use', () => {
  const { bare } = pair('munich-1938');

  it('a convention signed but not yet in force is signed from the start only', () => {
    const history = first(bare);
    const world = first({ ...bare, overrides: { convention: { phase: 'signed' }, note: 'a test' } });
    expect(world.conventionSigned).toBe(bare.start);
    expect(world.conventionInForce).toBe(history.conventionInForce);
    expect(world.convention.credibility).toBe(history.convention.credibility);
  });

  it('a convention given only its credibility keeps history’s phase, since when, and clauses', () => {
    const history = first(bare);
    const credibility = history.convention.credibility === 10 ? 11 : 10;
    const world = first({ ...bare, overrides: { convention: { credibility }, note: 'a test' } });
    expect(world.convention).toEqual({ ...history.convention, credibility });
    expect(world.conventionSigned).toBe(history.conventionSigned);
  });

  it('levels, the Franco-Soviet treaty in force, and an override without a convention', () => {
    const history = first(bare);
    const world = first({
      ...bare,
      overrides: { levels: { tension: 99 }, francoSovietInForce: !history.francoSovietInForce, note: 'a test' },
    });
    expect(world.francoSovietInForce).toBe(!history.francoSovietInForce);
    expect(world.convention).toEqual(history.convention);
    expect(world.conventionSigned).toBe(history.conventionSigned);
    expect(world.levels.tension).not.toBe(history.levels.tension);
  });

  it('an override that leaves the treaty out keeps history’s treaty in force', () => {
    const history = first(bare);
    const world = first({ ...bare, overrides: { levels: { tension: 99 }, note: 'a test' } });
    expect(typeof world.francoSovietInForce).toBe('boolean');
    expect(world.francoSovietInForce).toBe(history.francoSovietInForce);
  });
});

describe('the events a scenario takes out', () => {
  it('are out of the first world, and history’s are all in it', () => {
    const { bare } = pair('pact-1935');
    expect(first(bare).disabled).toEqual([]);
    expect(first({ ...bare, disabledEvents: ['british-guarantee'] }).disabled).toEqual(['british-guarantee']);
  });

  it('do not happen in history’s course before a later start either', () => {
    const { scenario } = pair('talks-1939');
    expect(first(scenario).fired).toContain('spanish-civil-war');
    const without = first({ ...scenario, disabledEvents: ['spanish-civil-war'] });
    expect(without.fired).not.toContain('spanish-civil-war');
    expect(without.disabled).toEqual(['spanish-civil-war']);
  });
});

describe('history’s course before a later start', () => {
  it('fires each event once, however long its window stays open', () => {
    const { fired } = first(pair('talks-1939').scenario);
    expect(fired.length).toBeGreaterThan(0);
    expect(new Set(fired).size).toBe(fired.length);
  });
});

describe('a scripted scenario', () => {
  const { bare } = pair('pact-1935');

  it('scripts no crisis answers when its script leaves crises out, and no German moves when it names none', () => {
    const world = first({ ...bare, script: { crises: false, events: ['molotov-ribbentrop'], note: 'a test' } });
    expect(world.script).toEqual({ crises: { france: {}, ussr: {} }, events: ['molotov-ribbentrop'], moves: [] });
  });

  it('scripts history’s crisis answers and its German moves when it asks for them', () => {
    const world = first({
      ...bare,
      script: { crises: true, events: [], moves: ['rhineland'], note: 'a test' },
    });
    expect(world.script).toEqual({
      crises: bare.historicalChoices.crises,
      events: [],
      moves: ['rhineland'],
    });
  });
});

describe('the first world’s log', () => {
  it('is kept unless the game is quiet: history’s course and the first month, month by month', () => {
    const { scenario } = pair('talks-1939');
    const world = initialWorld({ ...scenario }, 'first', 'france');
    expect(world.log).toEqual(initialWorld({ ...scenario }, 'first', 'france', false).log);
    expect(world.log.length).toBeGreaterThan(1);
    for (const { month, entries } of world.log) {
      expect(isYearMonth(month) && month <= scenario.start, month).toBe(true);
      for (const entry of entries) expect(entry.month).toBe(month);
    }
    expect(world.log.at(-1)?.month).toBe(scenario.start);
    expect(first(scenario).log).toEqual([]);
  });

  it('of a scenario starting in the model’s first month holds that month’s dispatches only', () => {
    const { scenario } = pair('pact-1935');
    const { log } = initialWorld({ ...scenario }, 'first', 'ussr');
    expect(log.map((m) => m.month)).toEqual([scenario.start]);
    expect(log[0]?.entries.every((entry) => entry.month === scenario.start && entry.kind === 'event')).toBe(true);
  });
});

describe('a scenario whose staffs have talked since before its start (last-chance-1937)', () => {
  it('counts the months of talks since the month it gives, so history’s drafting of January 1937 is allowed', () => {
    const scenario = loadScenario('last-chance-1937');
    const world = first(scenario);
    expect(scenario.overrides?.convention?.phaseSince).toBe('1936-09');
    expect(world.convention.phase).toBe('staffTalks');
    expect(world.convention.phaseSince).toBe('1936-09');
    // Without the month, the talks would start with the scenario, and drafting would be refused.
    const { phaseSince: _since, ...rest } = scenario.overrides?.convention ?? {};
    const fresh = first({ ...scenario, overrides: { ...(scenario.overrides ?? { note: '' }), convention: rest } });
    expect(fresh.convention.phaseSince).toBe(scenario.start);
  });
});

describe('talks stalled before a scenario starts', () => {
  it('resume where the scenario says when revived: "Resume the talks" is never an order that cannot work', () => {
    let stalled = 0;
    for (const id of scenarioIds()) {
      const scenario = loadScenario(id);
      const world = first(scenario);
      if (world.convention.phase !== 'stalled') continue;
      stalled += 1;
      expect(world.convention.resumePhase, id).toBe(scenario.overrides?.convention?.resumePhase);
      expect(world.convention.resumePhase, id).not.toBeNull();
      // Revived on the first seed whose roll succeeds: the talks stand in that phase, and drafting may follow.
      let revived = false;
      for (let seed = 0; seed < 40 && !revived; seed++) {
        const next = applyOrder(initialWorld(scenario, `resume-${seed}`, 'ussr'), { type: 'convention.resume' }, true);
        if (next.convention.phase === 'stalled') continue;
        expect(next.convention.phase, id).toBe(world.convention.resumePhase);
        revived = true;
      }
      expect(revived, id).toBe(true);
    }
    expect(stalled).toBeGreaterThanOrEqual(2);
  });

  it('are refused as a scenario without the phase they resume in, and the phase is refused without stalled talks', async () => {
    const { parseScenario } = await import('./loadScenario');
    const munich = loadScenario('munich-1938');
    const { resumePhase: _phase, ...bare } = munich.overrides?.convention ?? {};
    const without = { ...munich, overrides: { ...(munich.overrides ?? { note: '' }), convention: bare } };
    const problems = (value: unknown) => {
      const parsed = parseScenario(value);
      return parsed.ok ? [] : parsed.problems.map((p) => `${p.path} ${p.message}`);
    };
    expect(problems(without).join('; ')).toMatch(/resumePhase.*need the phase they resume in/);
    const running = {
      ...munich,
      overrides: { note: 'x', convention: { phase: 'staffTalks', resumePhase: 'staffTalks' } },
    };
    expect(problems(running).join('; ')).toMatch(/only they take one/);
    expect(problems(munich)).toEqual([]);
  });
});

describe('history’s orders for a scenario’s first month', () => {
  it('are allowed at its start, in every scenario and for both sides (none is asked for that the rules refuse)', () => {
    let checked = 0;
    for (const id of scenarioIds()) {
      const scenario = loadScenario(id);
      for (const role of ['france', 'ussr'] as const) {
        const world = initialWorld({ ...scenario }, 'first-orders', role, true);
        let next = world;
        for (const choice of scenario.historicalChoices[role].filter((c) => c.month === scenario.start)) {
          for (const action of choice.actions) {
            expect(refusal(next, action), `${id} ${role} ${action.type}`).toBeNull();
            next = applyOrder(next, action, true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
