/**
 * Rule variants (issue 14 §4): each one changes what it says it changes, over
 * seeded games, and history (no variant) keeps its worlds and hashes.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { runBatch } from '../batch';
import { branchAt, saveBranch } from '../branch';
import { createGame, hashWorld, type SimulationResult, simulate } from '../game';
import { parseGameFile, recordGame, replayGame } from '../save/gameFile';
import { initialWorld } from '../scenario/initialWorld';
import { commits } from '../turn/crisis';
import { crisisVerdicts, legalCaseFor } from '../world/legalCases';
import {
  lawSwitchesOf,
  parseVariant,
  rulesFor,
  transitGrantedBy,
  VARIANT_IDS,
  VARIANTS,
  variantsProblem,
  withVariants,
} from './variants';

const scenario = loadScenario('pact-1935');
const SEEDS = Array.from({ length: 24 }, (_, i) => `variant-${i}`);

/** The same seeded games, played by chance, under `variants`. */
function games(variants: readonly string[]): SimulationResult[] {
  return SEEDS.map((seed) => simulate(scenario, { seed, policy: 'random', variants }));
}

/**
 * History's games, played on first use, inside a test: under `npm run mutate` a
 * mutant is switched on before each file's tests, not while the file loads, so
 * games played at load would cost every run and could not catch a mutant.
 */
let historyGames: SimulationResult[] | undefined;
function history(): SimulationResult[] {
  historyGames ??= games([]);
  return historyGames;
}
const PURGE = ['primakov-putna-arrested', 'tukhachevsky-arrested', 'tukhachevsky-executed'];

/**
 * The verdicts on a German attack on the USSR on `date`, every side willing
 * and no transit, with Italy's Locarno verdict `italy`, under `variants`.
 */
function attackOnUssr(date: string, italy: 'lawful' | 'violation-flagrant', variants: readonly string[]) {
  const world = initialWorld(scenario, 's', 'france', true, variants);
  const answers = {
    councilResult: 'none',
    uk: 'lawful',
    italy,
    franceActs: true,
    parliament: true,
    sovietActs: true,
    czechoslovakActs: true,
    transit: { poland: false, romania: false },
  } as const;
  const incident = { kind: 'attack', victim: 'ussr', target: 'own-territory' } as const;
  return crisisVerdicts(legalCaseFor(world, incident, answers, { date, treatyInForce: true }, lawSwitchesOf(world)));
}

describe('the variant files', () => {
  it('are the five switches of issue 14 §4, each with what it changes, why, sources and a patch', () => {
    expect(VARIANT_IDS).toEqual([
      'no-protocol-override',
      'locarno-without-italy',
      'poland-grants-transit',
      'no-purge',
      'britain-firm-guarantor',
    ]);
    for (const v of VARIANTS) {
      expect(v.changes.length).toBeGreaterThan(20);
      expect(v.sources.every((s) => /\.md/.test(s))).toBe(true);
      expect(v.patch.length).toBeGreaterThan(0);
    }
  });

  it('refuses a patch whose path is not in the data, in one line naming the field', () => {
    const bad = { ...VARIANTS[0], patch: [{ file: 'law/calendar.json', path: ['protocolPointI', 'nope'], set: true }] };
    const parsed = parseVariant(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toEqual([
        { path: 'no-protocol-override: patch[0].path', message: 'no field nope in law/calendar.json' },
      ]);
    }
  });

  it("refuses a patch whose new value the data file's schema refuses", () => {
    const bad = {
      ...VARIANTS[0],
      patch: [{ file: 'model/model.json', path: ['transit', 'alwaysGrants'], set: ['france'] }],
    };
    const parsed = parseVariant(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.path).toBe('model/model.json: transit.alwaysGrants[0]');
  });

  it('refuses an event taken out that another event still needs', () => {
    const bad = {
      ...VARIANTS[0],
      patch: [{ file: 'model/events.json', path: ['events', { id: 'tukhachevsky-arrested' }], remove: true }],
    };
    const parsed = parseVariant(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.message).toMatch(/unknown event "tukhachevsky-arrested"/);
  });

  it('names an unknown variant in one clear message', () => {
    expect(variantsProblem(['no-purge'])).toBeNull();
    expect(variantsProblem(['no-purge', 'no-purge'])).toBe('a rule variant is named twice');
    expect(variantsProblem(['kaiser-wins'])).toMatch(/^unknown rule variant "kaiser-wins"; the variants are /);
    expect(() => createGame(scenario, { seed: 's', variants: ['kaiser-wins'] })).toThrow(/unknown rule variant/);
    expect(() => simulate(scenario, { seed: 's', policy: 'random', variants: ['kaiser-wins'] })).toThrow(
      /unknown rule variant/,
    );
  });
});

describe('history, without variants', () => {
  it('keeps its worlds and hashes: no variant and an empty list play the same game, with no variants field', () => {
    for (const seed of SEEDS.slice(0, 4)) {
      const plain = simulate(scenario, { seed, policy: 'random' });
      const empty = simulate(scenario, { seed, policy: 'random', variants: [] });
      expect(hashWorld(empty.world)).toBe(hashWorld(plain.world));
      expect('variants' in plain.world && plain.world.variants !== undefined).toBe(false);
    }
  });

  it('is what the variants are measured against: the purge happens and Poland refuses in some games', () => {
    expect(history().some((g) => g.world.fired.includes('tukhachevsky-arrested'))).toBe(true);
    expect(history().some((g) => g.world.crises.some((c) => !c.transit.poland))).toBe(true);
    expect(history().some((g) => g.world.crises.some((c) => c.uk !== 'lawful'))).toBe(true);
  });
});

describe('each variant changes what it says', () => {
  it('no purge: the purge of the Red Army command never happens', () => {
    const played = games(['no-purge']);
    for (const game of played) for (const id of PURGE) expect(game.world.fired).not.toContain(id);
    // The same seeds reach another world than history's.
    expect(played.map((g) => hashWorld(g.world))).not.toEqual(history().map((g) => hashWorld(g.world)));
  });

  it('Poland grants transit: named as the variant that grants Poland’s passage, which no other variant does', () => {
    expect(transitGrantedBy({ variants: ['poland-grants-transit'] })).toEqual([
      { state: 'poland', variant: 'Poland grants transit' },
    ]);
    expect(transitGrantedBy({ variants: ['no-purge', 'poland-grants-transit'] })).toEqual([
      { state: 'poland', variant: 'Poland grants transit' },
    ]);
    for (const id of VARIANT_IDS.filter((v) => v !== 'poland-grants-transit'))
      expect(transitGrantedBy({ variants: [id] })).toEqual([]);
    expect(transitGrantedBy({})).toEqual([]);
  });

  it('Poland grants transit: granted in every crisis where it is asked, and never refused in August 1939', () => {
    const played = games(['poland-grants-transit']);
    const crises = played.flatMap((g) => g.world.crises);
    expect(crises.length).toBeGreaterThan(10);
    for (const crisis of crises) expect(crisis.transit.poland).toBe(true);
    for (const game of played) {
      expect(game.log.some((entry) => entry.id === 'poland-refuses-transit')).toBe(false);
    }
  });

  it('Britain as a firm guarantor: its verdict is "lawful" in every crisis, and it stands in more of them', () => {
    const played = games(['britain-firm-guarantor']);
    const crises = played.flatMap((g) => g.world.crises);
    expect(crises.length).toBeGreaterThan(10);
    for (const crisis of crises) expect(crisis.uk).toBe('lawful');
    const share = (all: SimulationResult[]) => {
      const list = all.flatMap((g) => g.world.crises);
      return list.filter((c) => c.metBy.includes('uk')).length / list.length;
    };
    expect(share(played)).toBeGreaterThan(share(history()));
  });

  it("Locarno without Italy: Italy's verdict no longer brands a French action a violation while Locarno is in force", () => {
    const judge = (variants: readonly string[]) => attackOnUssr('1935-10-01', 'violation-flagrant', variants);
    const inHistory = judge([]);
    const withoutItaly = judge(['locarno-without-italy']);
    expect(inHistory.locarno.outcome).toBe('violation');
    expect(withoutItaly.locarno.outcome).toBe('lawful');
  });

  it('No Protocol I override: without a recommendation no help is owed, and invoking the Protocol commits no one', () => {
    const judge = (variants: readonly string[]) => attackOnUssr('1937-05-01', 'lawful', variants);
    expect(judge([]).francoSoviet.owed).toBe(true);
    const off = judge(['no-protocol-override']).francoSoviet;
    expect(off.owed).toBe(false);
    expect(off.reason).toBe('NO_COUNCIL_RECOMMENDATION');
    expect(rulesFor(['no-protocol-override']).calendar.protocolPointI.overrideWithoutRecommendation).toBe(false);
    for (const council of [true, false]) {
      expect(commits('invoke-protocol', 'france', 'czechoslovakia', council, false)).toBe(true);
      expect(commits('invoke-protocol', 'france', 'czechoslovakia', council, false, false)).toBe(council);
    }
  });

  it("shifts the distribution of endings a batch gives: Poland's transit against history's", () => {
    const options = { runs: 120, seed: 'shift', policy: 'alliance-first' } as const;
    const base = runBatch(scenario, options);
    const shifted = runBatch(scenario, { ...options, variants: ['poland-grants-transit'] });
    expect(shifted.counts).not.toEqual(base.counts);
  });
});

describe('game files with variants', () => {
  const played = simulate(scenario, {
    seed: 'file',
    policy: 'random',
    variants: ['no-purge', 'britain-firm-guarantor'],
  });
  const file = recordGame(scenario, 'file', 'france', played.turns, undefined, ['britain-firm-guarantor', 'no-purge']);

  it('record the variants, in the order of the variant list, and replay them exactly', () => {
    expect(file.variants).toEqual(['no-purge', 'britain-firm-guarantor']);
    const parsed = parseGameFile(JSON.parse(JSON.stringify(file)));
    expect(parsed.ok).toBe(true);
    const replay = replayGame(file, scenario);
    expect(replay.ok).toBe(true);
    expect(hashWorld(replay.world)).toBe(hashWorld(played.world));
  });

  it('do not replay under history: the variants are part of the game', () => {
    const { variants: _dropped, ...withoutVariants } = file;
    expect(replayGame(withoutVariants, scenario).ok).toBe(false);
  });

  it('keep them in a branch ("take over here"), which replays under them', () => {
    const branch = branchAt(file, scenario, { turn: 3, role: 'ussr' });
    expect(branch.ok).toBe(true);
    if (!branch.ok) return;
    expect(branch.value.game.getSnapshot().world.variants).toEqual(['no-purge', 'britain-firm-guarantor']);
    branch.value.game.send({ type: 'turn.end' });
    const saved = saveBranch(branch.value, scenario);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.variants).toEqual(['no-purge', 'britain-firm-guarantor']);
    expect(replayGame(saved.value, scenario).ok).toBe(true);
  });

  it('leave a game of history without the field', () => {
    const plain = simulate(scenario, { seed: 'file', policy: 'random' });
    expect('variants' in recordGame(scenario, 'file', 'france', plain.turns)).toBe(false);
  });
});

describe('withVariants', () => {
  it('switches the rules of a world from now on, and back to history without a variants field', () => {
    const start = initialWorld(scenario, 'w', 'france', true);
    const varied = withVariants(start, ['britain-firm-guarantor', 'no-purge']);
    expect(varied.variants).toEqual(['no-purge', 'britain-firm-guarantor']);
    const back = withVariants(varied, []);
    expect('variants' in back).toBe(false);
    expect(hashWorld(back)).toBe(hashWorld(start));
    expect(() => withVariants(start, ['kaiser-wins'])).toThrow(/unknown rule variant/);
  });
});
