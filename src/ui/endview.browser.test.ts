/**
 * The ending's debrief and reachable endings, and the futures panel during
 * play, in the shared build of the game (Debian's Chromium): a talks-1939 game
 * to its ending, its debrief on screen, as CSV and printed to PDF (the debrief
 * alone), 200 futures from six turns before the end; a munich-1938 game's
 * futures panel: 100 futures, an A/B of two crisis answers, a cancelled run,
 * Escape. No console error.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../debrief/csv';
import { type BrowserHarness, SCREENSHOTS, startBrowserHarness } from './browserHarness';
import { REACHABLE_RUNS } from './endingView';
import { activate, newGame, playToEnd, screenshot } from './gameDriver';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** The futures counted in a chart's table (its second column), summed. */
async function chartTotal(page: Page, selector: string): Promise<number> {
  const counts = await page.locator(`${selector} .futures-table tbody tr td:nth-child(2)`).allTextContents();
  return counts.reduce((sum, text) => sum + Number(text.replaceAll(',', '')), 0);
}

describe('the ending: the debrief and the endings reachable from here', () => {
  it('France without Britain or the USSR after a war over the Rhineland: the ending says which of its alternatives this game took', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=rh-1`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'mouse', 'rhineland-1936', 'france');
    await playToEnd(page, 'mouse', { answer: 'invoke-protocol', shots: 'endview-alone' });
    expect(await page.locator('#ending').getAttribute('data-ending')).toBe('isolated-france');
    // The text offers two roads ("went to war … or stood aside …"); the case names the one taken, here and in the debrief.
    const taken = 'In this game France went to war with Germany, and neither Britain nor the USSR fought beside it.';
    expect(await page.locator('#ending-case').textContent()).toBe(taken);
    await page.locator('#ending-debrief .debrief-ending-case').waitFor();
    expect(await page.locator('#ending-debrief .debrief-ending-case').textContent()).toBe(taken);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('talks-1939 to its ending: the debrief, its CSV, its printout, and 200 futures', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=endview`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'mouse', 'talks-1939', 'ussr');
    const log = await playToEnd(page, 'mouse', { answer: 'ask-guarantors', shots: 'endview-talks' });
    const title = ((await page.locator('#ending-title').textContent()) ?? '').trim();
    expect(title.length).toBeGreaterThan(0);

    // The debrief: the ending's title, the months with divergences marked, each crisis.
    const debrief = page.locator('#ending-debrief');
    expect(await debrief.locator('.debrief-ending-title').textContent()).toBe(title);
    expect(await debrief.locator('.debrief-table tbody tr').count()).toBeGreaterThan(0);
    expect(await debrief.locator('.debrief-crisis').count()).toBe(log.crises.length);
    for (const crisis of log.crises) {
      const name = crisis.title.replace(/^Crisis: /, '');
      expect(await debrief.locator('.debrief-crises').textContent()).toContain(name);
    }
    await debrief.locator('.debrief-ending-title').scrollIntoViewIfNeeded();
    await screenshot(page, 'endview-debrief');

    // The CSV downloads and reads back.
    const [download] = await Promise.all([page.waitForEvent('download'), activate(page, 'mouse', '#download-debrief')]);
    expect(download.suggestedFilename()).toBe('talks-1939-debrief.csv');
    const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.flat().join(' ')).toContain(title);

    // Printed: the debrief alone.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#map').isVisible()).toBe(false);
    expect(await page.locator('#ending-title').isVisible()).toBe(false);
    expect(await page.locator('#reachable').isVisible()).toBe(false);
    expect(await page.locator('#print-debrief').isVisible()).toBe(false);
    expect(await debrief.locator('.debrief-ending-title').isVisible()).toBe(true);
    await page.emulateMedia({ media: null });
    mkdirSync(SCREENSHOTS, { recursive: true });
    const pdf = join(SCREENSHOTS, 'endview-debrief.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).normalize('NFKC').replace(/\s+/g, ' ');
    expect(text).toContain(title.replace(/\s+/g, ' '));
    // All of it, to its last section, on pages of its own.
    const lastSource = ((await debrief.locator('.debrief-sources li').last().textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(lastSource.slice(0, 40));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(2);
    expect(text).not.toContain('Back to the title screen');
    expect(text).not.toContain('The endings reachable from here');
    const paperOf = (file: string) =>
      /Page size:\s+(.*)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
    expect(paperOf(pdf)).toMatch(/\(A4\)/);
    // Letter, chosen beside the print button (the page names the paper: the browser's dialog cannot).
    const paperChoice = page.getByRole('combobox', { name: 'Paper size' });
    // Named on screen beside its choice, at the buttons' size.
    expect(await page.locator('label[for="debrief-paper"]').isVisible()).toBe(true);
    expect(await paperChoice.evaluate((n) => Number.parseFloat(getComputedStyle(n).fontSize))).toBeGreaterThanOrEqual(
      18,
    );
    await paperChoice.selectOption('letter');
    const letter = join(SCREENSHOTS, 'endview-debrief-letter.pdf');
    await page.pdf({ path: letter, preferCSSPageSize: true });
    expect(paperOf(letter)).toMatch(/\(letter\)/);

    // The endings reachable from six turns before the end: 200 futures in the worker.
    await activate(page, 'mouse', '#reachable-run');
    await expect.poll(() => page.locator('#reachable').getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
    expect(await page.locator('#reachable-chart .futures-chart').getAttribute('data-runs')).toBe(
      String(REACHABLE_RUNS),
    );
    expect(await chartTotal(page, '#reachable-chart')).toBe(REACHABLE_RUNS);
    await page.locator('#reachable-chart').scrollIntoViewIfNeeded();
    await screenshot(page, 'endview-reachable');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});

describe('the futures panel during play', () => {
  it('munich-1938: 100 futures, an A/B of two crisis answers, a cancelled run, Escape', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=endview-munich`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'mouse', 'munich-1938', 'france');
    // On to the first crisis.
    for (let i = 0; i < 24 && !(await page.locator('#crisis-answers').isVisible()); i++) {
      await activate(page, 'mouse', '#end-month');
    }
    expect(await page.locator('#crisis-answers').isVisible()).toBe(true);

    // The dialog opens by keyboard, labelled, with the focus inside.
    await page.locator('#open-futures').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Futures from / });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
    expect(await page.locator('#futures-size').inputValue()).toBe('1000');

    // 100 futures.
    await page.locator('#futures-size').selectOption('100');
    await activate(page, 'mouse', '#futures-run');
    await expect
      .poll(() => page.locator('#futures-batch').getAttribute('data-state'), { timeout: 60_000 })
      .toBe('done');
    expect(await chartTotal(page, '#futures-batch-chart')).toBe(100);

    // A/B of two crisis answers: each ending either reached is marked.
    const options = await page.locator('#futures-choice-a option').allTextContents();
    expect(options).toContain('Refer it to the League Council');
    await page.locator('#futures-choice-a').selectOption({ index: 0 });
    await page.locator('#futures-choice-b').selectOption({ index: 1 });
    await activate(page, 'mouse', '#futures-compare');
    await expect.poll(() => page.locator('#futures-ab').getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
    const rows = page.locator('#futures-ab-chart .futures-row-ab');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const verdict of await page.locator('#futures-ab-chart .futures-verdict').allTextContents()) {
      expect(['larger than chance', 'within chance']).toContain(verdict);
    }
    await screenshot(page, 'endview-futures-ab');

    // A run of 1,000, cancelled: the page answers at once, the worker stops.
    await page.locator('#futures-size').selectOption('1000');
    // Cancel by keyboard, the moment the run starts: started and its Cancel focused in one step of the page, so that
    // a warm pool (1,000 short futures from September 1938 take a few tens of milliseconds) cannot finish first.
    await page.locator('#futures-run').evaluate((run) => {
      if (run instanceof HTMLButtonElement) run.click();
      document.querySelector<HTMLElement>('#futures-batch .futures-cancel')?.focus();
    });
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('futures-cancel');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#futures-batch').getAttribute('data-state')).toBe('cancelled');
    expect(await page.locator('#futures-batch .futures-status').textContent()).toBe('Cancelled.');

    // Escape closes the dialog and gives the focus back; the game goes on.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('open-futures');
    expect(await page.locator('#crisis-answers').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
