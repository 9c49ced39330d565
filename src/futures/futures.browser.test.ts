/**
 * The futures page in a real browser (Debian's Chromium), used as a teacher
 * would: start a game, move it on, run 200 futures in the worker while the
 * page keeps drawing frames, cancel a long run from the keyboard, compare two
 * answers to a crisis, and read the chart's table. Every figure the page
 * shows is checked against the engine run in Node on the same world and
 * seeds. Screenshots go to $FUTURES_SCREENSHOTS (default: a folder in the
 * system's temporary directory), outside the tree.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFutures, createGame, endingText, runBatch, runFutures, type WorldState } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { type FuturesHarness, startFuturesHarness } from './futuresHarness';

const SHOTS = process.env.FUTURES_SCREENSHOTS ?? join(tmpdir(), 'hollow-pact-futures-screenshots');
const pact = loadScenario('pact-1935');

/** The demo page's game after `clicks` presses of its "End the month" button. */
function demoWorld(clicks: number): WorldState {
  const game = createGame(pact, { seed: 'futures-demo', role: 'france' });
  for (let i = 0; i < clicks; i++) {
    game.send(
      game.getSnapshot().phase === 'crisis' ? { type: 'crisis.respond', choice: 'stand-aside' } : { type: 'turn.end' },
    );
  }
  return game.getSnapshot().world;
}

/** How long to wait for a job on a busy shared machine. */
const JOB = { timeout: 15_000 };

let harness: FuturesHarness;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  harness = await startFuturesHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function openDemo(page: Page, clicks: number, workers?: number): Promise<void> {
  await page.goto(workers === undefined ? harness.url : `${harness.url}?workers=${workers}`);
  await expect.poll(() => page.locator('#futures-main').getAttribute('data-ready')).toBe('true');
  for (let i = 0; i < clicks; i++) await page.locator('#futures-end-month').click();
}

/**
 * The gaps between the page's animation frames from now until the job in
 * `data-<state>` is no longer running (start it after calling this).
 */
function watchFrames(page: Page, state: 'futures' | 'ab'): Promise<number[]> {
  return page.evaluate(
    (key) =>
      new Promise<number[]>((resolve) => {
        const main = document.getElementById('futures-main');
        const gaps: number[] = [];
        let seenRunning = false;
        let last = performance.now();
        const tick = (now: number) => {
          gaps.push(now - last);
          last = now;
          const value = main?.getAttribute(`data-${key}`);
          seenRunning ||= value === 'running';
          // Until the job ends, or until its Cancel button has the focus (what follows is the test's own doing).
          const cancelling = document.activeElement?.classList.contains('futures-cancel') === true;
          if ((seenRunning && value !== 'running') || cancelling) resolve(gaps);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    state,
  );
}

/**
 * Whether the page kept drawing while the worker ran: 95% of the gaps between
 * frames under 100 ms, and none of 500 ms or more. The longest gap alone
 * cannot be held under 100 ms on these shared two-core machines: at a load of
 * 12-18 (several engineers' suites at once) even an idle page misses frames
 * for 50-150 ms now and then, measured. Futures played on the main thread
 * would block it for the whole batch, and fail: the 200 futures (50-100 ms or
 * more, all of it one gap among a handful) fail the 95% bound, the 2,000 or
 * more of the cancel test (0.5 s or more at the engine's best speed) both.
 */
function expectSmoothFrames(gaps: readonly number[]): void {
  const sorted = [...gaps].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  expect(gaps.length).toBeGreaterThan(1);
  expect(p95).toBeLessThan(100);
  expect(sorted.at(-1)).toBeLessThan(500);
}

/** The table twin's rows: the ending's title and the rest of the row's cells. */
async function tableRows(page: Page, chart: string): Promise<string[][]> {
  return page
    .locator(`${chart} table tbody tr`)
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((c) => c.textContent ?? '')));
}

describe('the futures page', () => {
  it('plays 200 futures in the worker with progress shown, and the page keeps drawing frames', async () => {
    const { page, errors } = await harness.newPage();
    await openDemo(page, 3);
    expect(await page.locator('#futures-main').getAttribute('data-month')).toBe('1935-08');
    await page.locator('#futures-runs').fill('200');
    // Watch the frames and the progress counts while the futures run.
    const watched = await page.evaluate(
      () =>
        new Promise<{ gaps: number[]; counts: string[] }>((resolve) => {
          const main = document.getElementById('futures-main');
          const gaps: number[] = [];
          const counts: string[] = [];
          new MutationObserver(() => {
            const text = document.querySelector('.futures-progress-count')?.textContent;
            if (text && counts.at(-1) !== text) counts.push(text);
          }).observe(document.body, { subtree: true, childList: true, characterData: true });
          let last = performance.now();
          const tick = (now: number) => {
            gaps.push(now - last);
            last = now;
            if (main?.dataset.futures === 'done' || main?.dataset.futures === 'error') resolve({ gaps, counts });
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
          document.getElementById('futures-run')?.click();
        }),
    );
    expect(await page.locator('#futures-main').getAttribute('data-futures')).toBe('done');
    expect(watched.counts).toContain('50 of 200');
    expect(watched.counts.at(-1)).toBe('200 of 200');
    expectSmoothFrames(watched.gaps);

    // The chart and its table give the engine's counts for the same world and seeds.
    const expected = runFutures(pact, demoWorld(3), { runs: 200, seed: 'lesson', policy: 'random' });
    const rows = await tableRows(page, '#futures-chart');
    const reached = Object.entries(expected.counts).filter(([, n]) => n > 0);
    expect(rows.length).toBe(reached.length);
    for (const [id, n] of reached) {
      const row = rows.find((r) => r[0] === endingText(id).title);
      expect(row?.[1]).toBe(String(n));
      expect(row?.[2]).toBe(`${((n / 200) * 100).toFixed(1)}%`);
    }
    const bars = page.locator('#futures-chart .futures-row');
    expect(await bars.count()).toBe(reached.length);
    expect(await page.locator('#futures-chart figure').getAttribute('data-runs')).toBe('200');
    // Legible on a projector: the chart's text is 18px or more.
    const size = await page
      .locator('#futures-chart .futures-label')
      .first()
      .evaluate((n) => getComputedStyle(n).fontSize);
    expect(Number.parseFloat(size)).toBeGreaterThanOrEqual(18);
    await page.screenshot({ path: join(SHOTS, 'futures-200.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cancels a long run from the keyboard: the worker stops at once, and the next run goes ahead', async () => {
    const { page, errors } = await harness.newPage();
    await openDemo(page, 0);
    await page.locator('#futures-runs').fill('50000');
    const frames = watchFrames(page, 'futures');
    await page.locator('#futures-run').click();
    // The first progress comes once a worker has started and played 50 futures: on a loaded machine, seconds.
    await expect.poll(() => page.locator('.futures-progress-count').textContent(), JOB).toMatch(/ of 50,000$/);
    // Let thousands of futures run while the frames are watched.
    await expect
      .poll(
        () => page.locator('.futures-progress-bar').evaluate((n) => (n instanceof HTMLProgressElement ? n.value : 0)),
        JOB,
      )
      .toBeGreaterThan(2000);
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await cancel.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#futures-main').getAttribute('data-futures'), JOB).toBe('cancelled');
    // While thousands of futures ran, the page drew its frames (a blocked main thread would show a long gap).
    expectSmoothFrames(await frames);
    const progress = page.locator('#futures-main .futures-progress').first();
    await expect.poll(() => progress.getAttribute('data-stopped-after')).not.toBeNull();
    const stoppedAfter = Number(await progress.getAttribute('data-stopped-after'));
    expect(stoppedAfter).toBeGreaterThan(0);
    expect(stoppedAfter).toBeLessThan(50_000);
    // Between the cancel and the worker's word that it stopped: at most a slice of play (4 ms), a game and two messages.
    expect(Number(await progress.getAttribute('data-stop-ms'))).toBeLessThan(250);
    expect(await page.getByRole('status').first().textContent()).toMatch(/Cancelled: the worker stopped after/);
    expect(await page.locator('#futures-chart').textContent()).toBe('');
    await page.locator('#futures-runs').fill('100');
    await page.locator('#futures-run').click();
    await expect.poll(() => page.locator('#futures-main').getAttribute('data-futures'), JOB).toBe('done');
    expect(await page.locator('#futures-chart figure').getAttribute('data-runs')).toBe('100');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('compares two answers to the Rhineland crisis side by side, with what is larger than chance', async () => {
    const { page, errors } = await harness.newPage();
    await openDemo(page, 11);
    expect(await page.locator('#futures-main').getAttribute('data-phase')).toBe('crisis');
    await page.locator('#futures-runs').fill('200');
    await page.getByLabel('Choice A').selectOption({ label: 'Answer the crisis: stand aside' });
    await page.getByLabel('Choice B').selectOption({ label: 'Answer the crisis: invoke protocol' });
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect.poll(() => page.locator('#futures-main').getAttribute('data-ab'), JOB).toBe('done');

    const expected = compareFutures(
      pact,
      demoWorld(11),
      { type: 'crisis.respond', choice: 'stand-aside' },
      { type: 'crisis.respond', choice: 'invoke-protocol' },
      { runs: 200, seed: 'lesson', policy: 'random' },
    );
    const shown = expected.endings.filter((e) => e.a.count + e.b.count > 0);
    const rows = await tableRows(page, '#futures-ab-chart');
    expect(rows.length).toBe(shown.length);
    expect(shown.some((e) => e.largerThanChance)).toBe(true);
    for (const e of shown) {
      const row = rows.find((r) => r[0] === endingText(e.id).title);
      expect(row?.[1]).toMatch(new RegExp(`^${((e.a.count / 200) * 100).toFixed(1)}% \\(`));
      expect(row?.[2]).toMatch(new RegExp(`^${((e.b.count / 200) * 100).toFixed(1)}% \\(`));
      expect(row?.[4]).toBe(e.largerThanChance ? 'larger than chance' : 'within chance');
      // B minus A, signed as the rest of the game signs: a true minus sign.
      const signed = Math.abs(e.difference * 100).toFixed(1);
      expect(row?.[3]).toBe(`${signed === '0.0' ? '±' : e.difference > 0 ? '+' : '\u2212'}${signed} points`);
      const drawn = page.locator(`#futures-ab-chart .futures-row[data-ending="${e.id}"]`);
      expect(await drawn.getAttribute('data-larger')).toBe(String(e.largerThanChance));
      expect(await drawn.locator('.futures-verdict').textContent()).toBe(
        e.largerThanChance ? 'larger than chance' : 'within chance',
      );
    }
    await page.screenshot({ path: join(SHOTS, 'futures-ab.png'), fullPage: true });
    // The whiskers and "larger than chance" are said on the screen, not only to a screen reader.
    expect(await page.locator('#futures-ab-chart .futures-reading').textContent()).toMatch(
      /whisker across it is its 95% interval.*“Larger than chance”/,
    );
    // Narrower than a row's three columns (a dialog at 1024×768 in presentation mode): each row is stacked,
    // and nothing runs past the chart's edge.
    await page.setViewportSize({ width: 560, height: 800 });
    const overflow = await page.locator('#futures-ab-chart figure').evaluate((figure) => {
      const edge = figure.getBoundingClientRect().right;
      return [...figure.querySelectorAll('.futures-row *')]
        .filter((node) => node.getBoundingClientRect().right > edge + 1)
        .map((node) => node.textContent);
    });
    expect(overflow).toEqual([]);
    // The table twins are read, not drawn, and widen nothing: no sideways scrolling at a classroom laptop's width.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    expect((await page.locator('#futures-ab-chart .futures-table-twin').boundingBox())?.width).toBeLessThanOrEqual(1);
    expect(await page.locator('#futures-ab-chart table caption').count()).toBe(1);
    // These two answers differ; the same answer against itself is said to end alike, not read as a fault.
    expect(await page.locator('#futures-ab-chart .futures-alike').count()).toBe(0);
    await page.getByLabel('Choice B').selectOption({ label: 'Answer the crisis: stand aside' });
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect
      .poll(() => page.locator('#futures-ab-chart .futures-alike').textContent(), JOB)
      .toMatch(/^A and B ended alike: with the same dice, every ending has the same share/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("splits the futures over a pool of workers with exactly one worker's counts, and the engine's batch's", async () => {
    const { page, errors } = await harness.newPage();
    /** The counts the page shows for `runs` futures from the demo game after `clicks` months, with `workers` workers. */
    const countsWith = async (workers: number, clicks: number, runs: number): Promise<unknown> => {
      await openDemo(page, clicks, workers);
      expect(await page.locator('#futures-main').getAttribute('data-workers')).toBe(String(workers));
      // Touching the controls warms the pool; once every worker has started, a job is split over all.
      await page.locator('#futures-runs').fill(String(runs));
      await expect.poll(() => page.locator('#futures-main').getAttribute('data-warm'), JOB).toBe('true');
      await page.locator('#futures-run').click();
      await expect.poll(() => page.locator('#futures-main').getAttribute('data-futures'), JOB).toBe('done');
      expect(await page.locator('#futures-main').getAttribute('data-split')).toBe(String(workers));
      return JSON.parse((await page.locator('#futures-chart').getAttribute('data-counts')) ?? 'null');
    };
    // From May 1935: sim's batch for the same seeds (run i seeded "lesson#i"), with one worker and with three
    // (ranges of 50, 50 and 50: each worker's futures are its range's, not the first 50 again).
    const batch = runBatch(pact, { runs: 150, seed: 'lesson', policy: 'random', role: 'france' });
    expect(await countsWith(1, 0, 150)).toEqual(batch.counts);
    expect(await countsWith(3, 0, 150)).toEqual(batch.counts);
    // From a later month: the engine's futures in Node, uneven ranges (34, 33, 33).
    const later = runFutures(pact, demoWorld(5), { runs: 100, seed: 'lesson', policy: 'random' });
    expect(await countsWith(3, 5, 100)).toEqual(later.counts);
    expect(await countsWith(1, 5, 100)).toEqual(later.counts);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cancel stops every worker of the pool', async () => {
    const { page, errors } = await harness.newPage();
    await openDemo(page, 0, 3);
    await page.locator('#futures-runs').fill('60000');
    await expect.poll(() => page.locator('#futures-main').getAttribute('data-warm'), JOB).toBe('true');
    await page.locator('#futures-run').click();
    expect(await page.locator('#futures-main').getAttribute('data-split')).toBe('3');
    await expect
      .poll(
        () => page.locator('.futures-progress-bar').evaluate((n) => (n instanceof HTMLProgressElement ? n.value : 0)),
        JOB,
      )
      .toBeGreaterThan(300);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('#futures-main').getAttribute('data-futures'), JOB).toBe('cancelled');
    const progress = page.locator('#futures-main .futures-progress').first();
    // Told once every worker has said it stopped: then none is playing.
    await expect.poll(() => progress.getAttribute('data-busy-workers'), JOB).toBe('0');
    // Each worker had 20,000 futures to play: had one of them gone on to the end of its range, more would be counted.
    const stoppedAfter = Number(await progress.getAttribute('data-stopped-after'));
    expect(stoppedAfter).toBeGreaterThan(300);
    expect(stoppedAfter).toBeLessThan(20_000);
    expect(errors).toEqual([]);
    await page.close();
  });
});
