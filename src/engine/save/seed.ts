/**
 * The one rule for a game's seed, shared by `createGame`, `record` and the game
 * file schema, so that no game is played or recorded that `replay` would refuse.
 */
import { z } from 'zod';
import { lazily } from '../memo';

/** The longest seed a game file holds. */
export const MAX_SEED_LENGTH = 200;

/** A seed: any text of 1 to `MAX_SEED_LENGTH` characters. */
export const seedSchema = lazily(() =>
  z
    .string()
    .min(1, { message: 'a seed must not be empty' })
    .max(MAX_SEED_LENGTH, { message: `a seed is at most ${MAX_SEED_LENGTH} characters` }),
);

/** Why `seed` cannot be a game's seed, or null if it can. */
export function seedProblem(seed: unknown): string | null {
  if (typeof seed !== 'string') return `a seed is text, got ${typeof seed}`;
  const result = seedSchema.safeParse(seed);
  return result.success ? null : (result.error.issues[0]?.message ?? 'not a valid seed');
}
