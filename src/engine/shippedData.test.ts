/**
 * The data bundled into the engine is read unchecked at import (see
 * `shipped` in `validation.ts`); this test is where it is checked instead: every shipped file
 * against its schema, the checks across the model's files, every variant, and
 * that each schema gives back exactly the file's data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_TEXT, LOG_TEXT_FILE, logTextSchema } from './log/render';
import { ACTORS, EVENTS, MODEL, MODEL_FILES, MODEL_SCHEMAS, SHIPPED_MODEL } from './model/modelData';
import { CALENDAR, LAW_FILES, LAW_SCHEMAS } from './rules/lawData';
import { firstDifference, type ShippedFiles, shippedDataProblems } from './shippedData';
import { VARIANT_FILES, VARIANTS, variantFileProblems } from './variants/variants';

const SCENARIOS = join(import.meta.dirname, '../../scenarios');
const onDisk = (file: string): unknown => JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8'));

describe('the shipped data', () => {
  it('has no problem: every file passes its schema, the model files agree, every variant applies', () => {
    expect(shippedDataProblems()).toEqual([]);
  });

  it('is, file by file, exactly what its schema gives back (so reading it unchecked changes nothing)', () => {
    const files: [string, { parse(data: unknown): unknown }, unknown][] = [
      ...Object.entries(MODEL_SCHEMAS).map(([name, schema]): [string, typeof schema, unknown] => [
        `model/${name}`,
        schema,
        MODEL_FILES[name as keyof typeof MODEL_FILES],
      ]),
      ...Object.entries(LAW_SCHEMAS).map(([name, schema]): [string, typeof schema, unknown] => [
        `law/${name}`,
        schema,
        LAW_FILES[name as keyof typeof LAW_FILES],
      ]),
      ['text/log.en.json', logTextSchema, LOG_TEXT_FILE],
    ];
    expect(files).toHaveLength(14);
    for (const [file, schema, bundled] of files) {
      expect(bundled, file).toEqual(onDisk(file));
      expect(JSON.stringify(schema.parse(bundled)), file).toBe(JSON.stringify(bundled));
    }
    // What the engine reads is the bundled data itself.
    expect(MODEL).toBe(MODEL_FILES['model.json']);
    expect(ACTORS).toBe(Reflect.get(MODEL_FILES['actors.json'] as object, 'actors'));
    expect(EVENTS).toBe(Reflect.get(MODEL_FILES['events.json'] as object, 'events'));
    expect(CALENDAR).toBe(LAW_FILES['calendar.json']);
    expect(LOG_TEXT).toBe(LOG_TEXT_FILE);
    expect(VARIANTS).toEqual(Object.values(VARIANT_FILES));
    expect(VARIANTS.map((v) => `${v.id}.json`)).toEqual(Object.keys(VARIANT_FILES));
  });

  it('names where a schema would change the data: a key out of order, a value it rewrites', () => {
    expect(firstDifference({ a: 1, b: [1, { c: 2 }] }, { a: 1, b: [1, { c: 2 }] })).toBeNull();
    expect(firstDifference({ b: 1, a: 2 }, { a: 2, b: 1 })).toBe(
      "(the whole file): the keys must be in the schema's order, a, b (the file has b, a)",
    );
    expect(firstDifference({ x: { y: [1, 2] } }, { x: { y: [1, 3] } })).toBe('x.y[1]: the schema gives 3 for 2');
    expect(firstDifference({ x: {} }, { x: { d: 0 } })).toBe(
      "x: the keys must be in the schema's order, d (the file has )",
    );
    expect(firstDifference({ x: [] }, { x: {} })).toBe('x: the schema changes its kind');
  });

  it('names each broken file by its place, and checks across the model only once every file passes', () => {
    // Each file made broken inside the test, from a copy of the shipped data.
    const shipped = (): ShippedFiles => ({
      model: structuredClone(MODEL_FILES),
      law: structuredClone(LAW_FILES),
      logText: structuredClone(LOG_TEXT_FILE),
      variants: structuredClone(VARIANT_FILES),
    });
    expect(shippedDataProblems(shipped())).toEqual([]);

    const governments = shipped();
    Reflect.set(
      Reflect.get(Reflect.get(governments.model['governments.json'] as object, 'governments'), 'blum'),
      'conventionSupport',
      'high',
    );
    expect(shippedDataProblems(governments)).toEqual([
      'scenarios/model/governments.json: governments.blum.conventionSupport: expected number, got "high"',
    ]);

    const law = shipped();
    const { version, ...rest } = law.law['calendar.json'] as Record<string, unknown>;
    const reordered: ShippedFiles = { ...law, law: { ...law.law, 'calendar.json': { ...rest, version } } };
    const [calendar] = shippedDataProblems(reordered);
    expect(calendar).toMatch(
      /^scenarios\/law\/calendar\.json: \(the whole file\): the keys must be in the schema's order/,
    );

    const text = shipped();
    Reflect.set(text.logText as object, 'version', 'one');
    expect(shippedDataProblems(text)).toEqual(['scenarios/text/log.en.json: version: expected 1, got "one"']);

    const variant = shipped();
    Reflect.set(variant.variants['no-purge.json'] as object, 'id', 'purge');
    expect(shippedDataProblems(variant)).toEqual(["scenarios/variants/no-purge.json: id: must be the file's name"]);

    // Germany's moves taken out of the model: the events and endings that name them no longer agree.
    const noMoves = { ...SHIPPED_MODEL, moves: [] };
    const across = shippedDataProblems(shipped(), noMoves);
    expect(across.length).toBeGreaterThan(0);
    expect(across.every((line) => line.startsWith('scenarios/model: '))).toBe(true);
    // A broken file first: the checks across the files wait for it.
    expect(shippedDataProblems(governments, noMoves)).toHaveLength(1);
  });

  it('tells a value from an object, and null from both, wherever it meets one', () => {
    expect(firstDifference({ a: null }, { a: {} })).toBe('a: the schema gives {} for null');
    expect(firstDifference({ a: {} }, { a: null })).toBe('a: the schema gives null for {}');
    expect(firstDifference({ a: 1 }, { a: '1' })).toBe('a: the schema gives "1" for 1');
    expect(firstDifference({ a: '1' }, { a: { b: 1 } })).toBe('a: the schema gives {"b":1} for "1"');
    expect(firstDifference(1, 2)).toBe('(the whole file): the schema gives 2 for 1');
  });

  it('refuses a variant whose id is not its file name, and one whose patch does not apply', () => {
    const variant = structuredClone(VARIANT_FILES['no-purge.json']);
    expect(variantFileProblems('no-purge.json', variant)).toEqual([]);
    expect(variantFileProblems('purge.json', variant)).toEqual([{ path: 'id', message: "must be the file's name" }]);
    Reflect.set(variant as object, 'patch', [{ file: 'model/model.json', path: ['no-such-field'], set: 1 }]);
    expect(variantFileProblems('no-purge.json', variant)).toEqual([
      { path: 'no-purge: patch[0].path', message: 'no field no-such-field in model/model.json' },
    ]);
  });
});

/** Every string of a data file, with where it is. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe('what the data shows a class', () => {
  it('gives the timeline’s confidence in words, never as a bare letter (C, S, U) a pupil cannot read', () => {
    const dir = (name: string) =>
      Object.fromEntries(
        readdirSync(join(SCENARIOS, name))
          .filter((f) => f.endsWith('.json'))
          .map((f) => [`${name}/${f}`, JSON.parse(readFileSync(join(SCENARIOS, name, f), 'utf8')) as unknown]),
      );
    // The model and the law, the teacher's notes and the rule variants: every text with a source a class may see.
    const files = { ...MODEL_FILES, ...LAW_FILES, ...dir('teaching'), ...dir('variants') } as Readonly<
      Record<string, unknown>
    >;
    const found: string[] = [];
    for (const [name, data] of Object.entries(files)) {
      for (const [where, text] of strings(data, name)) {
        // `confidence` fields hold the tags themselves (shown with their meaning); comments are for engineers.
        if (/\.confidence$|\$comment/.test(where)) continue;
        for (const match of text.matchAll(/\b[CSU]\b(?=\s*[);:,])/g)) {
          // "counterfactuals.md §3 C" names a section, not a confidence.
          if (/§\d+\s?$/.test(text.slice(0, match.index))) continue;
          found.push(`${where}: …${text.slice(Math.max(0, match.index - 30), match.index + 3)}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
