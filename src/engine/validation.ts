/**
 * Turning zod's issues into one plain line per problem — `path.to.field: what is wrong` —
 * that a teacher can act on without reading a stack trace.
 */
import { z } from 'zod';
import { isIsoDate } from './dates';
import { isYearMonth } from './months';

/** One problem found in a data file. */
export interface Problem {
  /** Where, as `event.victim` or `events[3].date`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
}

/** A parse that either gives a value or says every problem it found. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** `['events', 3, 'date']` → `events[3].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

/** A short, quoted rendering of a value a file gave, for "got ..." in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function listValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const missing = issue.input === undefined;
  switch (issue.code) {
    case 'invalid_type':
      return missing
        ? `required: expected ${issue.expected}`
        : `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'invalid_value': {
      const expected = issue.values.length === 1 ? listValues(issue.values) : `one of ${listValues(issue.values)}`;
      return missing ? `required: expected ${expected}` : `expected ${expected}, got ${describeValue(issue.input)}`;
    }
    default:
      return issue.message;
  }
}

/** One problem per zod issue, and one per unknown field, in the order zod found them. */
export function problemsFromZod(error: z.ZodError): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ path: formatPath([...issue.path, key]), message: 'unknown field' });
    } else {
      problems.push({ path: formatPath(issue.path), message: describeIssue(issue) });
    }
  }
  return problems;
}

/** Validate `data` against `schema`, never throwing. */
export function parseWith<T>(schema: z.ZodType<T>, data: unknown): Parsed<T> {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: problemsFromZod(result.error) };
}

/**
 * The value of data the game ships (a text file read when its module loads), or an Error naming
 * `file` and one `path: message` line per problem: a broken shipped file stops the game at once.
 */
export function shippedValue<T>(parsed: Parsed<T>, file: string): T {
  if (parsed.ok) return parsed.value;
  throw new Error(parsed.problems.map((p) => `${file}: ${p.path}: ${p.message}`).join('\n'));
}

/** Parse JSON text, turning a syntax error into a problem instead of an exception. */
export function parseJsonText(text: string): Parsed<unknown> {
  if (text.trim() === '') return { ok: false, problems: [{ path: '', message: 'the file is empty' }] };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `not valid JSON (${detail})` }] };
  }
}

/** A string that must be a real day, `YYYY-MM-DD`; the message says what it got. */
export function isoDateString() {
  return z.string().refine(isIsoDate, {
    abort: true,
    error: (issue) => `expected a date YYYY-MM-DD, got ${describeValue(issue.input)}`,
  });
}

/** A string that must be a month, `YYYY-MM`; the message says what it got. */
export function yearMonthString() {
  return z.string().refine(isYearMonth, {
    abort: true,
    error: (issue) => `expected a month YYYY-MM, got ${describeValue(issue.input)}`,
  });
}

/** A string that must be a day or a month. */
export function dayOrMonthString() {
  return z.string().refine((s) => isIsoDate(s) || isYearMonth(s), {
    abort: true,
    error: (issue) => `expected a date YYYY-MM-DD or a month YYYY-MM, got ${describeValue(issue.input)}`,
  });
}

/**
 * A record whose keys must be among `ids` (actors, levels…): an unknown key is
 * named as such — `unknown actor "prussia"` — rather than as an unknown field.
 */
export function recordOf<V extends z.ZodType>(ids: readonly string[], noun: string, value: V) {
  return z.record(z.string(), value).superRefine((record, ctx) => {
    for (const key of Object.keys(record)) {
      if (!ids.includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `unknown ${noun} "${key}"; expected one of ${ids.join(', ')}`,
        });
      }
    }
  });
}

/**
 * The data files bundled into the engine (`scenarios/model/`, `scenarios/law/`,
 * `scenarios/text/log.en.json`, `scenarios/variants/`) are read unchecked when
 * the engine is imported: they cannot change after the build, and checking
 * them with zod at every import was half the futures worker's start-up (issue
 * 14 §3). They are checked once instead, against the same schemas and the same
 * checks across files, by `shippedDataProblems()` (`shippedData.ts`, run by a
 * unit test, and file by file by `npm run validate`), which also checks that
 * each schema gives back exactly the file's data (no default filled in, no
 * transform, the keys in the schema's order), so the engine reads what it read
 * when it checked them at import. Never for data a user brings (scenarios,
 * game files, strategies, legal cases): that is checked where it is read.
 */
export function shipped<T>(_schema: z.ZodType<T>, data: unknown): T {
  return data as T;
}
