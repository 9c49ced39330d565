/**
 * The data bundled into the engine is read unchecked at import (see
 * `shipped` in `validation.ts`); this test is where it is checked instead: every shipped file
 * against its schema, the checks across the model's files, every variant, and
 * that each schema gives back exactly the file's data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_TEXT, LOG_TEXT_FILE, logTextSchema } from './log/render';
import { ACTORS, EVENTS, MODEL, MODEL_FILES, MODEL_SCHEMAS } from './model/modelData';
import { CALENDAR, LAW_FILES, LAW_SCHEMAS } from './rules/lawData';
import { firstDifference, shippedDataProblems } from './shippedData';
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
