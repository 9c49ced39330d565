/**
 * The month's dispatches: an event fires only when the world holds its
 * premises (its `requires`), and a dispatch is logged before what follows from
 * it. The premise check is watched at the moment each event fires, in
 * thousands of seeded games over every scenario, policy and role.
 */
import { describe, expect, it, vi } from 'vitest';
import { sampled } from '../../testing/sample';
import { loadScenario, scenarioIds } from '../../testing/scenarios';
import { simulate } from '../game';
import { renderEntry } from '../log/render';
import { EVENTS } from '../model/modelData';
import type { Effects, HistoricalEvent } from '../model/modelSchemas';
import { POLICY_NAMES } from '../policies';
import { initialWorld } from '../scenario/initialWorld';
import { sidesOf } from '../scenario/schema';
import { allHold, flatLog, type Journal } from '../world/effects';
import { type LogEntry, type WorldDraft, type WorldState, withWorld } from '../world/worldState';
import { applyEvent, dispatches, eventsOf, premisesHold } from './history';

/**
 * Every firing, seen from inside: `applyEvent` marks the event fired and hands
 * the world to `applyEffectsTo` (or `applyEffects`) before anything else changes
 * it, so the world either receives with an event's own `effects` object is the
 * world the event fired in.
 */
const watch = vi.hoisted(() => ({
  observe: null as null | ((world: WorldState, effects: Effects) => void),
}));

vi.mock('../world/effects', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../world/effects')>();
  return {
    ...actual,
    applyEffects: (world: WorldState, effects: Effects) => {
      watch.observe?.(world, effects);
      return actual.applyEffects(world, effects);
    },
    applyEffectsTo: (world: WorldDraft, effects: Effects) => {
      watch.observe?.(world, effects);
      return actual.applyEffectsTo(world, effects);
    },
  };
});

const EVENT_BY_EFFECTS = new Map<Effects, HistoricalEvent>(EVENTS.map((e) => [e.effects, e]));
const byId = (id: string): HistoricalEvent => {
  const event = EVENTS.find((e) => e.id === id);
  if (event === undefined) throw new Error(`no event ${id}`);
  return event;
};

describe('premises', () => {
  it('fires no event whose premise is false in the world when it fires, over a thousand seeded games of every scenario, policy and role', () => {
    const fired = new Map<string, number>();
    const violations: string[] = [];
    let games = 0;
    watch.observe = (world, effects) => {
      const event = EVENT_BY_EFFECTS.get(effects);
      if (event === undefined || world.fired[world.fired.length - 1] !== event.id) return;
      fired.set(event.id, (fired.get(event.id) ?? 0) + 1);
      const before = withWorld(world, { fired: world.fired.slice(0, -1) });
      if (!allHold(before, event.requires)) violations.push(`${event.id} in ${world.month} (${world.scenario})`);
    };
    try {
      for (const id of scenarioIds()) {
        const scenario = loadScenario(id);
        for (const policy of POLICY_NAMES)
          for (const role of sidesOf(scenario))
            for (let i = 0; i < sampled(25); i++) {
              simulate(scenario, { seed: `premise-${i}`, policy, role, withLog: false });
              games++;
            }
      }
    } finally {
      watch.observe = null;
    }
    expect(games).toBeGreaterThan(sampled(1000));
    expect(violations).toEqual([]);
    // The watch saw the events fire: a game of 1935-1939 fires dozens, premised ones among them.
    for (const id of ['blum-resigns', 'blum-second-government', 'daladier-government', 'council-finds-violation'])
      expect(fired.get(id) ?? 0, id).toBeGreaterThan(sampled(50));
  });

  it('names, for every change of government, the government it replaces', () => {
    for (const event of EVENTS) {
      for (const country of Object.keys(event.effects.government ?? {})) {
        const premise = event.requires?.find((c) => 'government' in c && country in c.government);
        expect(premise, `${event.id}: which ${country} government does it replace?`).toBeDefined();
      }
    }
  });

  it('does not form Blum a second government when Blum never resigned, nor make Chautemps resign', () => {
    const world = initialWorld(loadScenario('pact-1935'), 'premises', 'france');
    // Blum's government rode high in June 1937: his resignation diverged, and he is still in office in March 1938.
    const blumStays = withWorld(world, {
      month: '1938-03',
      governments: { ...world.governments, france: 'blum' },
      fired: [...world.fired, 'blum-resigns'],
    });
    const march = dispatches(blumStays, []);
    expect(march.fired).not.toContain('blum-second-government');
    expect(march.governments.france).toBe('blum');
    const text = flatLog(march)
      .map((e) => renderEntry(e).text)
      .join(' ');
    expect(text).not.toMatch(/Chautemps resigns|second government/);
    // In April the Senate defeats Blum's finance bill all the same: that premise holds of either Blum government.
    const april = dispatches(withWorld(march, { month: '1938-04' }), []);
    expect(april.fired).toContain('daladier-government');
    expect(april.governments.france).toBe('daladier');
  });

  it('never premises an event on one that may diverge: a diverged event is marked fired without happening', () => {
    const mayDiverge = new Set(EVENTS.filter((e) => (e.unless ?? []).length > 0).map((e) => e.id));
    for (const event of EVENTS)
      for (const c of event.requires ?? []) if ('event' in c) expect(mayDiverge.has(c.event), event.id).toBe(false);
  });

  it('lets the convention contacts erode after Blum falls only where there are contacts to erode', () => {
    const world = initialWorld(loadScenario('last-chance-1937'), 'erode', 'france');
    const june = (phase: WorldState['convention']['phase']) =>
      withWorld(world, {
        month: '1937-06',
        governments: { ...world.governments, france: 'blum' },
        convention: { ...world.convention, phase, phaseSince: '1937-01' },
      });
    const talking = dispatches(june('staffTalks'), []);
    expect(talking.fired).toEqual(expect.arrayContaining(['blum-resigns', 'convention-contacts-erode']));
    expect(talking.convention.phase).toBe('stalled');
    const inForce = dispatches(june('inForce'), []);
    expect(inForce.fired).toContain('blum-resigns');
    expect(inForce.fired).not.toContain('convention-contacts-erode');
    expect(inForce.convention.phase).toBe('inForce');
  });

  it('forms Blum a second government when Chautemps governs', () => {
    const world = initialWorld(loadScenario('pact-1935'), 'premises', 'france');
    const chautemps = withWorld(world, {
      month: '1938-03',
      governments: { ...world.governments, france: 'chautemps' },
    });
    const march = dispatches(chautemps, []);
    expect(march.fired).toContain('blum-second-government');
    expect(march.governments.france).toBe('blum-2');
  });

  it('judges a premise on the world as it stands: Laval resigns only while Laval governs', () => {
    const world = initialWorld(loadScenario('pact-1935'), 'premises', 'france');
    const sarraut = byId('sarraut-government');
    expect(premisesHold(withWorld(world, { governments: { ...world.governments, france: 'laval' } }), sarraut)).toBe(
      true,
    );
    expect(premisesHold(withWorld(world, { governments: { ...world.governments, france: 'blum' } }), sarraut)).toBe(
      false,
    );
  });
});

describe('order: an effect is logged after its cause', () => {
  it('logs the talks stalling after Tukhachevsky is arrested, not before', () => {
    const start = initialWorld(loadScenario('last-chance-1937'), 'order', 'france');
    const talking = withWorld(start, {
      month: '1937-05',
      convention: { ...start.convention, phase: 'staffTalks', phaseSince: '1936-10' },
    });
    const journal: Journal = [];
    const next = applyEvent(talking, byId('tukhachevsky-arrested'), journal);
    expect(next.convention.phase).toBe('stalled');
    expect(journal.map((e) => e.id)).toEqual(['tukhachevsky-arrested', 'convention-stall']);
  });

  it('logs every event before the convention change it causes, in seeded historical games', () => {
    const scenario = loadScenario('as-it-happened');
    const causes = new Set(EVENTS.filter((e) => e.effects.convention !== undefined).map((e) => e.id));
    let stalls = 0;
    for (let i = 0; i < 40; i++) {
      const log = simulate(scenario, { seed: `order-${i}`, policy: 'historical' }).log;
      log.forEach((entry: LogEntry, index) => {
        if (entry.kind !== 'event' || !causes.has(entry.id)) return;
        const effect = byId(entry.id).effects.convention;
        const changed = log.findIndex(
          (e) => e.month === entry.month && (e.id === `convention-${effect}` || e.id === 'soviet-offer'),
        );
        if (changed === -1 || log[changed]?.kind === 'event') return;
        stalls++;
        expect(changed, `${entry.id} in ${entry.month}`).toBeGreaterThan(index);
      });
    }
    expect(stalls).toBeGreaterThan(0);
  });

  it("fires the Council's finding of 19 March 1936 after the Rhineland move it judges", () => {
    const scenario = loadScenario('as-it-happened');
    const result = simulate(scenario, { seed: 'rhineland-order', policy: 'historical' });
    const ids = result.log.map((e) => e.id);
    expect(result.world.moves.rhineland?.status).toBe('done');
    expect(ids).toContain('council-finds-violation');
    expect(ids.indexOf('council-finds-violation')).toBeGreaterThan(ids.indexOf('rhineland'));
    // A scenario that starts later inherits it from history's course.
    expect(initialWorld(loadScenario('blum-staff-talks-1936'), 's', 'france').fired).toContain(
      'council-finds-violation',
    );
  });

  it('lists each month’s events in date order, a month-only date first', () => {
    for (const month of ['1935-05', '1936-03', '1937-06', '1938-09', '1939-08']) {
      const dates = eventsOf(month).map((e) => e.date);
      expect(dates, month).toEqual([...dates].sort());
    }
  });

  it('logs the secret protocol after the pact it belongs to', () => {
    const world = initialWorld(loadScenario('talks-1939'), 'protocol', 'france');
    const august = withWorld(world, { month: '1939-08' });
    const next = applyEvent(applyEvent(august, byId('molotov-ribbentrop'), []), byId('secret-protocol'), []);
    expect(premisesHold(august, byId('secret-protocol'))).toBe(false);
    expect(next.fired.slice(-2)).toEqual(['molotov-ribbentrop', 'secret-protocol']);
    const order = eventsOf('1939-08').map((e) => e.id);
    expect(order.indexOf('secret-protocol')).toBeGreaterThan(order.indexOf('molotov-ribbentrop'));
  });
});
