/**
 * The futures' speed in headless Chromium, for `npm run bench:futures` and
 * `npm run bench:web`: 1,000 futures from May 1935 played by the futures page's
 * "Time 1,000 futures" button (a fresh pool of workers each time), in two ways:
 *
 * - cold: the workers are created when the clock starts, so their start-up
 *   (script loaded, compiled and run, the scenario read, the engine's code
 *   compiled while it plays) is counted; the pool then plays the job in one
 *   worker (none has started);
 * - warm: the pool is created and warmed first, as the game does when the
 *   futures panel opens, and the clock starts at the job.
 *
 * Also a fresh pool playing one future (the start-up alone, nearly) and the
 * gaps between the page's frames while the futures run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Clock ticks per second in /proc's CPU times (Linux's USER_HZ). */
const TICKS_PER_SECOND = 100;

/**
 * The CPU time (ms, user and system) used so far by this process's
 * descendants: the Chromium this bench started, its renderer and the workers'
 * threads in it. On a shared machine the wall clock also counts the other
 * processes' turns on the cores; this does not. Null where /proc is missing.
 */
export function browserCpuMs(): number | null {
  let names: string[];
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const name of names) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The fields after the command's name (which may hold spaces), from field 3 on.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      ticks.set(Number(name), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended meanwhile.
    }
  }
  let total = 0;
  for (const [pid, used] of ticks) {
    let up = parent.get(pid);
    while (up !== undefined && up > 1 && up !== process.pid) up = parent.get(up);
    if (up === process.pid) total += used;
  }
  return (total * 1000) / TICKS_PER_SECOND;
}

/** The aim: 1,000 futures from May 1935 in under 0.3 s, worker start-up included. */
export const AIM_MS = 300;

/** Gaps between the page's animation frames until the timing button reports its figure. */
const FRAME_WATCH = `new Promise((resolve) => {
  const gaps = [];
  let last = performance.now();
  const tick = (now) => {
    gaps.push(now - last);
    last = now;
    if (document.getElementById('futures-bench')?.dataset.ms !== undefined) resolve(gaps);
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export interface FuturesFigures {
  readonly policy: string;
  /** The pool's size in this browser. */
  readonly workers: number;
  /** Milliseconds for 1,000 futures, workers created on the click. */
  readonly cold: number[];
  /** Milliseconds for 1,000 futures, workers started and warmed beforehand. */
  readonly warm: number[];
  /** Milliseconds for 1 future, workers created on the click. */
  readonly startup: number[];
  /** Milliseconds for 1,000 futures in one cold worker (the single worker of before the pool), if measured. */
  readonly oneWorker: number[];
  /** CPU milliseconds the browser used for each cold 1,000 (all its processes and threads). */
  readonly coldCpu: number[];
  /** CPU milliseconds the browser used for each warm 1,000 (after the warm-up). */
  readonly warmCpu: number[];
  /** CPU milliseconds the browser used for each 1,000 in one cold worker, if measured. */
  readonly oneWorkerCpu: number[];
  /** Gaps (ms) between the page's frames while the 1,000 futures ran. */
  readonly frameGaps: number[];
}

export interface MeasureOptions {
  readonly rounds: number;
  readonly policy: string;
  /** Also time one cold worker, for comparison. */
  readonly oneWorker?: boolean;
  readonly log?: (line: string) => void;
}

/** Measure on the futures page at `url` (built as Vite ships it), in `page`. */
export async function measureFutures(page: Page, url: string, options: MeasureOptions): Promise<FuturesFigures> {
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('futures-main')?.dataset.ready === 'true');
  // Set without focusing the futures' controls (which would warm the page's own pool meanwhile).
  await page.locator('#futures-policy').evaluate((node, policy) => {
    if (node instanceof HTMLSelectElement) node.value = policy;
  }, options.policy);
  const workers = Number(await page.locator('#futures-main').getAttribute('data-workers'));
  const out = page.locator('#futures-bench');
  const button = page.locator('#futures-bench-run');
  const figures: FuturesFigures = {
    policy: options.policy,
    workers,
    cold: [],
    warm: [],
    startup: [],
    oneWorker: [],
    coldCpu: [],
    warmCpu: [],
    oneWorkerCpu: [],
    frameGaps: [],
  };
  /** The browser's CPU time when the last timing's clock started (the page says when: data-began). */
  let cpuAtStart: number | null = null;
  /** Press the page's timing button; the milliseconds it reports. */
  const time = async (runs: number, mode: 'cold' | 'warm', size = workers, cpu?: number[]): Promise<number> => {
    await page.evaluate(() => {
      const node = document.getElementById('futures-bench');
      if (node !== null) delete node.dataset.ms;
    });
    await button.evaluate(
      (node, set) => {
        node.setAttribute('data-bench-runs', set.runs);
        node.setAttribute('data-bench-mode', set.mode);
        node.setAttribute('data-bench-workers', set.size);
      },
      { runs: String(runs), mode, size: String(size) },
    );
    // Written as text: tsx would wrap a named function in a helper the page does not have.
    const frames = page.evaluate<number[]>(FRAME_WATCH);
    await button.click();
    if (cpu !== undefined) {
      // The clock starts at the click (cold) or once the warm-up is over (warm).
      await page.waitForFunction(() => document.getElementById('futures-bench')?.dataset.began !== undefined);
      cpuAtStart = browserCpuMs();
    }
    await page.waitForFunction(() => document.getElementById('futures-bench')?.dataset.ms !== undefined, null, {
      timeout: 60_000,
    });
    const cpuAtEnd = browserCpuMs();
    if (cpu !== undefined && cpuAtStart !== null && cpuAtEnd !== null) cpu.push(cpuAtEnd - cpuAtStart);
    const gaps = await frames;
    if (runs > 1) figures.frameGaps.push(...gaps);
    const played = Number(await out.getAttribute('data-runs'));
    if (played !== runs) throw new Error(`the page played ${played} futures, not ${runs}`);
    return Number(await out.getAttribute('data-ms'));
  };
  for (let round = 0; round < options.rounds; round++) {
    const cold = await time(1000, 'cold', workers, figures.coldCpu);
    const warm = await time(1000, 'warm', workers, figures.warmCpu);
    figures.cold.push(cold);
    figures.warm.push(warm);
    figures.startup.push(await time(1, 'cold'));
    let line = `round ${round + 1}: cold ${cold.toFixed(0)} ms (CPU ${figures.coldCpu.at(-1)?.toFixed(0) ?? '?'} ms), warm ${warm.toFixed(0)} ms (CPU ${figures.warmCpu.at(-1)?.toFixed(0) ?? '?'} ms)`;
    if (options.oneWorker === true && workers > 1) {
      const one = await time(1000, 'cold', 1, figures.oneWorkerCpu);
      figures.oneWorker.push(one);
      line += `, one cold worker ${one.toFixed(0)} ms (CPU ${figures.oneWorkerCpu.at(-1)?.toFixed(0) ?? '?'} ms)`;
    }
    options.log?.(`${line}${round === 0 ? ' (the first: the worker script fetched too)' : ''}`);
  }
  return figures;
}

/** The figures as lines of text, with the ratios to the aim. */
export function describeFutures(f: FuturesFigures): string[] {
  const sortedGaps = [...f.frameGaps].sort((a, b) => a - b);
  const p95 = sortedGaps[Math.floor(sortedGaps.length * 0.95)] ?? 0;
  const ratio = (ms: number) => `${(ms / AIM_MS).toFixed(2)}× the 0.3 s aim${ms < AIM_MS ? ' (meets it)' : ''}`;
  const lines = [
    `1,000 futures from May 1935 (pact-1935, policy ${f.policy}), headless Chromium, a pool of ${f.workers} worker${f.workers === 1 ? '' : 's'}, medians of ${f.cold.length} rounds:`,
    `  cold (workers created on the click, start-up counted): ${median(f.cold).toFixed(0)} ms, best ${Math.min(...f.cold).toFixed(0)} ms; ${ratio(median(f.cold))}`,
    `  warm (pool started and warmed when the panel opens):   ${median(f.warm).toFixed(0)} ms, best ${Math.min(...f.warm).toFixed(0)} ms; ${ratio(median(f.warm))}`,
    `  a fresh pool playing 1 future (the start-up, nearly):  ${median(f.startup).toFixed(0)} ms`,
  ];
  if (f.coldCpu.length > 0 && f.warmCpu.length > 0) {
    const cold = median(f.coldCpu);
    const warm = median(f.warmCpu);
    lines.push(
      `  CPU time the browser used (all its threads): cold ${cold.toFixed(0)} ms, warm ${warm.toFixed(0)} ms;`,
      `    a lower bound for the wall clock on free cores: cold (one worker plays it all) about ${cold.toFixed(0)} ms, warm (split over ${f.workers}) about ${(warm / f.workers).toFixed(0)} ms`,
    );
  }
  if (f.oneWorker.length > 0) {
    lines.push(
      `  one cold worker, for comparison:                       ${median(f.oneWorker).toFixed(0)} ms (CPU ${median(f.oneWorkerCpu).toFixed(0)} ms)`,
    );
  }
  lines.push(
    `  the page's frames meanwhile: ${f.frameGaps.length} frames, gaps median ${median(f.frameGaps).toFixed(0)} ms, 95th percentile ${p95.toFixed(0)} ms, longest ${(sortedGaps.at(-1) ?? 0).toFixed(0)} ms`,
    `  the aim counts the workers' start-up: the cold figure is the one to hold to it (${median(f.cold) < AIM_MS ? 'met' : 'not met'})`,
  );
  return lines;
}
