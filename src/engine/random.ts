/**
 * A seeded random generator whose whole state is one 32-bit integer kept in
 * the world state, so every game can be replayed exactly (mulberry32: integer
 * arithmetic only, identical in every JavaScript engine).
 */

/** The generator's state: an unsigned 32-bit integer. */
export type RngState = number;

/** FNV-1a over a string's UTF-16 code units: a seed from any text, e.g. "class-3b". */
export function seedFromString(text: string): RngState {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The generator's next state. mulberry32's value is a function of that state
 * alone (`drawn`), so a hot loop can keep the state in a variable and draw
 * without allocating a pair: `rng = advance(rng); roll = drawn(rng) % 100`.
 */
export function advance(state: RngState): RngState {
  return (state + 0x6d2b79f5) >>> 0;
}

/** The 32-bit value drawn on reaching the state `next` (from `advance`). */
export function drawn(next: RngState): number {
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/**
 * `value % n` for a 32-bit unsigned `value` (from `drawn`) and a whole `n` from 1 to 16,384, in steps that stay small
 * integers: the same number, where V8 takes the remainder of a value past 2^30 as a floating-point one (a call into C).
 */
export function uint32Mod(value: number, n: number): number {
  return (((value >>> 16) % n) * 65536 + (value & 0xffff)) % n;
}

/** A roll of a percentage die (0-99) on reaching the state `next`: what `rollPercent` gives with it. */
export function percentAt(next: RngState): number {
  return drawn(next) % 100;
}

/** The next 32-bit value and the next state. */
export function nextUint32(state: RngState): [value: number, next: RngState] {
  const next = advance(state);
  return [drawn(next), next];
}

/** A whole number in [0, n), and the next state. */
export function nextInt(state: RngState, n: number): [value: number, next: RngState] {
  const [value, next] = nextUint32(state);
  return [value % n, next];
}

/** A roll of a percentage die: 0-99. `roll < chance` succeeds with `chance` per cent. */
export function rollPercent(state: RngState): [value: number, next: RngState] {
  return nextInt(state, 100);
}

/** The seed of run `index` in a batch started from `seed`: runs are independent and reproducible. */
export function deriveSeed(seed: string, index: number): RngState {
  return seedFromString(`${seed}#${index}`);
}
