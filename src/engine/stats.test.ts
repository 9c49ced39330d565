/**
 * The shares' 95% intervals (Wilson's score interval) and the rounding used to
 * print them, against values worked out independently (Python's float
 * arithmetic, the same IEEE doubles).
 */
import { describe, expect, it } from 'vitest';
import { round, wilson95 } from './stats';

describe('wilson95', () => {
  it('gives the Wilson interval: symmetric at a half, skewed toward the middle near the edges', () => {
    const cases: [number, number, number, number][] = [
      [50, 100, 0.4038315303659956, 0.5961684696340044],
      [2, 10, 0.05668215145437519, 0.5098375284633583],
      [1, 3, 0.06149194472039621, 0.7923403991979522],
    ];
    for (const [count, n, low, high] of cases) {
      const [l, h] = wilson95(count, n);
      expect(l, `${count}/${n} low`).toBeCloseTo(low, 12);
      expect(h, `${count}/${n} high`).toBeCloseTo(high, 12);
    }
  });

  it('stays within 0 and 1 at the edges, and says nothing is known of no games', () => {
    expect(wilson95(0, 10)[0]).toBe(0);
    expect(wilson95(0, 10)[1]).toBeCloseTo(0.2775327998628892, 12);
    expect(wilson95(10, 10)[0]).toBeCloseTo(0.7224672001371107, 12);
    expect(wilson95(10, 10)[1]).toBeLessThanOrEqual(1);
    expect(wilson95(0, 0)).toEqual([0, 1]);
    // Unclamped, rounding would put these a hair outside [0, 1].
    expect(wilson95(16, 16)[1]).toBe(1);
    expect(wilson95(0, 21)[0]).toBe(0);
  });
});

describe('round', () => {
  it('rounds to four decimals unless told otherwise', () => {
    expect(round(1.23456)).toBe(1.2346);
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(2.5, 0)).toBe(3);
    expect(round(0.00004)).toBe(0);
  });
});
