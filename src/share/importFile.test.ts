import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as record } from '../cli/recordCommand';
import { formatMonth, recordGame, simulate } from '../engine';
import { loadScenario, scenarioIds } from '../testing/scenarios';
import { gameFileText, MAX_FILE_BYTES, readGameFile, readGameText } from './importFile';

const SCENARIOS = new Map(scenarioIds().map((id) => [id, loadScenario(id)]));
const lookup = (id: string) => SCENARIOS.get(id);
const scenario = loadScenario('pact-1935');
const game = recordGame(scenario, 'import', 'france', simulate(scenario, { seed: 'import', policy: 'random' }).turns);
const MARKUP = '<img src=x onerror=alert(1)>';

describe('reading a game file', () => {
  it('opens an exported file to the same final hash', async () => {
    const result = await readGameFile(new Blob([gameFileText(game)]), lookup);
    expect(result).toMatchObject({ ok: true, file: game, finalHash: game.checkpoints.at(-1)?.hash, note: null });
  });

  it('opens the golden games and a file the command line’s record wrote', () => {
    const golden = join(import.meta.dirname, '../engine/save/golden');
    for (const name of readdirSync(golden)) {
      expect(readGameText(readFileSync(join(golden, name), 'utf8'), lookup).ok, name).toBe(true);
    }
    const dir = mkdtempSync(join(tmpdir(), 'hollow-pact-import-'));
    try {
      const out = join(dir, 'recorded.json');
      const scenarioFile = join(import.meta.dirname, '../../scenarios/rhineland-1936.json');
      const args = ['--scenario', scenarioFile, '--out', out, '--seed', 'cli', '--policy', 'random', '--role', 'ussr'];
      expect(
        record(
          args,
          () => {},
          () => {},
        ),
      ).toBe(0);
      const result = readGameText(readFileSync(out, 'utf8'), lookup);
      expect(result).toMatchObject({ ok: true, file: { seed: 'cli', role: 'ussr' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks the size before reading the file', async () => {
    let read = false;
    class Watched extends Blob {
      override text(): Promise<string> {
        read = true;
        return super.text();
      }
    }
    const result = await readGameFile(new Watched(['x'.repeat(MAX_FILE_BYTES + 1)]), lookup);
    expect(result).toMatchObject({ ok: false, kind: 'too-big' });
    expect(read).toBe(false);
    expect(readGameText(' '.repeat(MAX_FILE_BYTES + 1), lookup)).toMatchObject({ ok: false, kind: 'too-big' });
  });

  it('refuses each kind of bad file with one clear message', () => {
    const cases: [string, string, RegExp][] = [
      ['', 'empty', /^This file is empty\.$/],
      ['{"game": "hollow-pact", ', 'not-json', /^This file is not JSON, so not a game file: .+\.$/],
      ['[1, 2, 3]', 'not-a-game', /not a Hollow Pact game file/],
      [
        JSON.stringify({ ...game, role: 'germany' }),
        'invalid',
        /^This game file cannot be opened: role: expected one of france, ussr, got "germany"\.$/,
      ],
      [
        JSON.stringify({ ...game, turns: [] }),
        'invalid',
        /turns: a game file holds at least one turn \(and [0-9]+ more problems\)/,
      ],
      [JSON.stringify({ ...game, scenario: { ...game.scenario, id: 'atlantis' } }), 'scenario', /"atlantis"/],
    ];
    for (const [text, kind, message] of cases) {
      const result = readGameText(text, lookup);
      expect(result, kind).toMatchObject({ ok: false, kind });
      if (!result.ok) expect(result.message).toMatch(message);
    }
  });

  it('refuses a file whose hashes do not replay, naming the month', () => {
    const tampered = structuredClone(game);
    const second = tampered.checkpoints[1];
    if (second === undefined) throw new Error('too short a game');
    second.hash = '0123456789abcdef';
    const result = readGameText(JSON.stringify(tampered), lookup);
    expect(result).toMatchObject({ ok: false, kind: 'replay' });
    const month = game.turns[second.index]?.month ?? '';
    if (!result.ok) expect(result.message).toContain(formatMonth(month));
  });

  it('opens a file from another engine version that still replays, and says so', () => {
    const result = readGameText(JSON.stringify({ ...game, engine: '0.1.9' }), lookup);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.note).toMatch(/made with Hollow Pact 0\.1\.9/);
  });

  it('keeps markup in a file as text in its message, and opens a valid game whose seed is markup', () => {
    const refused = readGameText(JSON.stringify({ ...game, role: MARKUP }), lookup);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toContain(`got "${MARKUP}"`);
    const marked = recordGame(
      scenario,
      MARKUP,
      'france',
      simulate(scenario, { seed: MARKUP, policy: 'historical' }).turns,
    );
    const opened = readGameText(gameFileText(marked), lookup);
    expect(opened).toMatchObject({ ok: true, file: { seed: MARKUP } });
  });
});
