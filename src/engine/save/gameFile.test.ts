import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampled } from '../../testing/sample';
import { loadScenario, scenarioIds } from '../../testing/scenarios';
import { createGame, hashWorld, simulate } from '../game';
import { parseScenario } from '../scenario/loadScenario';
import { ENGINE_VERSION } from '../version';
import { CHECKPOINT_EVERY, parseGameFile, parseGameFileText, recordGame, replayGame, scenarioHash } from './gameFile';

const scenario = loadScenario('pact-1935');
const played = simulate(scenario, { seed: 'file', policy: 'alliance-first' });
const recorded = recordGame(scenario, 'file', 'france', played.turns);

describe('game files', () => {
  it('record the scenario, seed, role, every turn, and a hash every few turns and at the end', () => {
    expect(recorded).toMatchObject({
      game: 'hollow-pact',
      format: 1,
      engine: ENGINE_VERSION,
      seed: 'file',
      role: 'france',
    });
    expect(recorded.scenario.id).toBe('pact-1935');
    expect(recorded.turns).toHaveLength(played.turns.length);
    const indexes = recorded.checkpoints.map((c) => c.index);
    expect(indexes.slice(0, 3)).toEqual([CHECKPOINT_EVERY - 1, 2 * CHECKPOINT_EVERY - 1, 3 * CHECKPOINT_EVERY - 1]);
    expect(recorded.checkpoints.at(-1)).toEqual({
      index: played.turns.length - 1,
      hash: hashWorld(played.world),
      final: true,
    });
  });

  it('replay to the same world, and survive a trip through JSON text', () => {
    const text = JSON.stringify(recorded);
    const parsed = parseGameFileText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = replayGame(parsed.value, scenario);
    expect(result.ok).toBe(true);
    expect(hashWorld(result.world)).toBe(hashWorld(played.world));
  });

  it('hash the world state only: who sent an action is not part of it', () => {
    const game = createGame(scenario, { seed: 'source' });
    game.send({ type: 'convention.open' }, 'replay');
    game.send({ type: 'turn.end' }, 'engine');
    const other = createGame(scenario, { seed: 'source' });
    other.send({ type: 'convention.open' }, 'player');
    other.send({ type: 'turn.end' }, 'player');
    expect(hashWorld(game.getSnapshot().world)).toBe(hashWorld(other.getSnapshot().world));
    expect(game.getLog().map((r) => r.source)).toEqual(['replay', 'engine']);
  });

  it('refuse a wrong version or a foreign file with one clear problem', () => {
    expect(parseGameFile({ ...recorded, format: 9 })).toEqual({
      ok: false,
      problems: [{ path: 'format', message: 'unknown format 9: this version of the game reads formats 1, 2 and 3' }],
    });
    expect(parseGameFile([1, 2])).toEqual({ ok: false, problems: [{ path: '', message: 'expected a game object' }] });
  });

  it('name the first diverging checkpoint when a recorded hash does not match', () => {
    const broken = structuredClone(recorded);
    const second = broken.checkpoints[1];
    if (second === undefined) throw new Error('too short a game');
    second.hash = '0000000000000000';
    const result = replayGame(broken, scenario);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.divergence).toMatchObject({ index: second.index, expected: '0000000000000000' });
  });
});

describe('robustness of the loaders', () => {
  const scenarioData = JSON.parse(readFileSync(join(import.meta.dirname, '../../../scenarios/pact-1935.json'), 'utf8'));

  /** A copy of `base` with one field, at any depth, replaced by an arbitrary JSON value. */
  const mutated = (base: unknown) =>
    fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.jsonValue()).map(([choices, value]) => {
      const copy = structuredClone(base) as Record<string, unknown>;
      let node: unknown = copy;
      for (const [depth, choice] of choices.entries()) {
        if (node === null || typeof node !== 'object') break;
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        const key = keys[choice % keys.length] as string;
        if (depth === choices.length - 1) (node as Record<string, unknown>)[key] = value;
        else node = (node as Record<string, unknown>)[key];
      }
      return copy;
    });

  it('never throw on random or mutated scenario files: a valid scenario or clear problems', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutated(scenarioData)), (data) => {
        const parsed = parseScenario(data);
        if (!parsed.ok) {
          expect(parsed.problems.length).toBeGreaterThan(0);
          for (const p of parsed.problems) expect(p.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: sampled(500) },
    );
  });

  it('never throw on random or mutated game files, nor on replaying any file that validates', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutated(recorded), fc.string()), (data) => {
        const parsed = typeof data === 'string' ? parseGameFileText(data) : parseGameFile(data);
        if (parsed.ok) {
          const result = replayGame(parsed.value, scenario);
          expect(result.world.scenario).toBe('pact-1935');
        } else {
          expect(parsed.problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: sampled(300) },
    );
  });

  it('leave a game as it was when a malformed game file fails to load', () => {
    const game = createGame(scenario, { seed: 'keep' });
    game.send({ type: 'convention.open' });
    game.send({ type: 'turn.end' });
    const before = hashWorld(game.getSnapshot().world);
    for (const text of [
      '',
      '{',
      '{"game":"hollow-pact","format":1}',
      JSON.stringify({ ...recorded, role: 'germany' }),
    ]) {
      expect(parseGameFileText(text).ok).toBe(false);
      expect(hashWorld(game.getSnapshot().world)).toBe(before);
    }
  });

  it('treats text in scenario files as data: markup and template syntax change nothing', () => {
    const hostile = {
      ...scenarioData,
      title: '<script>alert(1)</script> {{7*7}} $' + '{process.exit(1)}',
      summary: '<img src=x onerror="alert(2)">',
      teacherNotes: ['{{constructor.constructor("return this")()}}'],
    };
    const parsed = parseScenario(hostile);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.title).toBe(hostile.title);
    const a = simulate(parsed.value, { seed: 'text', policy: 'historical' });
    const b = simulate(scenario, { seed: 'text', policy: 'historical' });
    expect(a.ending).toBe(b.ending);
    expect(a.world.levels).toEqual(b.world.levels);
  });
});

describe('the scenarios', () => {
  it('include the six the design asks for, and every one validates', () => {
    expect(scenarioIds()).toEqual(
      expect.arrayContaining([
        'pact-1935',
        'rhineland-1936',
        'blum-staff-talks-1936',
        'last-chance-1937',
        'munich-1938',
        'as-it-happened',
      ]),
    );
    for (const id of scenarioIds()) expect(() => loadScenario(id), id).not.toThrow();
  });

  it('carry their sources, teacher notes and questions, and say why they differ from history', () => {
    for (const id of scenarioIds()) {
      const s = loadScenario(id);
      expect(s.sources.length, id).toBeGreaterThan(0);
      for (const source of s.sources) expect(source, id).toMatch(/\.md|what-if|assumption/);
      expect(s.teacherNotes.length, id).toBeGreaterThan(0);
      expect(s.questions.length, id).toBeGreaterThan(0);
      if (s.overrides !== undefined) expect(s.overrides.note, id).toMatch(/\S/);
      for (const choice of [...s.historicalChoices.france, ...s.historicalChoices.ussr])
        expect(choice.source, id).toMatch(/\.md/);
    }
  });

  it('script every historical choice in as-it-happened, and keep the engine version in step with package.json', () => {
    const s = loadScenario('as-it-happened');
    expect(s.start).toBe('1935-05');
    expect(s.end).toBe('1939-09');
    expect(Object.keys(s.historicalChoices.crises.france).sort()).toEqual([
      'anschluss',
      'poland',
      'prague',
      'rhineland',
      'sudetenland',
    ]);
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8'));
    expect(ENGINE_VERSION).toBe(pkg.version);
  });
});

/**
 * Games recorded with this engine version, kept in `golden/`. Each must still
 * replay to every recorded hash: a change to the engine or the data that plays
 * the same orders differently breaks saved games and shared replays. If the
 * change is meant, raise ENGINE_VERSION (and package.json's version) and
 * record these again with `npm run -s record` (see the README).
 */
describe('recorded games', () => {
  const dir = join(import.meta.dirname, 'golden');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('are kept for several scenarios, policies and both roles', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  for (const name of files) {
    it(`${name} replays to every recorded hash with engine ${ENGINE_VERSION}`, () => {
      const parsed = parseGameFileText(readFileSync(join(dir, name), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
      const file = parsed.value;
      expect(file.engine, 'recorded with another engine version: record it again').toBe(ENGINE_VERSION);
      const result = replayGame(file, loadScenario(file.scenario.id));
      expect(result.scenarioChanged, 'the scenario changed since this game was recorded').toBe(false);
      expect(result.ok ? null : result.divergence, 'the engine plays these orders differently now').toBeNull();
    });
  }
});

describe('the scenario hash: what a game plays, not its prose', () => {
  const withOverrides = loadScenario('munich-1938');
  const scripted = loadScenario('as-it-happened');
  const [firstChoice, ...otherChoices] = withOverrides.historicalChoices.france;
  if (firstChoice === undefined || withOverrides.overrides === undefined || scripted.script === undefined)
    throw new Error('munich-1938 has overrides and a French choice; as-it-happened has a script');
  const overrides = withOverrides.overrides;
  const script = scripted.script;
  const choices = (france: typeof otherChoices) => ({ ...withOverrides.historicalChoices, france });

  it.each([
    ['the title', { ...withOverrides, title: 'Another title' }],
    ['the summary', { ...withOverrides, summary: 'A corrected summary.' }],
    ['a teacher note', { ...withOverrides, teacherNotes: ['A corrected note.'] }],
    ['a question', { ...withOverrides, questions: ['Another question?'] }],
    ['the sources', { ...withOverrides, sources: ['Another source'] }],
    ['the overrides’ note', { ...withOverrides, overrides: { ...overrides, note: 'Another note' } }],
    [
      'a historical choice’s source',
      { ...withOverrides, historicalChoices: choices([{ ...firstChoice, source: 'Another row' }, ...otherChoices]) },
    ],
    [
      'a historical choice’s words',
      { ...withOverrides, historicalChoices: choices([{ ...firstChoice, said: 'Said otherwise.' }, ...otherChoices]) },
    ],
  ])('is the same with another %s (a corrected text refuses no link)', (_what, changed) => {
    expect(scenarioHash(changed)).toBe(scenarioHash(withOverrides));
  });

  it('is the same with another note beside the script', () => {
    expect(scenarioHash({ ...scripted, script: { ...script, note: 'Another note' } })).toBe(scenarioHash(scripted));
  });

  it.each([
    ['the start', { ...withOverrides, start: '1938-08' }],
    ['the end', { ...withOverrides, end: '1939-08' }],
    [
      'a level at the start',
      { ...withOverrides, overrides: { ...overrides, levels: { ...overrides.levels, tension: 1 } } },
    ],
    [
      'a historical choice’s month',
      { ...withOverrides, historicalChoices: choices([{ ...firstChoice, month: '1939-04' }, ...otherChoices]) },
    ],
    [
      'a historical choice’s orders',
      { ...withOverrides, historicalChoices: choices([{ ...firstChoice, actions: [] }, ...otherChoices]) },
    ],
    [
      'a crisis answer',
      { ...withOverrides, historicalChoices: { ...withOverrides.historicalChoices, crises: { france: {}, ussr: {} } } },
    ],
    ['the events switched off', { ...withOverrides, disabledEvents: ['tukhachevsky-arrested'] }],
  ])('changes with %s', (_what, changed) => {
    expect(scenarioHash(changed)).not.toBe(scenarioHash(withOverrides));
  });

  it('changes with the script’s events', () => {
    expect(scenarioHash({ ...scripted, script: { ...script, events: [] } })).not.toBe(scenarioHash(scripted));
  });
});
