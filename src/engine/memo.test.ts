import { describe, expect, it } from 'vitest';
import { assign, createActor, setup, transition } from 'xstate';
import { digit, enumDigit, flagDigit, lazily, Memo, setDigit } from './memo';

describe('Memo', () => {
  it('lists every entry it holds once, young and old generations alike, and none it forgot', () => {
    const memo = new Memo<number, string>(4);
    for (const i of [1, 2, 3]) memo.set(i, `v${i}`);
    // 1 and 2 went into the old generation when 3 came; asking for 1 brings it back into the young one.
    expect(memo.get(1)).toBe('v1');
    expect(new Map(memo.entries())).toEqual(
      new Map([
        [1, 'v1'],
        [2, 'v2'],
        [3, 'v3'],
      ]),
    );
    // 1 is in both generations now: listed once.
    expect([...memo.entries()]).toHaveLength(3);
    for (const i of [4, 5, 6]) memo.set(i, `v${i}`);
    const keys = [...memo.entries()].map(([k]) => k).sort();
    expect(keys).toHaveLength(new Set(keys).size);
    expect(keys.length).toBeLessThanOrEqual(4);
    expect(keys).toContain(6);
    memo.clear();
    expect([...memo.entries()]).toEqual([]);
  });

  it('never holds more than its capacity', () => {
    const memo = new Memo<number, number>(10);
    for (let i = 0; i < 1000; i++) {
      memo.set(i, i * i);
      expect(memo.size).toBeLessThanOrEqual(10);
    }
    expect(memo.size).toBeGreaterThanOrEqual(5);
  });

  it('keeps what is used while a stream of new keys passes through (no thrashing)', () => {
    const memo = new Memo<string, number>(8);
    let computed = 0;
    const square = (key: string) => {
      computed += 1;
      return Number(key.slice(1)) ** 2;
    };
    for (let i = 0; i < 1000; i++) {
      // Two hot keys, asked for every time, among a stream of keys asked for once.
      expect(memo.cached('h1', square)).toBe(1);
      expect(memo.cached('h2', square)).toBe(4);
      expect(memo.cached(`c${i + 10}`, square)).toBe((i + 10) ** 2);
    }
    // The hot keys were computed once each; every cold key once.
    expect(computed).toBe(2 + 1000);
  });

  it('forgets an entry unused for a whole generation, and computes it again on demand', () => {
    const memo = new Memo<number, string>(4);
    memo.set(1, 'one');
    for (let i = 10; i < 20; i++) memo.set(i, String(i));
    expect(memo.get(1)).toBeUndefined();
    expect(memo.cached(1, () => 'one again')).toBe('one again');
    expect(memo.get(1)).toBe('one again');
  });

  it('remembers null as a known answer, unlike a miss', () => {
    const memo = new Memo<string, number | null>(4);
    let calls = 0;
    const none = () => {
      calls += 1;
      return null;
    };
    expect(memo.cached('x', none)).toBeNull();
    expect(memo.cached('x', none)).toBeNull();
    expect(calls).toBe(1);
    expect(memo.get('y')).toBeUndefined();
  });

  it('clears, and refuses a capacity below two', () => {
    const memo = new Memo<number, number>(4);
    memo.set(1, 1);
    memo.clear();
    expect(memo.size).toBe(0);
    expect(memo.get(1)).toBeUndefined();
    expect(() => new Memo<number, number>(1)).toThrow(RangeError);
    expect(() => new Memo<number, number>(2.5)).toThrow(RangeError);
  });
});

describe('packed keys', () => {
  it('gives distinct keys to distinct digits', () => {
    const seen = new Set<number>();
    const phases = ['a', 'b', 'c'] as const;
    for (const phase of phases)
      for (let n = 0; n < 5; n++)
        for (const yes of [false, true]) seen.add(flagDigit(digit(enumDigit(0, phases, phase), n, 5), yes));
    expect(seen.size).toBe(3 * 5 * 2);
  });

  it('cannot collide when an enum grows: the radix is the list’s own length', () => {
    const before = ['a', 'b', 'c'] as const;
    const after = ['a', 'b', 'c', 'd'] as const;
    const key = (list: readonly string[], value: string, next: number) => digit(enumDigit(0, list, value), next, 10);
    // With a fixed radix of 3, the new member 'd' (index 3) followed by 0 would be 'a' followed by 30.
    const keys = new Set<number>();
    for (const value of after) for (let n = 0; n < 10; n++) keys.add(key(after, value, n));
    expect(keys.size).toBe(after.length * 10);
    expect(key(after, 'd', 0)).not.toBe(key(after, 'a', 9));
    expect(() => key(before, 'd', 0)).toThrow(RangeError);
  });

  it('refuses an index outside its radix and a key beyond exact integers', () => {
    expect(() => digit(0, 5, 5)).toThrow(RangeError);
    expect(() => digit(0, -1, 5)).toThrow(RangeError);
    expect(() => digit(0, 1.5, 5)).toThrow(RangeError);
    expect(() => digit(Number.MAX_SAFE_INTEGER, 0, 2)).toThrow(RangeError);
  });

  it('packs a set by membership, whatever its order', () => {
    const list = ['x', 'y', 'z'] as const;
    expect(setDigit(0, list, ['z', 'x'])).toBe(setDigit(0, list, ['x', 'z']));
    expect(setDigit(0, list, ['x'])).not.toBe(setDigit(0, list, ['y']));
    expect(setDigit(0, list, [])).toBe(0);
    expect(setDigit(1, list, [])).toBe(8);
    expect(() => setDigit<string>(0, list, ['w'])).toThrow(RangeError);
  });
});

describe('the memo and the keys refuse what they cannot hold, saying why', () => {
  it('a memo of fewer than two entries; two is enough', () => {
    expect(() => new Memo<number, number>(1)).toThrow('a memo holds at least 2 entries, got 1');
    expect(() => new Memo<number, number>(2.5)).toThrow('a memo holds at least 2 entries, got 2.5');
    const two = new Memo<number, number>(2);
    two.set(1, 10);
    expect(two.get(1)).toBe(10);
  });

  it('asking for a key it does not hold changes nothing', () => {
    const memo = new Memo<number, string>(4);
    memo.set(1, 'one');
    expect(memo.get(2)).toBeUndefined();
    expect(memo.size).toBe(1);
  });

  it('a digit outside its radix, and a key beyond exact integers (up to the last exact one is fine)', () => {
    expect(() => digit(0, 3, 3)).toThrow('key digit 3 is outside 0-2');
    const half = (Number.MAX_SAFE_INTEGER - 1) / 2;
    expect(digit(half, 1, 2)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => digit(half + 1, 0, 2)).toThrow('a packed key outgrew exact integers');
    expect(setDigit(half, ['x'], ['x'])).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => setDigit(half + 1, ['x'], [])).toThrow('a packed key outgrew exact integers');
    expect(() => setDigit(0, ['x'], ['z'])).toThrow("z is not in the set's list");
  });
});

describe('lazily (a machine)', () => {
  it('creates the machine at its first use, and its actors run as the machine’s own', () => {
    const make = () =>
      setup({
        types: { context: {} as { opened: number }, events: {} as { type: 'open' } | { type: 'shut' } },
      }).createMachine({
        id: 'door',
        initial: 'shut',
        context: { opened: 0 },
        states: {
          shut: { on: { open: { target: 'open', actions: assign({ opened: ({ context }) => context.opened + 1 }) } } },
          open: { on: { shut: 'shut' } },
        },
      });
    let created = 0;
    const lazy = lazily(() => {
      created += 1;
      return make();
    });
    expect(created).toBe(0);
    const run = (machine: ReturnType<typeof make>) => {
      const actor = createActor(machine).start();
      for (const type of ['open', 'shut', 'open'] as const) actor.send({ type });
      const { value, context } = actor.getSnapshot();
      return { value, context };
    };
    expect(run(lazy)).toEqual(run(make()));
    const [next] = transition(lazy, lazy.resolveState({ value: 'shut', context: { opened: 2 } }), { type: 'open' });
    expect(next.context).toEqual({ opened: 3 });
    expect(created).toBe(1);
  });
});
