/**
 * The format of a rule variant (issue 14 §4): a switch a class can flip to ask
 * "what if the rules were different?". A variant is data, a file in
 * `scenarios/variants/`: a title, what it changes, why it is interesting with
 * its sources, and a small explicit patch over the law or model data — which
 * file, which field, the new value (`set`), or an event taken out (`remove`).
 * No code: the engine reads the patched data where it read the original.
 */

import { z } from 'zod';
import { lazily } from '../memo';

/** The data files a variant may patch (paths under `scenarios/`). */
export const PATCHABLE_FILES = [
  'law/calendar.json',
  'model/model.json',
  'model/actors.json',
  'model/events.json',
] as const;
export type PatchableFile = (typeof PATCHABLE_FILES)[number];

/** One step of a path into a data file: an object's key, a list's index, or the list element with this `id`. */
const segment = lazily(() =>
  z.union([z.string().min(1), z.number().int().min(0), z.strictObject({ id: z.string().min(1) })]),
);
export type PathSegment = z.infer<typeof segment>;

const setOp = lazily(() =>
  z.strictObject({
    file: z.enum(PATCHABLE_FILES),
    path: z.array(segment).min(1),
    /** The new value of the field (it must already exist: a variant changes data, it does not invent fields). */
    set: z.union([z.string(), z.number(), z.boolean(), z.array(z.unknown()), z.record(z.string(), z.unknown())]),
  }),
);

const removeOp = lazily(() =>
  z.strictObject({
    file: z.enum(PATCHABLE_FILES),
    /** Ends with `{ "id": … }`: the list element taken out (an event that never happens). */
    path: z.array(segment).min(1),
    remove: z.literal(true),
  }),
);

export const patchOpSchema = lazily(() => z.union([setOp, removeOp]));
export type PatchOp = z.infer<typeof patchOpSchema>;

const text = lazily(() => z.string().min(1).max(2000));

export const variantSchema = lazily(() =>
  z.strictObject({
    $comment: z.string().optional(),
    version: z.literal(1),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'expected lower-case letters, digits and hyphens' }),
    /** The switch's name on the title screen. */
    title: z.string().min(1).max(80),
    /** What changes, in one line a class reads on the title screen. */
    changes: z.string().min(1).max(200),
    /** Why it is interesting: what history did instead, with its sources. */
    why: text,
    /** The sources of the historical side, from ../shared/history. */
    sources: z.array(text).min(1),
    /** What in the patch is the model's own assumption (the new values). */
    assumption: text,
    patch: z.array(patchOpSchema).min(1),
  }),
);

export type Variant = z.infer<typeof variantSchema>;
