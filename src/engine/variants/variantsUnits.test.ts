/**
 * A variant's patch, one operation at a time: each path that cannot be
 * followed is named to the author exactly, a patch that applies gives the
 * rules it says, and the list of variants a game names is checked before any
 * rule is read. Every variant and world is made inside its test.
 */
import { describe, expect, it } from 'vitest';
import { EVENTS, MODEL } from '../model/modelData';
import {
  HISTORY_RULES,
  lawSwitchesOf,
  parseVariant,
  ruleOf,
  rulesFor,
  rulesOf,
  SWITCHABLE,
  switchProblem,
  VARIANT_IDS,
  VARIANTS,
  variantsProblem,
} from './variants';

/** A variant with `patch`, the rest of the file well formed. */
function variantWith(patch: unknown[]): unknown {
  return {
    version: 1,
    id: 'test-variant',
    title: 'A test',
    changes: 'One field.',
    why: 'To see the check.',
    sources: ['none: a test'],
    assumption: 'All of it.',
    patch,
  };
}

/** The problems `parseVariant` reports for `patch`, as "path: message" lines (none: the patch applies). */
function problemsOf(...patch: unknown[]): string[] {
  const parsed = parseVariant(variantWith(patch));
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
}

const POLAND_1939 = ruleOf(HISTORY_RULES, 'poland', 'transit1939');

/** What refuses a patch of `path` (dotted) in `file`, a fact the engine reads once for every game. */
function readOnce(path: string, file: keyof typeof SWITCHABLE): string {
  const what = SWITCHABLE[file].map((prefix) => prefix.join('.'));
  const can = what.length === 0 ? 'none of its fields (it can take an event out)' : what.join(', ');
  return `the game reads ${path} once for every game, not by variant: a variant can switch ${can} in ${file}`;
}

const firstEvent = () => {
  const event = EVENTS[0];
  if (event === undefined) throw new Error('no events');
  return event;
};

describe('a patch path', () => {
  it('follows list indices inside the list and refuses one past its end', () => {
    const actors = 'model/actors.json';
    const terms = ['actors', 'poland', 'decisions', 'transit1939', 'terms'];
    const count = (POLAND_1939.terms ?? []).length;
    expect(count).toBeGreaterThan(1);
    expect(problemsOf({ file: actors, path: [...terms, 0, 'weight'], set: 50 })).toEqual([]);
    expect(problemsOf({ file: actors, path: [...terms, count - 1, 'weight'], set: 5 })).toEqual([]);
    expect(problemsOf({ file: actors, path: [...terms, count, 'weight'], set: 5 })).toEqual([
      `test-variant: patch[0].path: no field ${count} in model/actors.json`,
    ]);
    // Found, at either end: what refuses an event's title is that it is not switched by variant.
    const events = 'model/events.json';
    expect(problemsOf({ file: events, path: ['events', 0, 'title'], set: 'Another title' })).toEqual([
      `test-variant: patch[0].path: ${readOnce('events.0.title', events)}`,
    ]);
    expect(problemsOf({ file: events, path: ['events', EVENTS.length - 1, 'title'], set: 'Last' })).toEqual([
      `test-variant: patch[0].path: ${readOnce(`events.${EVENTS.length - 1}.title`, events)}`,
    ]);
    expect(problemsOf({ file: events, path: ['events', EVENTS.length, 'title'], set: 'x' })).toEqual([
      `test-variant: patch[0].path: no field ${EVENTS.length} in model/events.json`,
    ]);
  });

  it('finds a list element by id, the first one included, and names an id it cannot find', () => {
    const events = 'model/events.json';
    const first = firstEvent().id;
    expect(problemsOf({ file: events, path: ['events', { id: first }, 'title'], set: 'x' })).toEqual([
      `test-variant: patch[0].path: ${readOnce(`events.{id: ${first}}.title`, events)}`,
    ]);
    expect(problemsOf({ file: events, path: ['events', { id: 'no-such-event' }, 'title'], set: 'x' })).toEqual([
      'test-variant: patch[0].path: no field {id: no-such-event} in model/events.json',
    ]);
  });

  it('names a missing key on the way and at the end, numbering the operations', () => {
    const model = 'model/model.json';
    expect(
      problemsOf(
        { file: model, path: ['crisis', 'ukJoinsAt', 'value'], set: 60 },
        { file: model, path: ['nowhere', 'grantedAt'], set: 60 },
        { file: model, path: ['transit', 'nowhere'], set: 60 },
      ),
    ).toEqual([
      'test-variant: patch[1].path: no field nowhere in model/model.json',
      'test-variant: patch[2].path: no field nowhere in model/model.json',
    ]);
  });

  it('takes no key of a list, and no field of a number, a string or null', () => {
    expect(problemsOf({ file: 'model/events.json', path: ['events', 'first', 'title'], set: 'x' })).toEqual([
      'test-variant: patch[0].path: no field first in model/events.json',
    ]);
    // A list of terms, which have no ids: a key is still not an index.
    expect(
      problemsOf({
        file: 'model/actors.json',
        path: ['actors', 'france', 'decisions', 'staffTalks', 'terms', 'w', 'weight'],
        set: 1,
      }),
    ).toEqual(['test-variant: patch[0].path: no field w in model/actors.json']);
    expect(problemsOf({ file: 'model/model.json', path: ['transit', 'grantedAt', 'x'], set: 1 })).toEqual([
      'test-variant: patch[0].path: no field x in model/model.json',
    ]);
    expect(problemsOf({ file: 'model/events.json', path: ['events', 0, 'title', 'x'], set: 1 })).toEqual([
      'test-variant: patch[0].path: no field x in model/events.json',
    ]);
    expect(problemsOf({ file: 'law/calendar.json', path: ['leagueMembers', 'france', 'from', 'x'], set: 1 })).toEqual([
      'test-variant: patch[0].path: no field x in law/calendar.json',
    ]);
    expect(problemsOf({ file: 'model/model.json', path: ['transit', { id: 'x' }], set: 1 })).toEqual([
      'test-variant: patch[0].path: no field {id: x} in model/model.json',
    ]);
  });

  it('removes only a list element named by its id', () => {
    const message = 'test-variant: patch[0].path: remove takes a list element named by { "id": … }';
    expect(problemsOf({ file: 'model/events.json', path: ['events', 0], remove: true })).toEqual([message]);
    expect(problemsOf({ file: 'model/model.json', path: ['transit', 'grantedAt'], remove: true })).toEqual([message]);
  });
});

describe('what a variant may switch', () => {
  it('refuses a fact the game reads once for every game, and says what the file switches', () => {
    expect(problemsOf({ file: 'model/model.json', path: ['transit', 'grantedAt'], set: 60 })).toEqual([
      `test-variant: patch[0].path: ${readOnce('transit.grantedAt', 'model/model.json')}`,
    ]);
    expect(problemsOf({ file: 'model/model.json', path: ['crisis', 'verdictBands', 'lawfulAt'], set: 5 })).toEqual([
      `test-variant: patch[0].path: ${readOnce('crisis.verdictBands.lawfulAt', 'model/model.json')}`,
    ]);
    const french = ['actors', 'france', 'decisions', 'staffTalks', 'bias', 'value'];
    expect(problemsOf({ file: 'model/actors.json', path: french, set: 10 })).toEqual([
      `test-variant: patch[0].path: ${readOnce(french.join('.'), 'model/actors.json')}`,
    ]);
    const protocolSource = ['protocolPointI', 'source'];
    expect(problemsOf({ file: 'law/calendar.json', path: protocolSource, set: 'x' })).toEqual([
      `test-variant: patch[0].path: ${readOnce(protocolSource.join('.'), 'law/calendar.json')}`,
    ]);
    expect(readOnce('transit.grantedAt', 'model/model.json')).toContain(
      'crisis.ukVerdict, crisis.ukJoinsAt, transit.alwaysGrants in model/model.json',
    );
  });

  it("takes an event out, but takes out nothing inside one, and changes no event's field", () => {
    const events = 'model/events.json';
    expect(problemsOf({ file: events, path: ['events', { id: 'primakov-putna-arrested' }], remove: true })).toEqual([]);
    const event = EVENTS.find((e) => (e.requires ?? []).length > 0);
    if (event === undefined) throw new Error('no event requires another');
    expect(problemsOf({ file: events, path: ['events', { id: event.id }, 'requires', 0], remove: true })).toEqual([
      'test-variant: patch[0].path: remove takes a list element named by { "id": … }',
    ]);
    expect(problemsOf({ file: events, path: ['events', { id: event.id }, 'date'], set: event.date })).toEqual([
      `test-variant: patch[0].path: ${readOnce(`events.{id: ${event.id}}.date`, events)}`,
    ]);
  });

  it('takes out an event only: nothing else, and nothing inside an event (operations made up: no such lists yet)', () => {
    const event = { id: 'primakov-putna-arrested' };
    expect(switchProblem({ file: 'model/events.json', path: ['events', event], remove: true })).toBeNull();
    expect(
      switchProblem({ file: 'model/events.json', path: ['events', event, 'notes', { id: 'a' }], remove: true }),
    ).toBe(readOnce('events.{id: primakov-putna-arrested}.notes.{id: a}', 'model/events.json'));
    expect(switchProblem({ file: 'model/model.json', path: ['moves', { id: 'a' }], remove: true })).toBe(
      readOnce('moves.{id: a}', 'model/model.json'),
    );
    expect(
      switchProblem({ file: 'model/model.json', path: ['transit', 'alwaysGrants', { id: 'a' }], remove: true }),
    ).toBeNull();
  });

  it('switches a field inside a switchable fact, and each switchable fact is one a shipped variant switches', () => {
    const bias = ['actors', 'poland', 'decisions', 'transit1939', 'bias', 'value'];
    expect(problemsOf({ file: 'model/actors.json', path: bias, set: 0 })).toEqual([]);
    const patched = VARIANTS.flatMap((v) => v.patch.map((op) => ({ file: op.file, path: op.path })));
    for (const [file, prefixes] of Object.entries(SWITCHABLE)) {
      for (const prefix of prefixes) {
        const switched = patched.some((op) => op.file === file && prefix.every((key, i) => op.path[i] === key));
        expect(switched, `${file}: ${prefix.join('.')}`).toBe(true);
      }
    }
  });
});

describe('a patched file', () => {
  it('is checked against its schema only once every path applies', () => {
    const model = 'model/model.json';
    expect(
      problemsOf(
        { file: model, path: ['nowhere'], set: 1 },
        { file: model, path: ['crisis', 'ukJoinsAt', 'value'], set: 'high' },
      ),
    ).toEqual(['test-variant: patch[0].path: no field nowhere in model/model.json']);
  });

  it('is checked for references only once every file passes its schema', () => {
    // An event another one needs, taken out: only the references can tell.
    const takenOut = { file: 'model/events.json', path: ['events', { id: 'tukhachevsky-arrested' }], remove: true };
    const referenceOnly = problemsOf(takenOut);
    expect(referenceOnly).toHaveLength(1);
    expect(referenceOnly[0]).toMatch(/^model\/events\.json: .*unknown event "tukhachevsky-arrested"/);
    const both = problemsOf(takenOut, {
      file: 'model/model.json',
      path: ['crisis', 'ukJoinsAt', 'value'],
      set: 'high',
    });
    expect(both).toHaveLength(1);
    expect(both[0]).toMatch(/^model\/model\.json: crisis\.ukJoinsAt\.value: /);
  });

  it('refuses a variant file that fails its own schema, without applying anything', () => {
    const parsed = parseVariant({ version: 1 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toContain('id');
  });
});

describe('the rules of a game', () => {
  it("are history's for no variant, and for an empty list", () => {
    expect(rulesFor(undefined)).toBe(HISTORY_RULES);
    expect(rulesFor([])).toBe(HISTORY_RULES);
    expect(rulesOf({})).toBe(HISTORY_RULES);
    expect(lawSwitchesOf({ locarno: 'in-force' })).toBeUndefined();
  });

  it("carry the variants' key in their shown order, and the events they took out", () => {
    // An order no other test asks for, so the rules are worked out here.
    const rules = rulesFor(['no-purge', 'britain-firm-guarantor', 'poland-grants-transit']);
    expect(rules.key).toBe('poland-grants-transit+no-purge+britain-firm-guarantor');
    expect([...rules.removedEvents].sort()).toEqual(
      ['primakov-putna-arrested', 'tukhachevsky-arrested', 'tukhachevsky-executed'].sort(),
    );
    expect(rules.events).toHaveLength(EVENTS.length - 3);
    expect(rules.model.transit.alwaysGrants).toContain('poland');
    expect(rulesOf({ variants: ['no-purge', 'britain-firm-guarantor', 'poland-grants-transit'] })).toBe(rules);
    expect(MODEL.transit.alwaysGrants).not.toContain('poland');
  });

  it('switch the law under a variant: the guarantors of Locarno in its state', () => {
    const law = lawSwitchesOf({ locarno: 'repudiated', variants: ['locarno-without-italy', 'no-purge'] });
    const rules = rulesFor(['locarno-without-italy', 'no-purge']);
    expect(law).toEqual({
      guarantors: rules.calendar.locarnoGuarantors.repudiated,
      protocolOverride: rules.calendar.protocolPointI.overrideWithoutRecommendation,
    });
  });

  it('refuse an unknown variant instead of playing history', () => {
    expect(() => rulesFor(['no-such-variant'])).toThrow(
      `unknown rule variant "no-such-variant"; the variants are ${VARIANT_IDS.join(', ')}`,
    );
  });

  it("name a decision the actors' data lacks", () => {
    expect(() => ruleOf(HISTORY_RULES, 'ussr', 'surrender')).toThrow(
      new Error('scenarios/model/actors.json: ussr has no decision "surrender"'),
    );
    expect(ruleOf(HISTORY_RULES, 'ussr', 'approve').label.length).toBeGreaterThan(0);
  });
});

describe('variantsProblem', () => {
  it('wants a list', () => {
    expect(variantsProblem('no-purge')).toBe('variants must be a list of variant ids');
  });

  it('names what it does not know: a non-string by its type, a long id cut to 40 characters', () => {
    const known = VARIANT_IDS.join(', ');
    expect(variantsProblem([42])).toBe(`unknown rule variant number; the variants are ${known}`);
    const long = 'x'.repeat(50);
    expect(variantsProblem([long])).toBe(`unknown rule variant "${'x'.repeat(40)}"; the variants are ${known}`);
    expect(variantsProblem(['no-purge', 'no-purge'])).toBe('a rule variant is named twice');
    expect(variantsProblem(['no-purge'])).toBeNull();
  });
});
