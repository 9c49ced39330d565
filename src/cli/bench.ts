/**
 * `npm run bench`: how fast the engine runs on this machine, as figures and
 * ratios (never a pass/fail test). Full games per second for each policy, on
 * one core, and milliseconds per legal verdict, with the Node version.
 *
 * The engine is measured as Vite ships it to the browser: bundled into one
 * module (`vite build --ssr`, into node_modules/.cache) and imported from
 * there, since the futures panel in the browser will run that bundle.
 * `BENCH_SOURCE=1` measures the sources through tsx instead, module by module.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { SCENARIOS_DIR } from './paths';

type Engine = typeof import('../engine');

/** The engine bundled as Vite builds it (no minifying, so a profile stays readable), or the sources. */
async function loadEngine(): Promise<{ engine: Engine; how: string }> {
  if (process.env.BENCH_SOURCE === '1') return { engine: await import('../engine'), how: 'sources through tsx' };
  const root = join(import.meta.dirname, '../..');
  const outDir = join(root, 'node_modules/.cache/hollow-pact-bench');
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: { ssr: join(root, 'src/engine/index.ts'), outDir, emptyOutDir: true, minify: false, target: 'node20' },
  });
  const engine: Engine = await import(pathToFileURL(join(outDir, 'index.js')).href);
  return { engine, how: 'bundled by vite build --ssr, as shipped' };
}

const { engine, how } = await loadEngine();
const { evaluateCase, POLICY_NAMES, parseLegalCase, parseScenarioText, simulate } = engine;

/** The aim: full games (May 1935 to September 1939) per second with the random policy. */
const TARGET_RANDOM_GAMES_PER_SECOND = 5000;

/** BENCH_QUICK=1 shortens every run (for the test that checks the command works), at the cost of precision. */
const QUICK = process.env.BENCH_QUICK === '1';
const scale = (runs: number) => (QUICK ? Math.max(1, Math.floor(runs / 100)) : runs);

/**
 * Nanoseconds the main thread alone has run (Linux: the first field of
 * /proc/self/task/<pid>/schedstat), or null where that file is absent. The
 * process's CPU time also counts V8's helper threads (parallel scavenges,
 * concurrent marking): the difference is mostly garbage collection.
 */
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
const HAS_SCHEDSTAT = existsSync(SCHEDSTAT);
function mainThreadNs(): number | null {
  if (!HAS_SCHEDSTAT) return null;
  const first = readFileSync(SCHEDSTAT, 'utf8').split(' ')[0];
  return first === undefined ? null : Number(first);
}

/** CPU milliseconds of a run: the whole process's (what the aim is judged by), and the main thread's alone if known. */
interface CpuTime {
  process: number;
  mainThread: number | null;
}

/**
 * Milliseconds of this process's own CPU time (user and system, all its
 * threads) to run `body` `runs` times, with the main thread's own share:
 * what the machine gives the engine. Wall-clock time on these shared machines
 * also counts the other processes' turns on the core (see `wall`).
 */
function timeIt(runs: number, body: (i: number) => void): CpuTime {
  const startMain = mainThreadNs();
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) body(i);
  const used = process.cpuUsage(start);
  const endMain = mainThreadNs();
  return {
    process: (used.user + used.system) / 1000,
    mainThread: startMain === null || endMain === null ? null : (endMain - startMain) / 1e6,
  };
}

/** Wall-clock milliseconds to run `body` `runs` times. */
function wall(runs: number, body: (i: number) => void): number {
  const start = performance.now();
  for (let i = 0; i < runs; i++) body(i);
  return performance.now() - start;
}

const scenarioText = readFileSync(join(SCENARIOS_DIR, 'pact-1935.json'), 'utf8');
const parsed = parseScenarioText(scenarioText);
if (!parsed.ok) throw new Error('scenarios/pact-1935.json is invalid: run npm run -s validate');
const scenario = parsed.value;

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`Hollow Pact benchmark · Node ${process.version} · ${cpu} · one core · engine ${how}`);
console.log('');
/**
 * Rounds per figure: the median is printed, with the range, since a shared machine's speed varies from second to
 * second; each round is long enough (`GAMES_PER_ROUND`) that its share of the garbage collector's work is about the
 * same as another's (a round of 1,000 random games ranged over ±20%).
 */
const ROUNDS = QUICK ? 3 : 11;
/** Quiet games per round. */
const GAMES_PER_ROUND = 2000;

/** The median of a list of numbers (0 for none). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Games per CPU-second over `ROUNDS` rounds. */
interface Rate {
  /** Judged by the whole process's CPU time: the median round, and the slowest and fastest. */
  median: number;
  low: number;
  high: number;
  /** The median round by the main thread's own CPU time, or null where it cannot be read. */
  mainThread: number | null;
  /** The share of all the process's CPU time spent off the main thread (GC helpers and the like), or null. */
  offMain: number | null;
}

/** Games per second of `runs` games, `ROUNDS` times: the median and the slowest and fastest rounds. */
function gamesPerSecond(runs: number, play: (i: number) => void): Rate {
  const rates: number[] = [];
  const mainRates: number[] = [];
  let processMs = 0;
  let mainMs = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const used = timeIt(runs, (i) => play(round * runs + i));
    rates.push((runs * 1000) / used.process);
    processMs += used.process;
    if (used.mainThread !== null) {
      mainRates.push((runs * 1000) / used.mainThread);
      mainMs += used.mainThread;
    }
  }
  const known = mainRates.length === ROUNDS;
  return {
    median: median(rates),
    low: Math.min(...rates),
    high: Math.max(...rates),
    mainThread: known ? median(mainRates) : null,
    offMain: known && processMs > 0 ? Math.max(0, 1 - mainMs / processMs) : null,
  };
}

const figure = (n: number) => Math.round(n).toString().padStart(7);

console.log(
  `Full games of "The pact" (May 1935 to September 1939), quiet (no event log), per second of CPU time; median of ${ROUNDS} rounds:`,
);
console.log(
  HAS_SCHEDSTAT
    ? '  (process: all its threads, what the aim is judged by; main thread: its own CPU time alone; off main: the share of the\n' +
        "   process's CPU time spent on V8's helper threads, mostly garbage collection, which a one-core machine would pay too)"
    : `  (the main thread's own CPU time is not shown: ${SCHEDSTAT} is absent on this system)`,
);
const results: Record<string, number> = {};
const perThread = (rate: Rate) =>
  rate.mainThread === null || rate.offMain === null
    ? ''
    : `   main thread ${figure(rate.mainThread)} games/s   off main ${(rate.offMain * 100).toFixed(0).padStart(2)}%`;
for (const policy of POLICY_NAMES) {
  timeIt(scale(1000), (i) => simulate(scenario, { seed: `warm-${i}`, policy, withLog: false }));
  const rate = gamesPerSecond(scale(GAMES_PER_ROUND), (i) =>
    simulate(scenario, { seed: `bench-${i}`, policy, withLog: false }),
  );
  results[policy] = rate.median;
  console.log(
    `  ${policy.padEnd(16)} ${figure(rate.median)} games/s   ${(1000 / rate.median).toFixed(3)} ms/game   (rounds ${Math.round(rate.low)}-${Math.round(rate.high)})${perThread(rate)}`,
  );
}
const logged = gamesPerSecond(scale(400), (i) => simulate(scenario, { seed: `log-${i}`, policy: 'random' }));
console.log(`  random, with log ${figure(logged.median)} games/s${perThread(logged)}`);
const random = results.random ?? 0;
const wallRuns = scale(1000);
const wallRate =
  (wallRuns * 1000) /
  wall(wallRuns, (i) => simulate(scenario, { seed: `wall-${i}`, policy: 'random', withLog: false }));
console.log(
  `  random, wall clock ${figure(wallRate)} games/s   (lower when other processes share the core: load ${loadavg()[0]?.toFixed(1)})`,
);
console.log(
  `  random vs the aim of ${TARGET_RANDOM_GAMES_PER_SECOND}/s: ${(random / TARGET_RANDOM_GAMES_PER_SECOND).toFixed(2)}×`,
);

console.log('');
const casesDir = join(SCENARIOS_DIR, 'cases');
const cases = readdirSync(casesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => parseLegalCase(JSON.parse(readFileSync(join(casesDir, f), 'utf8'))))
  .flatMap((p) => (p.ok ? [p.value] : []));
const first = cases[0];
if (first === undefined) throw new Error('no legal cases in scenarios/cases');
timeIt(scale(200), (i) => evaluateCase(cases[i % cases.length] ?? first));
const verdicts = scale(2000);
const verdictMs = timeIt(verdicts, (i) => evaluateCase(cases[i % cases.length] ?? first)).process;
console.log(
  `Legal verdicts (every treaty, with cited paths, no memo): ${(verdictMs / verdicts).toFixed(3)} ms each over ${cases.length} cases`,
);
console.log(`  a game's crises reuse verdicts memoised by their facts, so a full game pays this only for new facts.`);
