/**
 * What can happen to the world, and what can be asked of it: the shapes of an
 * event's or a German move's effects and of their conditions. The model's data
 * (`scenarios/model/`) is written in them, and `effects.ts` applies them; they
 * live here, below the model, because they speak of the world alone.
 */

import { z } from 'zod';
import { lazily } from '../memo';
import { COUNTRY_IDS } from '../rules/types';
import { ACTOR_IDS, CLAUSE_IDS, LEVEL_IDS } from './worldState';

const level = lazily(() => z.number().int().min(0).max(100));
const text = lazily(() => z.string().min(1));

export const levelId = lazily(() => z.enum(LEVEL_IDS));
export const actorId = lazily(() => z.enum(ACTOR_IDS));
export const countryId = lazily(() => z.enum(COUNTRY_IDS));
export const clauseId = lazily(() => z.enum(CLAUSE_IDS));

/** A government premise: the government in office, or any of several (e.g. either of Blum's). */
const governmentIds = lazily(() => z.union([text, z.array(text).min(1)]));
export type GovernmentIds = string | string[];
/** The countries whose governments the model follows. */
export type GovernedCountry = 'france' | 'uk' | 'ussr' | 'romania';

/**
 * A fresh schema of a condition, built the first time it parses (`z.lazy`): the model's data is
 * read with the one made at import (`conditionSchema`); a test makes its own, so that its union is
 * built inside the test (a mutation run switches mutants on only there).
 */
export function makeConditionSchema(): z.ZodType<Condition> {
  return z.lazy(() =>
    z.union([
      z.strictObject({ event: text }),
      z.strictObject({ notEvent: text }),
      z.strictObject({ move: text, status: z.enum(['pending', 'done', 'met', 'deterred', 'cancelled']) }),
      z.strictObject({ moveNot: text, status: z.enum(['pending', 'done', 'met', 'deterred', 'cancelled']) }),
      z.strictObject({ level: levelId, atLeast: level.optional(), atMost: level.optional() }),
      z.strictObject({ convention: z.array(z.string()) }),
      z.strictObject({
        government: z.strictObject({
          france: governmentIds.optional(),
          uk: governmentIds.optional(),
          ussr: governmentIds.optional(),
          romania: governmentIds.optional(),
        }),
      }),
      z.strictObject({ noDeal: z.literal(true) }),
      z.strictObject({ noTripleAlliance: z.literal(true) }),
      z.strictObject({ clause: clauseId, atLeast: z.number().int().min(0) }),
    ]),
  );
}
export type Condition =
  | { event: string }
  | { notEvent: string }
  | { move: string; status: 'pending' | 'done' | 'met' | 'deterred' | 'cancelled' }
  | { moveNot: string; status: 'pending' | 'done' | 'met' | 'deterred' | 'cancelled' }
  | { level: (typeof LEVEL_IDS)[number]; atLeast?: number; atMost?: number }
  | { convention: string[] }
  | { government: Partial<Record<GovernedCountry, GovernmentIds>> }
  | { noDeal: true }
  | { noTripleAlliance: true }
  | { clause: (typeof CLAUSE_IDS)[number]; atLeast: number };
export const conditionSchema: z.ZodType<Condition> = lazily(() => makeConditionSchema());

/** What an event or a move's outcome does to the world. */
export const effectsSchema = lazily(() =>
  z.strictObject({
    levels: z.partialRecord(levelId, z.number().int().min(-100).max(100)).optional(),
    stance: z.partialRecord(actorId, z.number().int().min(-100).max(100)).optional(),
    trust: z.partialRecord(actorId, z.number().int().min(-100).max(100)).optional(),
    transit: z.partialRecord(z.enum(['poland', 'romania']), z.number().int().min(-100).max(100)).optional(),
    government: z
      .strictObject({ france: text.optional(), uk: text.optional(), ussr: text.optional(), romania: text.optional() })
      .optional(),
    locarno: z.enum(['in-force', 'repudiated', 'belgium-released']).optional(),
    leaveLeague: z.array(countryId).optional(),
    francoSovietInForce: z.boolean().optional(),
    convention: z.enum(['stall', 'resume', 'breakOff', 'sovietOffer']).optional(),
    conventionCredibility: z.number().int().min(-100).max(100).optional(),
    sovietGermanDeal: z.boolean().optional(),
    tripleAllianceTalks: z.boolean().optional(),
  }),
);
export type Effects = z.infer<typeof effectsSchema>;
