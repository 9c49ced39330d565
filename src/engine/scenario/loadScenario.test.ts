/**
 * Reading a scenario file: what is refused before the schema (not an object, no
 * format or an unknown one), what the schema's month checks accept at their
 * bounds, and what a valid-looking scenario may not refer to (events and German
 * moves the model does not have). Each refusal names its path and says why; each
 * acceptance at a bound would fail if the bound moved by one month.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../validation';
import { parseScenario, parseScenarioText } from './loadScenario';
import { GAME_SPAN, SCENARIO_FORMAT } from './schema';

const ROOT = join(import.meta.dirname, '../../..');
const text = (id: string) => readFileSync(join(ROOT, 'scenarios', `${id}.json`), 'utf8');
type Data = Record<string, unknown> & { historicalChoices: Record<string, unknown>; script?: Record<string, unknown> };
const fresh = (id = 'pact-1935'): Data => JSON.parse(text(id));

function problems(data: unknown): readonly Problem[] {
  const parsed = parseScenario(data);
  return parsed.ok ? [] : parsed.problems;
}

function edited(edit: (s: Data) => void, id = 'pact-1935'): readonly Problem[] {
  const data = fresh(id);
  edit(data);
  return problems(data);
}

/** A French historical choice in `month`, in a scenario from `start` to `end`. */
function choiceIn(month: string, start: string, end: string): readonly Problem[] {
  return edited((s) => {
    s.start = start;
    s.end = end;
    s.historicalChoices = {
      ...s.historicalChoices,
      france: [{ month, actions: [{ type: 'pass' }], said: 'Nothing.', source: 'timeline.md' }],
      ussr: [],
    };
  });
}

describe('a scenario file before its schema', () => {
  it('is refused when it is not an object, with one problem at the top', () => {
    for (const data of [null, [], 'pact-1935', 7]) {
      expect(problems(data)).toEqual([{ path: '', message: 'expected a scenario object' }]);
    }
  });

  it('is refused without a format number, saying which format this game reads', () => {
    for (const format of [undefined, '1', null]) {
      expect(edited((s) => (s.format = format))).toEqual([
        { path: 'format', message: `expected a format number (current: ${SCENARIO_FORMAT})` },
      ]);
    }
  });

  it('is refused in a format this game does not read, naming both', () => {
    expect(edited((s) => (s.format = SCENARIO_FORMAT + 1))).toEqual([
      {
        path: 'format',
        message: `unknown format ${SCENARIO_FORMAT + 1}: this version of the game reads format ${SCENARIO_FORMAT}`,
      },
    ]);
  });

  it('reads the shipped scenario from its text, and refuses text that is not JSON', () => {
    const read = parseScenarioText(text('pact-1935'));
    expect(read.ok && read.value.start).toBe(GAME_SPAN.first);
    expect(parseScenarioText('{ "format": 1,').ok).toBe(false);
  });
});

describe("a scenario's months at their bounds", () => {
  it('accepts a historical choice in its first and in its last month', () => {
    expect(choiceIn('1936-01', '1936-01', '1936-06')).toEqual([]);
    expect(choiceIn('1936-06', '1936-01', '1936-06')).toEqual([]);
  });

  it('refuses a historical choice one month before its start', () => {
    expect(choiceIn('1935-12', '1936-01', '1936-06')).toEqual([
      { path: 'historicalChoices.france[0].month', message: '1935-12 is outside the scenario (1936-01 to 1936-06)' },
    ]);
  });

  it("judges choices against a scenario ending on the game's last month", () => {
    expect(choiceIn('1935-05', '1935-06', GAME_SPAN.last)).toEqual([
      {
        path: 'historicalChoices.france[0].month',
        message: `1935-05 is outside the scenario (1935-06 to ${GAME_SPAN.last})`,
      },
    ]);
  });

  it("judges choices against a scenario starting on the game's first month", () => {
    expect(choiceIn('1936-07', GAME_SPAN.first, '1936-06')).toEqual([
      {
        path: 'historicalChoices.france[0].month',
        message: `1936-07 is outside the scenario (${GAME_SPAN.first} to 1936-06)`,
      },
    ]);
  });

  it('accepts a scenario one month long', () => {
    expect(choiceIn('1936-01', '1936-01', '1936-02')).toEqual([]);
  });

  it('accepts Czechoslovakia in a scenario starting in its last month of decisions', () => {
    expect(
      edited((s) => {
        s.start = '1939-03';
        s.historicalChoices = { ...s.historicalChoices, france: [], ussr: [] };
        s.roles = ['france', 'ussr', 'czechoslovakia'];
      }),
    ).toEqual([]);
  });

  it('accepts a scenario offering one side only, France or the USSR', () => {
    expect(edited((s) => (s.roles = ['ussr']))).toEqual([]);
    expect(edited((s) => (s.roles = ['france']))).toEqual([]);
  });

  it("refuses months outside the game's span once each, comparing nothing else with them", () => {
    const outside = (m: string) => `"${m}" is outside the game's span (${GAME_SPAN.first} to ${GAME_SPAN.last})`;
    // Before the span: neither "must come after the start" nor the historical choices judged against them.
    expect(
      edited((s) => {
        s.start = '1935-04';
        s.end = '1935-04';
      }),
    ).toEqual([
      { path: 'start', message: outside('1935-04') },
      { path: 'end', message: outside('1935-04') },
    ]);
    // A start after the span, before a valid end: the start's problem alone.
    expect(
      edited((s) => {
        s.start = '1939-10';
        s.end = GAME_SPAN.last;
        s.roles = ['france', 'ussr'];
      }),
    ).toEqual([{ path: 'start', message: outside('1939-10') }]);
  });

  it('accepts a further delegation beside France and the USSR whatever their order', () => {
    expect(edited((s) => (s.roles = ['ussr', 'poland', 'france']))).toEqual([]);
  });
});

describe("what a scenario refers to in the model's data", () => {
  it('refuses an unknown disabled event, naming its place', () => {
    expect(edited((s) => (s.disabledEvents = ['british-guarantee', 'no-such-event']))).toEqual([
      { path: 'disabledEvents[1]', message: 'unknown event "no-such-event"' },
    ]);
  });

  it("refuses an unknown scripted event and German move, naming each one's place", () => {
    expect(
      edited((s) => {
        const script = s.script ?? {};
        s.script = { ...script, events: ['molotov-ribbentrop', 'no-such-event'], moves: ['no-such-move', 'rhineland'] };
      }, 'as-it-happened'),
    ).toEqual([
      { path: 'script.events[1]', message: 'unknown event "no-such-event"' },
      { path: 'script.moves[0]', message: 'unknown German move "no-such-move"' },
    ]);
  });

  it("refuses an answer to an unknown German move in either side's historical crisis answers", () => {
    expect(
      edited((s) => {
        const crises = s.historicalChoices.crises as Record<string, Record<string, string>>;
        s.historicalChoices = {
          ...s.historicalChoices,
          crises: {
            france: { ...crises.france, danzig: 'mobilise' },
            ussr: { ...crises.ussr, memel: 'stand-aside' },
          },
        };
      }),
    ).toEqual([
      { path: 'historicalChoices.crises.france.danzig', message: 'unknown German move "danzig"' },
      { path: 'historicalChoices.crises.ussr.memel', message: 'unknown German move "memel"' },
    ]);
  });

  it('gives back the scenario itself when everything it refers to exists', () => {
    const parsed = parseScenario(fresh('as-it-happened'));
    expect(parsed.ok && parsed.value.script?.moves).toEqual([
      'rhineland',
      'anschluss',
      'sudetenland',
      'prague',
      'poland',
    ]);
  });
});
