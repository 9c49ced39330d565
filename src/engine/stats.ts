/**
 * Statistics for batches of games: shares with their 95% confidence interval
 * (Wilson's score interval, sound for small and extreme shares). Square roots
 * are exact in IEEE arithmetic, so this is reproducible everywhere.
 */

const Z95 = 1.959963984540054;

/** The 95% Wilson score interval for `count` successes in `n` trials, as [low, high]. */
export function wilson95(count: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const p = count / n;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Round to `digits` decimals, for printing. */
export function round(value: number, digits = 4): number {
  let scale = 1;
  for (let i = 0; i < digits; i++) scale *= 10;
  return Math.round(value * scale) / scale;
}
