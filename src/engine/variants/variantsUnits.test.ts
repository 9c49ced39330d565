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
  VARIANT_IDS,
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

const firstEvent = () => {
  const event = EVENTS[0];
  if (event === undefined) throw new Error('no events');
  return event;
};

describe('a patch path', () => {
  it('follows list indices inside the list and refuses one past its end', () => {
    const events = 'model/events.json';
    expect(problemsOf({ file: events, path: ['events', 0, 'title'], set: 'Another title' })).toEqual([]);
    expect(problemsOf({ file: events, path: ['events', EVENTS.length - 1, 'title'], set: 'Last' })).toEqual([]);
    expect(problemsOf({ file: events, path: ['events', EVENTS.length, 'title'], set: 'x' })).toEqual([
      `test-variant: patch[0].path: no field ${EVENTS.length} in model/events.json`,
    ]);
  });

  it('finds a list element by id, the first one included, and names an id it cannot find', () => {
    const events = 'model/events.json';
    expect(problemsOf({ file: events, path: ['events', { id: firstEvent().id }, 'title'], set: 'x' })).toEqual([]);
    expect(problemsOf({ file: events, path: ['events', { id: 'no-such-event' }, 'title'], set: 'x' })).toEqual([
      'test-variant: patch[0].path: no field {id: no-such-event} in model/events.json',
    ]);
  });

  it('names a missing key on the way and at the end, numbering the operations', () => {
    const model = 'model/model.json';
    expect(
      problemsOf(
        { file: model, path: ['transit', 'grantedAt'], set: 60 },
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

describe('a patched file', () => {
  it('is checked against its schema only once every path applies', () => {
    const model = 'model/model.json';
    expect(
      problemsOf(
        { file: model, path: ['nowhere'], set: 1 },
        { file: model, path: ['transit', 'grantedAt'], set: 'high' },
      ),
    ).toEqual(['test-variant: patch[0].path: no field nowhere in model/model.json']);
  });

  it('is checked for references only once every file passes its schema', () => {
    const broken = { ...firstEvent(), requires: [{ event: 'no-such-event' }] };
    const referenceOnly = problemsOf({ file: 'model/events.json', path: ['events', 0], set: broken });
    expect(referenceOnly).toEqual(['model/events.json: events[0].requires: unknown event "no-such-event"']);
    const both = problemsOf(
      { file: 'model/events.json', path: ['events', 0], set: broken },
      { file: 'model/model.json', path: ['transit', 'grantedAt'], set: 'high' },
    );
    expect(both).toHaveLength(1);
    expect(both[0]).toMatch(/^model\/model\.json: transit\.grantedAt: /);
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
