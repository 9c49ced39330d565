/**
 * One bounded memo for the engine's caches (issue 9), and keys packed from
 * enum indices whose radices are the enums' own lengths.
 *
 * A memo holds at most `capacity` entries in two generations: new entries go
 * into the young one; when it is full, the old generation is dropped and the
 * young one becomes old. A hit in the old generation moves the entry back into
 * the young one, so what a run keeps using survives every rotation, and only
 * what was not used for a whole generation is forgotten. Clearing a full map
 * instead (what the caches did before) forgets the hot entries with the cold
 * ones, and a run whose working set is near the limit pays for them again and again.
 *
 * Values are computed from their keys alone (pure functions), so evicting one
 * only costs the time to compute it again: it never changes a result.
 */

/** A bounded memo: `undefined` means "not known" (store `null` for a known "nothing"). */
export class Memo<K, V extends NonNullable<unknown> | null> {
  readonly capacity: number;
  private readonly generation: number;
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  /** `capacity`: the most entries held at once (at least 2: two generations of at least one). */
  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 2)
      throw new RangeError(`a memo holds at least 2 entries, got ${capacity}`);
    this.capacity = capacity;
    this.generation = Math.floor(capacity / 2);
  }

  /** The entries held now (never more than `capacity`). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  /** The value memoised for `key`, or undefined. */
  get(key: K): V | undefined {
    const young = this.young.get(key);
    if (young !== undefined) return young;
    const old = this.old.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  /** Remember `value` for `key`. */
  set(key: K, value: V): void {
    if (this.young.size >= this.generation && !this.young.has(key)) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** The value for `key`, computed by `compute` (and remembered) if it is not known. */
  cached(key: K, compute: (key: K) => V): V {
    const known = this.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    this.set(key, value);
    return value;
  }

  /** Every entry held now, the young generation's first. */
  *entries(): IterableIterator<[K, V]> {
    yield* this.young;
    for (const entry of this.old) if (!this.young.has(entry[0])) yield entry;
  }

  /** Forget everything (for tests and benchmarks). */
  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}

/**
 * Packed integer keys, one digit at a time: `digit(key, index, radix)` is
 * `key * radix + index`, with `radix` the number of values the digit can take.
 * Radices come from the data's own lists (`enumDigit` takes the list), so a
 * new member widens its digit instead of colliding with the next one. Throws a
 * RangeError on an index outside its radix, or a key beyond exact integers.
 */
export function digit(key: number, index: number, radix: number): number {
  if (!(index >= 0 && index < radix) || !Number.isInteger(index)) {
    throw new RangeError(`key digit ${index} is outside 0-${radix - 1}`);
  }
  const next = key * radix + index;
  if (next > Number.MAX_SAFE_INTEGER) throw new RangeError('a packed key outgrew exact integers');
  return next;
}

/** The next digit: `value`'s index in `list`, with the list's length as radix. Throws if `value` is not in it. */
export function enumDigit<T>(key: number, list: readonly T[], value: T): number {
  return digit(key, list.indexOf(value), list.length);
}

/** The next digit: a yes or no. */
export function flagDigit(key: number, yes: boolean): number {
  return key * 2 + (yes ? 1 : 0);
}

/**
 * The next digit: a set of `list`'s members, one bit each (radix 2^length,
 * order ignored). Throws if a member is not in the list.
 */
export function setDigit<T>(key: number, list: readonly T[], members: readonly T[]): number {
  let next = key;
  for (const member of list) next = flagDigit(next, members.includes(member));
  for (const member of members)
    if (!list.includes(member)) throw new RangeError(`${String(member)} is not in the set's list`);
  if (next > Number.MAX_SAFE_INTEGER) throw new RangeError('a packed key outgrew exact integers');
  return next;
}

/**
 * An object built at its first use, not at import: the engine's zod schemas and
 * XState machines. Building the four hundred schemas at import was more than
 * half of a fresh futures worker's module evaluation (about 12 of 21 ms, in a
 * Chromium trace on 2 cores), and creating the six machines about half of the
 * rest (4.5 of 9 ms); a worker that reads a shipped scenario (`READ_AS_SHIPPED`
 * in src/futures/protocol.ts), plays a built-in policy and meets no legal case
 * the verdict table lacks uses none of them. The object is reached through a
 * Proxy that builds it at the first access to any of its properties (a parse, a
 * method, a schema or an actor built from it) and forwards that access and
 * every later one to it.
 */
export function lazily<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => {
    built ??= build();
    return built;
  };
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    // Reported configurable: the Proxy's own target does not hold the property (a Proxy's invariant).
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
