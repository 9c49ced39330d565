/**
 * A stubbed die for the engine's tests (issue 9: "rolls tested with a stubbed
 * die"). A test file replaces the engine's random module with it:
 *
 *   vi.mock('../random', async (importOriginal) =>
 *     (await import('../../testing/stubbedDie')).stubbedDie(await importOriginal<typeof import('../random')>()));
 *
 * and sets `die.value`: null rolls the seeded generator as usual, a number is
 * every roll's result. The model's decisions step the die in two parts
 * (`advance`, then `percentAt`), so both are stubbed with `rollPercent`.
 */

/** The die's functions a stub replaces (src/engine/random.ts), over the generator's state `S`. */
interface DieFunctions<S> {
  rollPercent(state: S): [number, S];
  advance(state: S): S;
  percentAt(next: S): number;
}

/** What every roll gives while a test runs: null for the seeded generator. */
export const die: { value: number | null } = { value: null };

/** The random module `original`, its rolls answered by `die` while `die.value` is set. */
export function stubbedDie<M extends DieFunctions<unknown>>(original: M): M {
  return {
    ...original,
    rollPercent: (state: unknown): [number, unknown] =>
      die.value === null ? original.rollPercent(state) : [die.value, state],
    advance: (state: unknown): unknown => (die.value === null ? original.advance(state) : state),
    percentAt: (next: unknown): number => (die.value === null ? original.percentAt(next) : die.value),
  };
}
