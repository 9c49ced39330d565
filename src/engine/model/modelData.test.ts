/**
 * The world model's data carries its sources: every event, actor stance and
 * weight has a source from ../shared/history or is marked as the model's
 * assumption. The schemas enforce it; these tests show they do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTORS, CONVENTION, EVENTS, GOVERNMENTS, MODEL, MODEL_SCHEMAS, MOVES, referenceProblems } from './modelData';

const DIR = join(import.meta.dirname, '../../../scenarios/model');
const read = (file: string): unknown => JSON.parse(readFileSync(join(DIR, file), 'utf8'));

/** Every object in `value` that holds a number of the model (a weight, a value, a level) or is an event, with its path. */
function sourcedObjects(value: unknown, path = ''): { path: string; object: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => sourcedObjects(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const numeric = ['weight', 'value', 'start', 'conventionSupport', 'grantedAt'].some(
    (k) => typeof object[k] === 'number',
  );
  const own = numeric || Array.isArray(object.values) || 'effects' in object ? [{ path, object }] : [];
  return [...own, ...Object.entries(object).flatMap(([k, v]) => sourcedObjects(v, path === '' ? k : `${path}.${k}`))];
}

describe('the model data in scenarios/model', () => {
  it('passes its schemas, file by file', () => {
    for (const [file, schema] of Object.entries(MODEL_SCHEMAS)) {
      const result = schema.safeParse(read(file));
      expect(result.success, `${file}: ${JSON.stringify(result.error?.issues[0])}`).toBe(true);
    }
  });

  it('gives every weight, starting level and event a source or an assumption', () => {
    const files = ['actors.json', 'model.json', 'events.json', 'moves.json', 'convention.json', 'governments.json'];
    let checked = 0;
    for (const file of files) {
      for (const { path, object } of sourcedObjects(read(file))) {
        // A number inside an object that itself carries the provenance (e.g. a level's `start`) is covered by it.
        const covered = typeof object.source === 'string' || typeof object.assumption === 'string';
        expect(covered, `${file}: ${path}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('refuses a weight, an event or a stance that loses its source', () => {
    const actors = read('actors.json') as {
      actors: {
        france: { decisions: { staffTalks: { terms: Record<string, unknown>[] } }; start: Record<string, unknown> };
      };
    };
    const term = actors.actors.france.decisions.staffTalks.terms[0];
    if (term === undefined) throw new Error('no term');
    delete term.source;
    delete term.assumption;
    expect(MODEL_SCHEMAS['actors.json'].safeParse(actors).success).toBe(false);

    const stance = read('actors.json') as typeof actors;
    delete stance.actors.france.start.source;
    delete stance.actors.france.start.assumption;
    expect(MODEL_SCHEMAS['actors.json'].safeParse(stance).success).toBe(false);

    const events = read('events.json') as { events: Record<string, unknown>[] };
    const first = events.events[0];
    if (first === undefined) throw new Error('no event');
    delete first.source;
    delete first.assumption;
    expect(MODEL_SCHEMAS['events.json'].safeParse(events).success).toBe(false);
  });

  it('resolves every reference, and would name an unknown event or a cycle', () => {
    const data = { model: MODEL, events: EVENTS, moves: MOVES, governments: GOVERNMENTS };
    expect(referenceProblems(data)).toEqual([]);
    const [a, b] = [EVENTS[0], EVENTS[1]];
    if (a === undefined || b === undefined) throw new Error('too few events');
    const cyclic = [{ ...a, requires: [{ event: b.id }] }, { ...b, requires: [{ event: a.id }] }, ...EVENTS.slice(2)];
    expect(referenceProblems({ ...data, events: cyclic })).toEqual([
      `events: cyclic dependency ${a.id} → ${b.id} → ${a.id}`,
    ]);
    const unknown = [{ ...a, requires: [{ event: 'no-such-event' }] }, ...EVENTS.slice(1)];
    expect(referenceProblems({ ...data, events: unknown })).toEqual([
      'events[0].requires: unknown event "no-such-event"',
    ]);
    const during = [{ ...a, during: 'no-such-move' }, ...EVENTS.slice(1)];
    expect(referenceProblems({ ...data, events: during })).toEqual([
      'events[0].during: unknown German move "no-such-move"',
    ]);
  });

  it('ends Britain’s protest at the convention before Britain itself talks with Moscow (April 1939)', () => {
    const protest = EVENTS.find((e) => e.id === 'british-protest');
    const talks = EVENTS.find((e) => e.id === 'triple-alliance-talks');
    expect(protest?.until).toBeDefined();
    expect(talks?.date.slice(0, 7)).toBe('1939-04');
    // Both in one month's dispatches read as London objecting to the alliance it was negotiating.
    expect((protest?.until ?? '9999-12') < (talks?.date.slice(0, 7) ?? '')).toBe(true);
  });

  it('never starts an event’s text with its title: a dispatch reads "title. text" (log/render.ts)', () => {
    for (const event of EVENTS) expect(event.text.startsWith(event.title), event.id).toBe(false);
  });

  it('includes the events the issue names, each with its date', () => {
    const ids = EVENTS.map((e) => e.id);
    for (const id of [
      'ratifications-exchanged',
      'blum-government',
      'spanish-civil-war',
      'non-intervention',
      'titulescu-dismissed',
      'schweisguth-report',
      'soviet-offer',
      'tukhachevsky-arrested',
      'tukhachevsky-executed',
      'blum-resigns',
      'belgium-released',
      'litvinov-replaced',
      'military-missions',
      'molotov-ribbentrop',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(MOVES.map((m) => m.id)).toEqual(['rhineland', 'anschluss', 'sudetenland', 'prague', 'poland']);
  });

  it('tells what came of each German move in history, from the timeline: Munich, the declarations of war', () => {
    for (const move of MOVES) {
      expect(move.historicalOutcome?.source, move.id).toMatch(/^timeline\.md /);
    }
    const said = (id: string) => MOVES.find((m) => m.id === id)?.historicalOutcome?.text ?? '';
    expect(said('sudetenland')).toContain('Munich Agreement');
    expect(said('sudetenland')).toContain('the USSR was not invited');
    expect(said('poland')).toContain('Britain and France declared war on 3 September');
    expect(said('rhineland')).toContain('not yet in force');
  });

  it('describes every actor the issue names, and the three French veto players', () => {
    expect(Object.keys(ACTORS).sort()).toEqual(
      ['belgium', 'czechoslovakia', 'france', 'germany', 'italy', 'poland', 'romania', 'uk', 'ussr'].sort(),
    );
    const french = Object.keys(ACTORS.france?.decisions ?? {});
    expect(french).toEqual(expect.arrayContaining(['approveCabinet', 'approveWarMinister', 'approveGeneralStaff']));
    expect(Object.keys(CONVENTION.clauses)).toHaveLength(7);
  });
});
