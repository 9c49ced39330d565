/**
 * How many seeded games a property test plays.
 *
 * `npm run mutate` reruns every test that reaches a mutant, once per mutant,
 * and the month's reducer is reached by every game a test plays: there
 * (`vitest.mutate.config.ts` sets HOLLOW_PACT_MUTATE) a property plays a
 * tenth of its games, at least one. `npm test` plays them all.
 */
export function sampled(games: number): number {
  return process.env.HOLLOW_PACT_MUTATE === '1' ? Math.max(1, Math.ceil(games / 10)) : games;
}
