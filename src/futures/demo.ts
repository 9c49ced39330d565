/**
 * The futures' own page (`futures.html`): start a game of "The pact, May
 * 1935", move it on month by month, and from any month see the futures (a
 * batch played in the worker, with progress and Cancel) or compare two
 * choices for the month (A/B). The game's pages wire the same client and
 * chart; this page is for trying them alone, for the browser test and for
 * `npm run bench:futures` (the "Time 1,000 futures" button).
 *
 * The futures run in a pool of workers (`pool.ts`): as many as the machine
 * has cores, at most four, or `?workers=N` in the address (the browser test
 * compares one worker with three). As the game's panel does when it opens,
 * the page warms its pool when the futures' controls are first touched
 * (`data-warm="true"` once every worker has played its warm-up): a job is
 * split only over workers already started.
 */

import scenarioData from '../../scenarios/pact-1935.json';
import {
  CRISIS_CHOICES,
  createGame,
  type GameAction,
  POLICY_NAMES,
  type PolicyName,
  parseScenario,
  type WorldState,
} from '../engine';
import { monthWords, type ProgressHandle, renderComparison, renderFutures, renderProgress } from './chart';
import { createFuturesPool, type FuturesPool, MAX_POOL_SIZE, poolSize } from './pool';

const parsed = parseScenario(scenarioData);
if (!parsed.ok) throw new Error(`pact-1935.json: ${parsed.problems.map((p) => p.message).join('; ')}`);
const scenario = parsed.value;

/** The demo game's seed: the page always starts the same game. */
const GAME_SEED = 'futures-demo';
/** The futures' seed unless the page is given another. */
const FUTURES_SEED = 'lesson';

const monthName = monthWords;

/** Words for a choice in the A/B lists. */
function choiceLabel(action: GameAction): string {
  switch (action.type) {
    case 'crisis.respond':
      return `Answer the crisis: ${action.choice.replaceAll('-', ' ')}`;
    case 'diplomacy.demarche':
      return `Démarche to ${action.to === 'poland' ? 'Poland' : 'Romania'}`;
    case 'convention.offer':
      return `Offer option ${action.option} on the ${action.clause} clause`;
    case 'transit.answer':
      return action.answer === 'grant' ? 'Poland grants transit' : 'Poland refuses transit';
    case 'czechoslovakia.answer':
      return `Czechoslovakia: ${action.answer}`;
    case 'demarche.answer':
      return `A démarche's answer: ${action.answer}`;
    case 'britain.answer':
      return `Britain's verdict: ${action.answer}`;
    case 'britain.guarantee':
      return action.answer === 'guarantee' ? 'Britain guarantees Poland' : 'Britain gives Poland no guarantee';
    case 'britain.stand':
      return action.answer === 'stand' ? 'Britain stands with France' : 'Britain stands aside';
    case 'poland.teschen':
      return action.answer === 'take' ? 'Poland takes Teschen' : 'Poland leaves Teschen to Czechoslovakia';
    default:
      return ORDER_WORDS[action.type];
  }
}

/** The page's words for the orders without parameters (a demo's labels, not the game's). */
const ORDER_WORDS: Record<
  Exclude<
    GameAction['type'],
    | 'crisis.respond'
    | 'diplomacy.demarche'
    | 'convention.offer'
    | 'transit.answer'
    | 'czechoslovakia.answer'
    | 'demarche.answer'
    | 'britain.answer'
    | 'britain.guarantee'
    | 'britain.stand'
    | 'poland.teschen'
  >,
  string
> = {
  pass: 'Pass',
  'convention.open': 'Open military contacts',
  'convention.staffTalks': 'Propose staff talks',
  'convention.draft': 'Begin drafting the convention',
  'convention.acceptCounter': 'Accept the counter-offer',
  'convention.submit': 'Submit the draft for approval',
  'convention.resume': 'Resume the talks',
  'diplomacy.reassureBritain': 'Reassure Britain',
  'diplomacy.germanFeeler': 'Sound out Berlin',
  'diplomacy.collectiveSecurity': 'Press collective security',
  'domestic.rally': 'Rally the country',
  'domestic.pressStaff': 'Press the General Staff',
  'military.readiness': 'Raise Red Army readiness',
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== '') node.textContent = text;
  return node;
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  const label = element('label');
  label.append(element('span', text), control);
  return label;
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const node = element('button', text);
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

const main = document.getElementById('futures-main');
if (main === null) throw new Error('futures.html has no #futures-main');

const game = createGame(scenario, { seed: GAME_SEED, role: 'france' });
/** The pool's size: `?workers=N` (1 to 4), or the machine's cores. */
const askedWorkers = Number(new URLSearchParams(location.search).get('workers'));
const workers =
  Number.isInteger(askedWorkers) && askedWorkers >= 1 && askedWorkers <= MAX_POOL_SIZE
    ? askedWorkers
    : poolSize(navigator.hardwareConcurrency);
const client: FuturesPool = createFuturesPool({ size: workers });
main.dataset.workers = String(workers);

// The game: where it stands, and a button to move it on.
const gameSection = element('section');
gameSection.setAttribute('aria-labelledby', 'futures-game-heading');
const gameHeading = element('h2', 'The game');
gameHeading.id = 'futures-game-heading';
const where = element('p');
where.id = 'futures-where';
where.setAttribute('aria-live', 'polite');
const endMonth = button('End the month', () => {
  const crisis = game.getSnapshot().phase === 'crisis';
  game.send(crisis ? { type: 'crisis.respond', choice: 'stand-aside' } : { type: 'turn.end' });
  showGame();
});
endMonth.id = 'futures-end-month';
gameSection.append(gameHeading, where, endMonth);

// The futures from this month.
const futuresSection = element('section');
futuresSection.setAttribute('aria-labelledby', 'futures-heading');
const futuresHeading = element('h2', 'The endings reachable from here');
futuresHeading.id = 'futures-heading';
const runsInput = element('input');
runsInput.id = 'futures-runs';
runsInput.type = 'number';
runsInput.min = '1';
runsInput.max = '100000';
runsInput.value = '1000';
const seedInput = element('input');
seedInput.id = 'futures-seed';
seedInput.value = FUTURES_SEED;
const policySelect = element('select');
policySelect.id = 'futures-policy';
for (const name of POLICY_NAMES) {
  const option = element('option', name);
  option.value = name;
  policySelect.append(option);
}
policySelect.value = 'random';
const runButton = button('See the futures', () => void seeFutures());
runButton.id = 'futures-run';
const futuresProgress = element('div');
const futuresChart = element('div');
futuresChart.id = 'futures-chart';
const controls = element('div');
controls.className = 'controls';
controls.append(
  labelled('Futures', runsInput),
  labelled('Seed', seedInput),
  labelled('Your side played by', policySelect),
  runButton,
);
futuresSection.append(futuresHeading, controls, futuresProgress, futuresChart);

// A/B: two choices for this month.
const abSection = element('section');
abSection.setAttribute('aria-labelledby', 'futures-ab-heading');
const abHeading = element('h2', 'Compare two choices for this month');
abHeading.id = 'futures-ab-heading';
const choiceA = element('select');
choiceA.id = 'futures-choice-a';
const choiceB = element('select');
choiceB.id = 'futures-choice-b';
const compareButton = button('Compare', () => void compare());
compareButton.id = 'futures-compare';
const abProgress = element('div');
const abChart = element('div');
abChart.id = 'futures-ab-chart';
const abControls = element('div');
abControls.className = 'controls';
abControls.append(labelled('Choice A', choiceA), labelled('Choice B', choiceB), compareButton);
abSection.append(abHeading, abControls, abProgress, abChart);

// The speed check: 1,000 futures from May 1935, with a fresh worker's start-up counted.
const benchSection = element('section');
benchSection.setAttribute('aria-labelledby', 'futures-bench-heading');
const benchHeading = element('h2', 'Speed');
benchHeading.id = 'futures-bench-heading';
const benchOut = element('p');
benchOut.id = 'futures-bench';
benchOut.setAttribute('role', 'status');
const benchButton = button('Time 1,000 futures from May 1935', () => void timeFutures());
benchButton.id = 'futures-bench-run';
benchSection.append(benchHeading, benchButton, benchOut);

main.replaceChildren(gameSection, futuresSection, abSection, benchSection);

/** The candidate choices now: the crisis answers while a crisis waits, otherwise the orders the rules allow. */
function choices(world: WorldState): GameAction[] {
  if (world.phase === 'crisis') return CRISIS_CHOICES.map((choice) => ({ type: 'crisis.respond', choice }));
  return game.legalActions().filter((a) => a.type !== 'pass');
}

let offered: GameAction[] = [];

function showGame(): void {
  const { world, phase } = game.getSnapshot();
  where.textContent =
    phase === 'ended'
      ? `The game is over (${monthName(world.month)}).`
      : `${monthName(world.month)}, month ${world.turn + 1}${phase === 'crisis' ? `: a crisis waits (${world.crisis?.move ?? ''})` : ''}.`;
  main?.setAttribute('data-month', world.month);
  main?.setAttribute('data-phase', phase);
  endMonth.textContent = phase === 'crisis' ? 'Stand aside and go on' : 'End the month';
  endMonth.disabled = phase === 'ended';
  offered = phase === 'ended' ? [] : choices(world);
  for (const [select, first] of [
    [choiceA, 0],
    [choiceB, 1],
  ] as const) {
    select.replaceChildren(
      ...offered.map((action, i) => {
        const option = element('option', choiceLabel(action));
        option.value = String(i);
        return option;
      }),
    );
    select.value = String(Math.min(first, offered.length - 1));
  }
  compareButton.disabled = offered.length < 2;
}

function jobOf(world: WorldState) {
  const runs = Math.max(1, Math.min(100_000, Math.floor(Number(runsInput.value)) || 1000));
  const policy = POLICY_NAMES.find((n) => n === policySelect.value) ?? 'random';
  return { scenario: scenarioData, world, runs, seed: seedInput.value || FUTURES_SEED, policy };
}

/** Start a job with a progress bar and Cancel in `container`; the button that started it waits. */
async function withProgress<T>(
  container: HTMLElement,
  label: string,
  state: string,
  trigger: HTMLButtonElement,
  job: (signal: AbortSignal, progress: ProgressHandle, onStopped: (done: number) => void) => Promise<T>,
): Promise<T | null> {
  const controller = new AbortController();
  let cancelledAt = 0;
  const progress = renderProgress(container, label, () => {
    cancelledAt = performance.now();
    controller.abort();
  });
  // When the worker says it has stopped: how many futures it had played, and how long stopping took.
  const onStopped = (done: number) => {
    const ms = performance.now() - cancelledAt;
    progress.finish(`Cancelled: the worker stopped after ${done.toLocaleString('en-GB')} futures.`);
    progress.element.dataset.stoppedAfter = String(done);
    // Every worker of the pool has said it stopped: none is still playing.
    progress.element.dataset.busyWorkers = String(client.busy());
    progress.element.dataset.stopMs = ms.toFixed(1);
  };
  main?.setAttribute(state, 'running');
  trigger.disabled = true;
  try {
    const value = await job(controller.signal, progress, onStopped);
    progress.finish('Done.');
    main?.setAttribute(state, 'done');
    return value;
  } catch (error) {
    const cancelled = error instanceof DOMException && error.name === 'AbortError';
    progress.finish(cancelled ? 'Cancelled.' : `Failed: ${error instanceof Error ? error.message : String(error)}`);
    main?.setAttribute(state, cancelled ? 'cancelled' : 'error');
    return null;
  } finally {
    trigger.disabled = false;
  }
}

async function seeFutures(): Promise<void> {
  const world = game.getSnapshot().world;
  const job = jobOf(world);
  // How many workers the job is split over: those already started, or one.
  main?.setAttribute('data-split', String(Math.max(1, client.started())));
  const result = await withProgress(
    futuresProgress,
    'Futures played',
    'data-futures',
    runButton,
    (signal, p, onStopped) => client.run(job, { signal, onStopped, onProgress: (done, runs) => p.update(done, runs) }),
  );
  if (result !== null) {
    renderFutures(futuresChart, result, `From ${monthName(world.month)}, your side played ${job.policy}`);
    // The raw counts, for the browser test to compare with the engine's.
    futuresChart.dataset.counts = JSON.stringify(result.counts);
  }
}

async function compare(): Promise<void> {
  const a = offered[Number(choiceA.value)];
  const b = offered[Number(choiceB.value)];
  if (a === undefined || b === undefined) return;
  const job = { ...jobOf(game.getSnapshot().world), choiceA: a, choiceB: b };
  const comparison = await withProgress(
    abProgress,
    'Futures of each choice',
    'data-ab',
    compareButton,
    (signal, p, onStopped) =>
      client.compare(job, { signal, onStopped, onProgress: (done, runs) => p.update(done, runs) }),
  );
  if (comparison !== null) renderComparison(abChart, comparison, { a: choiceLabel(a), b: choiceLabel(b) });
}

/** Until every worker of `pool` has finished what it was given (its warm-up). */
async function idle(pool: FuturesPool): Promise<void> {
  while (pool.busy() > 0) await new Promise((resolve) => setTimeout(resolve, 5));
}

/**
 * Time 1,000 futures from May 1935 in a fresh pool. "cold" (the default): the
 * workers are created when the clock starts, their start-up counted. "warm":
 * the pool is created and warmed first (as the game does when the futures
 * panel opens), and the clock starts at the job. `data-bench-runs` and
 * `data-bench-workers` on the button change the job's size and the pool's.
 */
async function timeFutures(): Promise<void> {
  benchButton.disabled = true;
  benchOut.textContent = 'Timing…';
  delete benchOut.dataset.began;
  const start = createGame(scenario, { seed: GAME_SEED }).getSnapshot().world;
  const policy: PolicyName = POLICY_NAMES.find((n) => n === policySelect.value) ?? 'random';
  // `npm run bench:futures` also times a single future this way (`data-bench-runs="1"`): the start-up alone, nearly.
  const runs = Number(benchButton.dataset.benchRuns ?? 1000) || 1000;
  const size = Number(benchButton.dataset.benchWorkers ?? workers) || workers;
  const warm = benchButton.dataset.benchMode === 'warm';
  const job = { scenario: scenarioData, world: start, runs, seed: 'bench', policy };
  let began = performance.now();
  const fresh = createFuturesPool({ size });
  try {
    if (warm) {
      fresh.warm(job, Number(benchButton.dataset.benchWarmRuns) || undefined);
      await idle(fresh);
      began = performance.now();
    }
    benchOut.dataset.began = began.toFixed(1);
    const result = await fresh.run(job);
    const ms = performance.now() - began;
    benchOut.textContent = `${result.runs.toLocaleString('en-GB')} futures (${policy}) from May 1935 in ${Math.round(ms)} ms, ${size} worker${size === 1 ? '' : 's'}, ${warm ? 'started and warmed beforehand' : "the workers' start-up included"}.`;
    benchOut.dataset.ms = ms.toFixed(1);
    benchOut.dataset.runs = String(result.runs);
    benchOut.dataset.workers = String(size);
  } finally {
    fresh.dispose();
    benchButton.disabled = false;
  }
}

// Warm the pool when the futures' controls are first touched (as the game's panel does when it opens).
const warmOnce = () => {
  futuresSection.removeEventListener('focusin', warmOnce);
  futuresSection.removeEventListener('pointerenter', warmOnce);
  void client.warm(jobOf(game.getSnapshot().world)).then(() => main?.setAttribute('data-warm', 'true'));
};
futuresSection.addEventListener('focusin', warmOnce);
futuresSection.addEventListener('pointerenter', warmOnce);

showGame();
main.dataset.ready = 'true';
