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

/** The next 32-bit value and the next state. */
export function nextUint32(state: RngState): [value: number, next: RngState] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [(t ^ (t >>> 14)) >>> 0, next];
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
