/**
 * The validation helpers every schema's problems go through: paths written as
 * a teacher reads them, values described without echoing a whole file, and
 * one plain line per zod issue.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazily } from './memo';
import {
  dayOrMonthString,
  describeValue,
  formatPath,
  isoDateString,
  parseJsonText,
  parseWith,
  shippedValue,
  yearMonthString,
} from './validation';

describe('formatPath', () => {
  it('writes keys with dots and list indexes in brackets', () => {
    expect(formatPath(['events', 3, 'date'])).toBe('events[3].date');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([])).toBe('');
  });
});

describe('describeValue', () => {
  it('names each kind of value a file can give', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('null');
    expect(describeValue('ussr')).toBe('"ussr"');
    expect(describeValue([1, 2])).toBe('a list');
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue(2.5)).toBe('2.5');
    expect(describeValue(false)).toBe('false');
  });

  it('cuts a string longer than 40 characters, and keeps one of exactly 40', () => {
    const forty = 'x'.repeat(40);
    expect(describeValue(forty)).toBe(`"${forty}"`);
    expect(describeValue(`${forty}yz`)).toBe(`"${forty}…"`);
  });
});

describe('parseWith', () => {
  const schema = z.strictObject({ kind: z.enum(['threat', 'attack']), year: z.number(), mode: z.literal('letter') });

  it('gives the value when it is valid', () => {
    expect(parseWith(schema, { kind: 'attack', year: 1937, mode: 'letter' })).toEqual({
      ok: true,
      value: { kind: 'attack', year: 1937, mode: 'letter' },
    });
  });

  it('says what is missing, what has the wrong type, and which fields are unknown', () => {
    const parsed = parseWith(schema, { year: '1937', mode: 'practice', colour: 'red', size: 2 });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      { path: 'kind', message: 'required: expected one of threat, attack' },
      { path: 'year', message: 'expected number, got "1937"' },
      { path: 'mode', message: 'expected letter, got "practice"' },
      { path: 'colour', message: 'unknown field' },
      { path: 'size', message: 'unknown field' },
    ]);
  });

  it('says "required" for a missing field of any type, and lists literal numbers as JSON', () => {
    const parsed = parseWith(z.strictObject({ year: z.number(), format: z.literal(1) }), {});
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      { path: 'year', message: 'required: expected number' },
      { path: 'format', message: 'required: expected 1' },
    ]);
  });

  it('lists allowed values that are not strings as JSON', () => {
    const parsed = parseWith(z.literal([null, 15]), 17);
    expect(parsed.ok ? [] : parsed.problems).toEqual([{ path: '', message: 'expected one of null, 15, got 17' }]);
  });
});

describe('parseJsonText', () => {
  it('turns an empty file and broken JSON into one problem each', () => {
    expect(parseJsonText('  ')).toEqual({ ok: false, problems: [{ path: '', message: 'the file is empty' }] });
    expect(parseJsonText('{"a":')).toEqual({
      ok: false,
      problems: [{ path: '', message: expect.stringMatching(/^not valid JSON \(.+\)$/) }],
    });
    expect(parseJsonText('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});

describe('the day and month checks', () => {
  // A schema chains its own checks after them (a scenario's months within the game's span, a legal case's
  // date within its range): a malformed value is one problem, saying what it got, and no check after it runs.
  const LATER = 'a check chained after the format';
  const problems = <T>(schema: z.ZodType<T>, value: unknown) => {
    const parsed = parseWith(schema, value);
    return parsed.ok ? [] : parsed.problems;
  };

  it('refuse a malformed day with one problem, before any later check', () => {
    const day = isoDateString().refine(() => false, LATER);
    expect(problems(day, '1937-02-30')).toEqual([
      { path: '', message: 'expected a date YYYY-MM-DD, got "1937-02-30"' },
    ]);
    expect(problems(day, '1937-02-28')).toEqual([{ path: '', message: LATER }]);
  });

  it('refuse a malformed month with one problem, before any later check', () => {
    const month = yearMonthString().refine(() => false, LATER);
    expect(problems(month, '1937-13')).toEqual([{ path: '', message: 'expected a month YYYY-MM, got "1937-13"' }]);
    expect(problems(month, '1937-12')).toEqual([{ path: '', message: LATER }]);
  });

  it('refuse what is neither a day nor a month with one problem, before any later check', () => {
    const either = dayOrMonthString().refine(() => false, LATER);
    expect(problems(either, '1937-2')).toEqual([
      { path: '', message: 'expected a date YYYY-MM-DD or a month YYYY-MM, got "1937-2"' },
    ]);
    expect(problems(either, '1937-02')).toEqual([{ path: '', message: LATER }]);
    expect(problems(either, '1937-02-01')).toEqual([{ path: '', message: LATER }]);
  });
});

describe('shippedValue', () => {
  it('gives a shipped file’s checked value, or stops with one line per problem, each naming the file', () => {
    const schema = z.strictObject({ a: z.number(), b: z.string() });
    expect(shippedValue(parseWith(schema, { a: 1, b: 'x' }), 'f.json')).toEqual({ a: 1, b: 'x' });
    expect(() => shippedValue(parseWith(schema, { a: 'one', c: 2 }), 'scenarios/text/f.json')).toThrow(
      /^scenarios\/text\/f\.json: a: .+\nscenarios\/text\/f\.json: b: .+\nscenarios\/text\/f\.json: c: unknown field$/,
    );
  });
});

describe('lazily', () => {
  it('builds the schema at its first use, once, and parses as the schema itself does', () => {
    let builds = 0;
    const make = () => z.strictObject({ id: z.string().min(1), n: z.number().int().optional() });
    const lazy = lazily(() => {
      builds += 1;
      return make();
    });
    expect(builds).toBe(0);
    const eager = make();
    for (const data of [
      { id: 'a' },
      { id: 'a', n: 2 },
      { id: '' },
      { id: 'a', n: 1.5 },
      { id: 'a', x: 1 },
      null,
      'a',
    ]) {
      expect(lazy.safeParse(data)).toEqual(eager.safeParse(data));
    }
    expect(builds).toBe(1);
  });

  it('builds a schema made of lazy ones, and reads their fields through them', () => {
    const id = lazily(() => z.string().regex(/^[a-z]+$/));
    const pair = lazily(() => z.strictObject({ a: id, b: id.optional() }));
    const union = lazily(() => z.discriminatedUnion('type', [z.strictObject({ type: z.literal('x'), pair })]));
    expect(union.safeParse({ type: 'x', pair: { a: 'ok' } }).success).toBe(true);
    expect(parseWith(union, { type: 'x', pair: { a: 'ok', b: 'NO' } })).toEqual({
      ok: false,
      problems: [{ path: 'pair.b', message: expect.any(String) }],
    });
    expect(Object.keys(pair.shape)).toEqual(['a', 'b']);
    expect(pair instanceof z.ZodObject).toBe(true);
  });
});
