/**
 * The headless commands as a teacher or researcher runs them: validate, sim,
 * record and replay, with good files and every kind of bad one.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../testing/cli';
import { main as record } from './recordCommand';
import { main as replay } from './replayCommand';
import { main as sim } from './simCommand';
import { main as validate } from './validateCommand';

const ROOT = join(import.meta.dirname, '../..');
const SCENARIOS = join(ROOT, 'scenarios');

const run = runCommand;

const dir = mkdtempSync(join(tmpdir(), 'hollow-pact-cli-'));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const pact = JSON.parse(readFileSync(join(SCENARIOS, 'pact-1935.json'), 'utf8'));

describe('validate', () => {
  it('passes every scenario, case and data file shipped with the game', () => {
    const files = [
      ...[
        'pact-1935',
        'rhineland-1936',
        'blum-staff-talks-1936',
        'last-chance-1937',
        'munich-1938',
        'as-it-happened',
      ].map((id) => join(SCENARIOS, `${id}.json`)),
      join(SCENARIOS, 'model/events.json'),
      join(SCENARIOS, 'law/calendar.json'),
      join(SCENARIOS, 'cases/rhineland-1936-03-07.json'),
    ];
    const { code, out, err } = run(validate, files);
    expect(err).toEqual([]);
    expect(out).toEqual([`${files.length} files valid.`]);
    expect(code).toBe(0);
  });

  it('gives one clear line per problem and exit 1: not JSON, empty, too large, wrong version', () => {
    const notJson = write('not-json.json', '{ "format": 1, ');
    const empty = write('empty.json', '');
    const big = write('big.json', `{"x": "${'y'.repeat(50_000_000)}"}`);
    const version = write('version.json', JSON.stringify({ ...pact, format: 7 }));
    const { code, err } = run(validate, [notJson, empty, big, version]);
    expect(code).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(new RegExp(`^${notJson}: not valid JSON \\(`)),
      `${empty}: the file is empty`,
      `${big}: too large (50.0 MB; at most 5 MB)`,
      `${version}: format: unknown format 7: this version of the game reads format 1`,
    ]);
  });

  it("names an unknown event or German move in a scenario's script", () => {
    const scripted = structuredClone(pact);
    scripted.script = { crises: true, events: ['no-such-event'], moves: ['vienna'], note: 'n' };
    const file = write('scripted.json', JSON.stringify(scripted));
    const { code, err } = run(validate, [file]);
    expect(code).toBe(1);
    expect(err).toContain(`${file}: script.events[0]: unknown event "no-such-event"`);
    expect(err).toContain(`${file}: script.moves[0]: unknown German move "vienna"`);
  });

  it('names the field: an unknown actor, a date outside the scenario, a bad month', () => {
    const actor = write(
      'actor.json',
      JSON.stringify({ ...pact, overrides: { actors: { prussia: { trust: 10 } }, note: 'n' } }),
    );
    const late = structuredClone(pact);
    late.historicalChoices.france.push({ month: '1934-01', actions: [], said: 'Nothing.', source: 's' });
    late.end = '1938-12';
    late.historicalChoices.france.push({ month: '1939-03', actions: [], said: 'Nothing.', source: 's' });
    const outside = write('outside.json', JSON.stringify(late));
    const { code, err } = run(validate, [actor, outside]);
    expect(code).toBe(1);
    expect(err).toContain(
      `${actor}: overrides.actors.prussia: unknown actor "prussia"; expected one of france, ussr, germany, uk, italy, poland, romania, czechoslovakia, belgium`,
    );
    expect(err).toContain(
      `${outside}: historicalChoices.france[${late.historicalChoices.france.length - 2}].month: "1934-01" is outside the game's span (1935-05 to 1939-09)`,
    );
    expect(
      err.some(
        (l) =>
          l.includes('historicalChoices.france') && l.endsWith('1939-03 is outside the scenario (1935-05 to 1938-12)'),
      ),
    ).toBe(true);
  });

  it('finds a cyclic event dependency and a malformed event date in the model data', () => {
    const events = JSON.parse(readFileSync(join(SCENARIOS, 'model/events.json'), 'utf8'));
    events.events[0].requires = [{ event: events.events[1].id }];
    events.events[1].requires = [{ event: events.events[0].id }];
    events.events[3].date = 'March';
    mkdirSync(join(dir, 'model'), { recursive: true });
    const dateFile = join(dir, 'model', 'events.json');
    writeFileSync(dateFile, JSON.stringify(events));
    const { code, err } = run(validate, [dateFile]);
    expect(code).toBe(1);
    expect(err).toEqual([`${dateFile}: events[3].date: expected a date YYYY-MM-DD or a month YYYY-MM, got "March"`]);
    events.events[3].date = '1935-06';
    writeFileSync(dateFile, JSON.stringify(events));
    const cyclic = run(validate, [dateFile]);
    expect(cyclic.err).toEqual([
      `${dateFile}: events: cyclic dependency ${events.events[0].id} → ${events.events[1].id} → ${events.events[0].id}`,
    ]);
  });

  it('refuses a broken copy of each kind of shipped data, which the engine now reads unchecked at import', () => {
    mkdirSync(join(dir, 'shipped', 'model'), { recursive: true });
    mkdirSync(join(dir, 'shipped', 'law'), { recursive: true });
    mkdirSync(join(dir, 'shipped', 'text'), { recursive: true });
    mkdirSync(join(dir, 'shipped', 'variants'), { recursive: true });
    /** The object at `path` inside `data`. */
    const at = (data: unknown, ...path: (string | number)[]): object => {
      const found = path.reduce<unknown>((value, key) => Reflect.get(value as object, key), data);
      if (typeof found !== 'object' || found === null) throw new Error(`no object at ${path.join('.')}`);
      return found;
    };
    const copy = (from: string, to: string, change: (data: object) => void) => {
      const data = JSON.parse(readFileSync(join(SCENARIOS, from), 'utf8'));
      change(data);
      const path = join(dir, 'shipped', to);
      writeFileSync(path, JSON.stringify(data));
      return path;
    };
    // A decision the engine calls, taken out of actors.json.
    const actors = copy('model/actors.json', 'model/actors.json', (data) => {
      Reflect.deleteProperty(at(data, 'actors', 'poland', 'decisions'), 'transit1939');
    });
    // An ending whose condition names a German move that does not exist.
    const endings = copy('model/endings.json', 'model/endings.json', (data) => {
      Reflect.set(at(data, 'endings', 0), 'when', { move: 'no-such-move', status: ['done'] });
    });
    // The Polish delegation without its source.
    const delegations = copy('model/delegations.json', 'model/delegations.json', (data) => {
      Reflect.deleteProperty(at(data, 'delegations', 'poland'), 'source');
    });
    const calendar = copy('law/calendar.json', 'law/calendar.json', (data) => {
      Reflect.set(at(data, 'treaties', 'locarno'), 'signed', '1925-13-01');
    });
    const log = copy('text/log.en.json', 'text/log.en.json', (data) => {
      Reflect.set(data, 'version', 2);
    });
    const variant = copy('variants/no-purge.json', 'variants/purge.json', () => {});
    const { code, err, out } = run(validate, [actors, endings, delegations, calendar, log, variant]);
    expect(code).toBe(1);
    expect(err).toEqual([
      `${actors}: actors.poland.decisions: the engine needs a decision "transit1939"`,
      `${endings}: endings[0].when: unknown German move "no-such-move"`,
      `${delegations}: delegations.poland: needs a source or an assumption`,
      `${calendar}: treaties.locarno.signed: expected a date YYYY-MM-DD`,
      `${log}: version: expected 1, got 2`,
      `${variant}: id: must be the file's name`,
    ]);
    expect(out).toEqual(['6 of 6 files invalid.']);
  });

  it('never prints a stack trace, even through npm', () => {
    const bad = write('bad-case.json', '{"id": 3}');
    const result = spawnSync('npm', ['run', '-s', 'validate', '--', bad, join(SCENARIOS, 'pact-1935.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad-case\.json: not a file the game knows/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('sim', () => {
  it('puts the dead letter first for the historical policy on as-it-happened, with counts, shares and intervals', () => {
    const { code, out, err } = run(sim, [
      '--scenario',
      'as-it-happened',
      '--runs',
      '300',
      '--policy',
      'historical',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const result = JSON.parse(out[0] ?? '{}');
    expect(result).toMatchObject({ scenario: 'as-it-happened', policy: 'historical', runs: 300, seed: 'hollow-pact' });
    const ranked = Object.entries(result.outcomes as Record<string, { count: number }>).sort(
      (a, b) => b[1].count - a[1].count,
    );
    expect(ranked[0]?.[0]).toBe('dead-letter');
    const deadLetter = result.outcomes['dead-letter'];
    expect(deadLetter.ci95[0]).toBeLessThanOrEqual(deadLetter.share);
    expect(deadLetter.ci95[1]).toBeGreaterThanOrEqual(deadLetter.share);
    expect(Object.values(result.warYear as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(300);
    expect(result.runsPerSecond).toBeGreaterThan(0);
  });

  it('prints the same result for the same arguments, apart from the timing', () => {
    const args = ['--scenario', 'pact-1935', '--runs', '200', '--policy', 'random', '--seed', 'same', '--json'];
    const strip = (line: string | undefined) => ({ ...JSON.parse(line ?? '{}'), runsPerSecond: 0 });
    expect(strip(run(sim, args).out[0])).toEqual(strip(run(sim, args).out[0]));
    const other = strip(run(sim, [...args.slice(0, 6), '--seed', 'other', '--json']).out[0]);
    expect(other).not.toEqual(strip(run(sim, args).out[0]));
  });

  it('prints a readable table, and refuses bad arguments with usage', () => {
    const table = run(sim, ['--scenario', 'munich-1938', '--runs', '50']);
    expect(table.out.join('\n')).toMatch(/ending\s+count\s+share\s+95% interval/);
    expect(table.out.join('\n')).toMatch(/Runs per second: \d+/);
    expect(run(sim, ['--scenario', 'pact-1935', '--policy', 'bold']).code).toBe(2);
    expect(run(sim, ['--runs', '10']).err[0]).toBe('sim: --scenario is required');
    expect(run(sim, ['--scenario', write('s.json', '[]')]).err[0]).toMatch(/s\.json: expected a scenario object/);
  });

  it('prints the verdict paths reached in play, by scenario and policy, with the Locarno veto among them', () => {
    const { code, out } = run(sim, ['--verdicts', '--runs', '4']);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^\| scenario \| policy \| crises \| .*locarno violation GUARANTOR_OPPOSED/);
    expect(out.filter((l) => l.startsWith('| pact-1935 | '))).toHaveLength(3);
    expect(out.some((l) => l.startsWith('| **all** |'))).toBe(true);
    expect(run(sim, ['--verdicts', '--scenario', 'pact-1935']).code).toBe(2);
  });
});

describe('sim --games', () => {
  const MONTH = /^\d{4}-\d{2}$/;
  const FIELDS = [
    'seed',
    'ending',
    'endMonth',
    'conventionSigned',
    'conventionInForce',
    'sovietGermanDeal',
    'tripleAlliance',
    'war',
    'moves',
    'transit',
    'crises',
  ];
  const STATUSES = ['pending', 'done', 'met', 'deterred', 'cancelled'];

  it('writes one JSON record per game with the documented fields, months as YYYY-MM', () => {
    const file = join(dir, 'games.jsonl');
    writeFileSync(file, 'old content that must go\n');
    const args = ['--scenario', 'pact-1935', '--runs', '40', '--policy', 'random', '--games', file, '--json'];
    const { code, out } = run(sim, args);
    expect(code).toBe(0);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(40);
    const records = lines.map((line) => JSON.parse(line));
    const counts: Record<string, number> = {};
    records.forEach((r, i) => {
      expect(Object.keys(r)).toEqual(FIELDS);
      expect(r.seed).toBe(`hollow-pact#${i}`);
      expect(r.endMonth).toMatch(MONTH);
      for (const key of ['conventionSigned', 'conventionInForce', 'sovietGermanDeal', 'tripleAlliance']) {
        if (r[key] !== null) expect(r[key]).toMatch(MONTH);
      }
      if (r.war !== null) {
        expect(Object.keys(r.war)).toEqual(['month', 'allies']);
        expect(r.war.month).toMatch(MONTH);
        for (const ally of r.war.allies)
          expect(['france', 'uk', 'ussr', 'poland', 'czechoslovakia', 'belgium']).toContain(ally);
      }
      expect(Object.keys(r.moves)).toEqual(['rhineland', 'anschluss', 'sudetenland', 'prague', 'poland']);
      for (const status of Object.values(r.moves)) expect(STATUSES).toContain(status);
      expect(['refused', 'wavering', 'granted']).toContain(r.transit.poland);
      expect(['refused', 'wavering', 'granted']).toContain(r.transit.romania);
      expect(Array.isArray(r.crises)).toBe(true);
      for (const c of r.crises) {
        expect(Object.keys(c)).toEqual(['move', 'month', 'answer', 'verdicts', 'hollow']);
        expect(c.month).toMatch(MONTH);
        expect(Object.keys(c.verdicts)).toEqual(['franco-soviet', 'czechoslovak-soviet', 'locarno']);
        for (const v of Object.values(c.verdicts) as { outcome: string; reason: string | null }[]) {
          expect(v.reason === null || /^[A-Z_]+$/.test(v.reason)).toBe(true);
        }
      }
      counts[r.ending] = (counts[r.ending] ?? 0) + 1;
    });
    const summary = JSON.parse(out[0] ?? '{}');
    for (const [id, n] of Object.entries(counts)) expect(summary.outcomes[id].count).toBe(n);
  });

  it('records a crisis with the verdicts the rules give for the answers actually made', () => {
    const file = join(dir, 'history.jsonl');
    run(sim, ['--scenario', 'as-it-happened', '--runs', '5', '--games', file]);
    const records = readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const record of records) {
      // France mobilised partially and stood aside over the Sudetenland, as in 1938: the verdicts are
      // those of that answer (a mobilisation is no French help, so no Soviet duty), not of the answer
      // assumed when the crisis opened.
      const sudeten = record.crises.find((c: { move: string }) => c.move === 'sudetenland');
      expect(sudeten.answer).toBe('mobilise');
      expect(sudeten.verdicts['czechoslovak-soviet']).toEqual({
        outcome: 'not-applicable',
        reason: 'NO_FRENCH_ASSISTANCE',
        obstacles: [],
      });
      expect(sudeten.verdicts.locarno).toEqual({ outcome: 'not-engaged', reason: 'NO_FRENCH_ACTION' });
      expect(sudeten.hollow).toEqual([]);
    }
    const war = records.find((r) => r.ending === 'dead-letter');
    expect(war.war).toEqual({ month: '1939-09', allies: expect.arrayContaining(['france', 'uk', 'poland']) });
    expect(war.sovietGermanDeal).toBe('1939-08');
  });

  it('writes a CSV with a header and one row per game, replacing an existing file', () => {
    const file = join(dir, 'games.csv');
    writeFileSync(file, 'stale\nstale\nstale\nstale\nstale\nstale\nstale\nstale\n');
    expect(run(sim, ['--scenario', 'munich-1938', '--runs', '3', '--games', file]).code).toBe(0);
    const rows = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(rows).toHaveLength(4);
    expect(rows[0]?.split(',').slice(0, 9)).toEqual([
      'seed',
      'ending',
      'endMonth',
      'conventionSigned',
      'conventionInForce',
      'sovietGermanDeal',
      'tripleAlliance',
      'warMonth',
      'warAllies',
    ]);
    expect(rows[1]).toMatch(/^hollow-pact#0,[a-z0-9-]+,\d{4}-\d{2},/);
  });

  it('refuses a directory, a missing folder or another extension in one line, exit 2, and plays nothing', () => {
    const folder = join(dir, 'out.csv');
    mkdirSync(folder, { recursive: true });
    const asDirectory = run(sim, ['--scenario', 'munich-1938', '--runs', '3', '--games', folder]);
    expect(asDirectory.code).toBe(2);
    expect(asDirectory.err).toEqual([`sim: --games: ${folder} is a directory`]);
    expect(asDirectory.out).toEqual([]);
    const missing = join(dir, 'no-such-folder', 'games.jsonl');
    const inMissing = run(sim, ['--scenario', 'munich-1938', '--runs', '3', '--games', missing]);
    expect(inMissing.code).toBe(2);
    expect(inMissing.err).toEqual([`sim: --games: ${missing}: no such folder`]);
    const wrong = run(sim, ['--scenario', 'munich-1938', '--games', join(dir, 'games.txt')]);
    expect(wrong.code).toBe(2);
    expect(wrong.err[0]).toBe('sim: --games must name a .jsonl or .csv file');
  });
});

describe('record and replay', () => {
  const game = join(dir, 'game.json');

  it('round-trips a recorded game: same ending, final month and hash', () => {
    expect(run(record, ['--scenario', 'as-it-happened', '--seed', 'class-3b', '--out', game]).code).toBe(0);
    const { code, out } = run(replay, [game, '--json']);
    expect(code).toBe(0);
    const summary = JSON.parse(out[0] ?? '{}');
    const file = JSON.parse(readFileSync(game, 'utf8'));
    expect(summary).toMatchObject({ ok: true, scenario: 'as-it-happened', month: '1939-09', scenarioChanged: false });
    expect(summary.hash).toBe(file.checkpoints.at(-1).hash);
    expect(file.checkpoints.at(-1).final).toBe(true);
    expect(run(validate, [game]).code).toBe(0);
  });

  it('exits 3 at the first checkpoint where the hashes diverge, naming its game turn and month', () => {
    const file = JSON.parse(readFileSync(game, 'utf8'));
    const turn = file.turns.findIndex((t: { month: string }) => t.month === '1936-09');
    file.turns[turn].actions = [];
    const tampered = write('tampered.json', JSON.stringify(file));
    const { code, err } = run(replay, [tampered]);
    expect(code).toBe(3);
    const checkpoint = file.checkpoints.find((c: { index: number }) => c.index >= turn);
    const record = file.turns[checkpoint.index];
    expect(err.at(-1)).toContain(`diverges at game turn ${record.turn}, `);
    expect(err.at(-1)).toContain(`(turns[${checkpoint.index}] in the file)`);
  });

  it('refuses, exit 4, a game whose scenario has changed since it was recorded, unless told to proceed', () => {
    const changed = structuredClone(JSON.parse(readFileSync(join(SCENARIOS, 'as-it-happened.json'), 'utf8')));
    // History's first choice for France dropped: the scenario plays otherwise (a note added would not count).
    changed.historicalChoices.france.shift();
    const scenario = write('as-it-happened-changed.json', JSON.stringify(changed));
    const refused = run(replay, [game, '--scenario', scenario]);
    expect(refused.err).toHaveLength(1);
    expect(refused.err[0]).toMatch(
      new RegExp(
        `^${game}: the scenario "as-it-happened" has changed since this game was recorded .*--proceed-on-changed-scenario`,
      ),
    );
    expect(refused.out).toEqual([]);
    expect(refused.code).toBe(4);
    const proceeded = run(replay, [game, '--scenario', scenario, '--proceed-on-changed-scenario']);
    expect(proceeded.err[0]).toBe(
      `${game}: the scenario "as-it-happened" has changed since this game was recorded; replaying anyway, it may not reproduce the game.`,
    );
    expect(proceeded.code).toBe(0);
  });

  it('refuses a malformed game file with its problems, exit 2', () => {
    const bad = write('bad-game.json', JSON.stringify({ game: 'hollow-pact', format: 1, seed: 4 }));
    const { code, err } = run(replay, [bad]);
    expect(code).toBe(2);
    expect(err).toContain(`${bad}: seed: expected string, got 4`);
  });
});

describe('bench', () => {
  it('prints games per second for each policy, the ratio to the aim, and ms per legal verdict', () => {
    const result = spawnSync('npm', ['run', '-s', 'bench'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, BENCH_QUICK: '1' },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Node v\d+/);
    expect(result.stdout).toMatch(/random\s+\d+ games\/s/);
    // Beside the process's CPU figure, the main thread's own and the share off it (or why it is absent).
    expect(result.stdout).toMatch(
      /random\s+\d+ games\/s.*main thread\s+\d+ games\/s\s+off main\s+\d+%|schedstat is absent/,
    );
    expect(result.stdout).toMatch(/vs the aim of 5000\/s: \d+\.\d\d×/);
    expect(result.stdout).toMatch(/Legal verdicts .*: \d+\.\d+ ms each/);
  });
});
