/**
 * The check of the data bundled into the engine (see `shipped` in `validation.ts`): every file
 * against its schema, the checks across the model's files, every variant's
 * patch, and that each schema gives back exactly the file's data, so that
 * reading the files unchecked at import gives the engine what checking them
 * gave it. Run by `shippedData.test.ts` (so a broken file fails the suite) and,
 * file by file, by `npm run validate`.
 */
import type { z } from 'zod';
import { LOG_TEXT_FILE, logTextSchema } from './log/render';
import { MODEL_FILES, MODEL_SCHEMAS, modelProblems, SHIPPED_MODEL } from './model/modelData';
import { LAW_FILES, LAW_SCHEMAS } from './rules/lawData';
import { problemsFromZod } from './validation';
import { VARIANT_FILES, variantFileProblems } from './variants/variants';

/**
 * Where `checked` (a schema's output) first differs from `raw` (the file's data), as
 * `path: what differs`, or null when they are the same, key order included.
 */
export function firstDifference(raw: unknown, checked: unknown, path = ''): string | null {
  const at = path === '' ? '(the whole file)' : path;
  if (raw === checked) return null;
  if (typeof raw !== 'object' || typeof checked !== 'object' || raw === null || checked === null) {
    return `${at}: the schema gives ${JSON.stringify(checked)} for ${JSON.stringify(raw)}`;
  }
  if (Array.isArray(raw) !== Array.isArray(checked)) return `${at}: the schema changes its kind`;
  const rawKeys = Object.keys(raw);
  const checkedKeys = Object.keys(checked);
  if (rawKeys.join('\u0000') !== checkedKeys.join('\u0000')) {
    return `${at}: the keys must be in the schema's order, ${checkedKeys.join(', ')} (the file has ${rawKeys.join(', ')})`;
  }
  for (const key of rawKeys) {
    const next = Array.isArray(raw) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
    const found = firstDifference(Reflect.get(raw, key), Reflect.get(checked, key), next);
    if (found !== null) return found;
  }
  return null;
}

/** One file's problems: its schema's, or how the schema's output differs from it. */
function fileProblems(file: string, schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) return problemsFromZod(result.error).map((p) => `${file}: ${p.path}: ${p.message}`);
  const difference = firstDifference(data, result.data);
  return difference === null ? [] : [`${file}: ${difference}`];
}

/** The data files bundled into the engine, by name, as `shippedDataProblems` checks them. */
export interface ShippedFiles {
  readonly model: Readonly<Record<keyof typeof MODEL_SCHEMAS, unknown>>;
  readonly law: Readonly<Record<keyof typeof LAW_SCHEMAS, unknown>>;
  readonly logText: unknown;
  readonly variants: Readonly<Record<string, unknown>>;
}

/** What the engine bundles. */
const SHIPPED: ShippedFiles = { model: MODEL_FILES, law: LAW_FILES, logText: LOG_TEXT_FILE, variants: VARIANT_FILES };

/**
 * Every problem with the shipped data, one line each (`scenarios/FILE: path: what is wrong`):
 * empty when the engine may read it unchecked. `files` and `model` (the model's files taken
 * together, for the checks across them) are the engine's own unless a test gives others.
 */
export function shippedDataProblems(files: ShippedFiles = SHIPPED, model = SHIPPED_MODEL): string[] {
  const lines: string[] = [];
  for (const [name, schema] of Object.entries(MODEL_SCHEMAS)) {
    lines.push(...fileProblems(`scenarios/model/${name}`, schema, files.model[name as keyof typeof MODEL_SCHEMAS]));
  }
  for (const [name, schema] of Object.entries(LAW_SCHEMAS)) {
    lines.push(...fileProblems(`scenarios/law/${name}`, schema, files.law[name as keyof typeof LAW_SCHEMAS]));
  }
  lines.push(...fileProblems('scenarios/text/log.en.json', logTextSchema, files.logText));
  if (lines.length === 0) {
    // Every file is exactly what its schema gives: the checks across the model's files.
    lines.push(...modelProblems(model).map((line) => `scenarios/model: ${line}`));
  }
  for (const [name, data] of Object.entries(files.variants)) {
    lines.push(...variantFileProblems(name, data).map((p) => `scenarios/variants/${name}: ${p.path}: ${p.message}`));
  }
  return lines;
}
