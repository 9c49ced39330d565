/**
 * `npm run bench:futures`: how long 1,000 futures from May 1935 take in
 * headless Chromium, in the futures page's pool of workers, cold (workers
 * created on the click, their start-up counted) and warm (the pool started
 * and warmed beforehand, as when the game's futures panel opens), with one
 * cold worker beside them for comparison. It builds `futures.html` as Vite
 * ships it, presses the page's "Time 1,000 futures" button several times,
 * and prints each figure, the medians, and the ratio to the aim of
 * 0.3 s (scripts/futures-measure.ts; `npm run bench:web` prints the same).
 * A measurement, never a pass/fail test.
 *
 * Environment: BENCH_ROUNDS (default 7), BENCH_POLICY (random, historical or
 * alliance-first; default random).
 */
import { cpus, loadavg } from 'node:os';
import { startFuturesHarness } from '../src/futures/futuresHarness';
import { describeFutures, measureFutures } from './futures-measure';

const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 7) || 7);
const POLICY = process.env.BENCH_POLICY ?? 'random';

const harness = await startFuturesHarness();
try {
  const { page, errors } = await harness.newPage();
  const figures = await measureFutures(page, harness.url, {
    rounds: ROUNDS,
    policy: POLICY,
    oneWorker: true,
    log: (line) => console.log(line),
  });
  if (errors.length > 0) throw new Error(`the page reported errors: ${errors.join('; ')}`);
  const [load1] = loadavg();
  console.log('');
  for (const line of describeFutures(figures)) console.log(line);
  console.log(
    `  machine: ${cpus().length} cores, load average ${load1?.toFixed(1) ?? '?'} (other processes share the cores)`,
  );
} finally {
  await harness.close();
}
