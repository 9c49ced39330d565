/**
 * Issue 13 in a real browser (the shared build), the parts files.browser.test.ts
 * leaves: a command-line `record` file opened by the file picker and by a drop
 * on the page, taken over, played a month, exported and replayed by the
 * command line's `replay`; 1936 as it happened watched by keyboard alone and
 * taken over at the Rhineland to an ending; Escape on every box of the
 * extras, focus back on its opener and never trapped; any two games side by
 * side; axe-core on these screens, at 200% zoom too; the comparison opened
 * with the network cut. No console error anywhere.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as record } from '../cli/recordCommand';
import { REPLAY_EXIT, main as replay } from '../cli/replayCommand';
import { formatMonth } from '../engine';
import { runCommand } from '../testing/cli';
import { axeViolations } from './a11yAudit';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';
import { activate, gapBetween, screenshot, tabTo } from './gameDriver';

let harness: BrowserHarness;
const dir = mkdtempSync(join(tmpdir(), 'hollow-pact-replay-keys-'));

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ready(page: Page): Promise<void> {
  await page.locator('#new-game').waitFor();
  await page.locator('#map[data-ready="true"]').waitFor();
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const heading = (page: Page) => page.locator('#replay-heading').textContent();
const hudHash = (page: Page) => page.locator('#hud').getAttribute('data-hash');

/** Whether focus is inside `selector`. */
const focusInside = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.contains(document.activeElement) === true, selector);

/** Press Tab (or Shift+Tab) until focus leaves `selector`: focus is never trapped in it. */
async function tabsOut(page: Page, selector: string, key: 'Tab' | 'Shift+Tab'): Promise<boolean> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(key);
    if (!(await focusInside(page, selector))) return true;
  }
  return false;
}

/** A game file written by the command line's `record`. */
function recorded(name: string, args: readonly string[]): { path: string; text: string } {
  const path = join(dir, name);
  const run = runCommand(record, [...args, '--out', path]);
  expect(run.err).toEqual([]);
  expect(run.code).toBe(0);
  return { path, text: readFileSync(path, 'utf8') };
}

/** The final hash a game file records. */
function finalHash(text: string): string {
  const file: { checkpoints: { hash: string; final?: boolean }[] } = JSON.parse(text);
  return file.checkpoints.find((c) => c.final === true)?.hash ?? '';
}

describe('a command-line game file in the browser, and back', () => {
  it('opens a `record` file by the picker and by a drop at its month and hash; taken over, played, exported, it replays on the command line', async () => {
    const cli = recorded('munich.json', ['--scenario', 'munich-1938', '--seed', 'cli-to-browser', '--role', 'ussr']);
    const file = JSON.parse(cli.text);
    const lastMonth: string = file.turns.at(-1).month;
    const { page, errors } = await harness.newPage();
    await page.goto(harness.url);
    await ready(page);

    // The file picker.
    await page.locator('#import-file').setInputFiles({
      name: 'munich.json',
      mimeType: 'application/json',
      buffer: Buffer.from(cli.text),
    });
    await page.locator('#hud-month').waitFor();
    expect(await hudHash(page)).toBe(finalHash(cli.text));
    const shown = formatMonth(lastMonth);
    expect(await page.locator('#hud-month').textContent()).toBe(shown);

    // A drop onto the page, after a reload.
    await page.reload();
    await ready(page);
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped-munich.json', { type: 'application/json' }));
      return data;
    }, cli.text);
    await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await page.locator('#hud-month').waitFor();
    expect(await page.locator('#save-status').textContent()).toContain('Opened dropped-munich.json');
    expect(await page.locator('#hud-month').textContent()).toBe(shown);
    expect(await hudHash(page)).toBe(finalHash(cli.text));

    // The recorded game is over: watch it, take over at its first month as the other side, play a month.
    await page.locator('#hud-more summary').click();
    await page.locator('#watch-replay').click();
    await page.locator('#replay-heading').waitFor();
    expect(await heading(page)).toBe('September 1938');
    await page.locator('#take-over-france').click();
    await page.locator('#month-heading').waitFor();
    await activate(page, 'mouse', '#end-month');
    // September 1938 is Munich's month: a crisis may come first.
    await page.locator('#crisis-answers, #hud-month:text("October 1938")').first().waitFor();
    if (await page.locator('#crisis-answers').isVisible()) {
      await activate(page, 'mouse', '[data-choice="refer-council"]');
      await activate(page, 'mouse', '#crisis-continue');
    }
    await expect.poll(() => page.locator('#hud-month').textContent()).toBe('October 1938');
    const hash = await hudHash(page);

    if ((await page.locator('#hud-more').getAttribute('open')) === null)
      await page.locator('#hud-more summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-game').click()]);
    const exported = join(dir, 'exported.json');
    writeFileSync(exported, readFileSync(await download.path(), 'utf8'));
    expect(JSON.parse(readFileSync(exported, 'utf8'))).toMatchObject({
      role: 'france',
      branchedFrom: { month: '1938-09', role: 'ussr' },
    });
    const back = runCommand(replay, [exported]);
    expect(back.err).toEqual([]);
    expect(back.code).toBe(REPLAY_EXIT.matched);
    expect(back.out.at(-1)).toContain(`final hash ${hash}`);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('the replay by keyboard alone', () => {
  it('watches 1936 as it happened (play, pause, a month on and back, the timeline), takes over at the Rhineland and plays to an ending', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(harness.url);
    await ready(page);
    await activate(page, 'keyboard', '#watch-history');
    await page.locator('#replay-heading').waitFor();
    expect(await heading(page)).toBe('May 1935');
    expect(await axeViolations(page)).toEqual([]);
    // At the first step there is no month before: the button says so; the crisis steps are counted as steps.
    expect(await page.locator('#replay-back').getAttribute('aria-disabled')).toBe('true');
    expect(await page.locator('#replay-forward').getAttribute('aria-disabled')).toBeNull();
    expect(await page.locator('#replay-position').textContent()).toMatch(
      /^Step 1 of \d+ \(a month, or the crisis within a month\)/,
    );

    // Play: the months go by, and focus stays on the button to pause with.
    await tabTo(page, '#replay-play');
    await page.keyboard.press('Enter');
    expect(await page.locator('#replay-play').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => heading(page), { timeout: 5_000 }).not.toBe('May 1935');
    expect(await focusedId(page)).toBe('replay-play');
    await page.keyboard.press('Enter');
    expect(await page.locator('#replay-play').getAttribute('aria-pressed')).toBe('false');
    const paused = await heading(page);
    await page.waitForTimeout(1_700);
    expect(await heading(page)).toBe(paused);

    // A month on, then back.
    await tabTo(page, '#replay-forward');
    await page.keyboard.press('Enter');
    const on = await heading(page);
    expect(on).not.toBe(paused);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedId(page)).toBe('replay-back');
    await page.keyboard.press('Enter');
    expect(await heading(page)).toBe(paused);

    // The timeline: End to the last step, where there is no month after; Home to the first month, the arrows to
    // the Rhineland's crisis.
    await tabTo(page, '#replay-timeline');
    await page.keyboard.press('End');
    expect(await page.locator('#replay-forward').getAttribute('aria-disabled')).toBe('true');
    expect(await page.locator('#replay-back').getAttribute('aria-disabled')).toBeNull();
    await page.keyboard.press('Home');
    expect(await heading(page)).toBe('May 1935');
    for (let i = 0; i < 30 && (await heading(page)) !== 'March 1936 (the crisis)'; i++) {
      await page.keyboard.press('ArrowRight');
    }
    expect(await heading(page)).toBe('March 1936 (the crisis)');
    expect(await focusedId(page)).toBe('replay-timeline');
    expect(await page.locator('#replay-log').textContent()).toMatch(/Rhineland/);
    // The answer given at this step is named, not counted ("Orders given: 1.").
    expect(await page.locator('#replay-given').textContent()).toMatch(/^Orders given: [A-Z][^0-9]*\.$/);
    await screenshot(page, 'replay-keys-rhineland');

    // Take over as France at the crisis, and play on: every crisis answered by invoking the Locarno guarantee.
    await activate(page, 'keyboard', '#take-over-france');
    await page.locator('#crisis-answers').waitFor();
    expect(await page.locator('#branch-note').textContent()).toContain('Branched in March 1936');
    let months = 0;
    for (let step = 0; step < 60; step++) {
      if (await page.locator('#ending').isVisible()) break;
      if (await page.locator('#crisis-answers').isVisible()) {
        await activate(page, 'keyboard', '[data-choice="invoke-protocol"]');
        await activate(page, 'keyboard', '#crisis-continue');
      } else {
        const before = await page.locator('#hud-month').textContent();
        await activate(page, 'keyboard', '#end-month');
        await expect
          .poll(
            async () =>
              (await page.locator('#ending, #crisis-answers').count()) > 0 ||
              (await page.locator('#hud-month').textContent()) !== before,
          )
          .toBe(true);
        months++;
      }
    }
    await expect.poll(() => page.locator('#ending-title').textContent()).toMatch(/\S/);
    expect(months).toBeGreaterThan(10);
    await screenshot(page, 'replay-keys-ending');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});

/** Open the HUD's Game menu by keyboard, if it is closed. */
async function openMenu(page: Page): Promise<void> {
  if ((await page.locator('#hud-more').getAttribute('open')) !== null) return;
  await tabTo(page, '#hud-more summary');
  await page.keyboard.press('Enter');
  await page.locator('#hud-more-body, .hud-more-body').first().waitFor();
}

/** The box is shown, then Escape hides it and focus is back on `opener`. */
async function escapeCloses(page: Page, box: string, opener: string): Promise<void> {
  expect(await page.locator(box).isVisible(), box).toBe(true);
  await page.keyboard.press('Escape');
  expect(await page.locator(box).isVisible(), box).toBe(false);
  expect(await page.evaluate((s) => document.activeElement?.matches(s) === true, opener), `${box} → ${opener}`).toBe(
    true,
  );
}

describe('Escape on every box of the extras, and any two games side by side', () => {
  it('the Game menu, the share box, the comparison, the replay: Escape closes each, focus goes back, Tab is never trapped', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=escape-1`);
    await ready(page);

    // The title's replay: Escape goes back to the title, on "Watch history".
    await activate(page, 'keyboard', '#watch-history');
    await page.locator('#replay-heading').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#new-game').waitFor();
    expect(await focusedId(page)).toBe('watch-history');
    // The import's file picker, cancelled: focus stays on the button that opened it.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), activate(page, 'keyboard', '#import-game')]);
    await chooser.setFiles([]);
    expect(await focusedId(page)).toBe('import-game');
    expect(await page.locator('#file-message').textContent()).toBe('');

    await activate(page, 'keyboard', '#new-game');
    await activate(page, 'keyboard', '#start-game');
    await page.locator('#hud-month').waitFor();
    await activate(page, 'keyboard', '#end-month');
    await expect.poll(() => page.locator('#hud-month').textContent()).toBe('June 1935');

    // The Game menu.
    await openMenu(page);
    await tabTo(page, '#export-game');
    await page.keyboard.press('Escape');
    expect(await page.locator('#hud-more').getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.matches('#hud-more summary'))).toBe(true);

    // The share box: Escape, then not trapped either way.
    await openMenu(page);
    await activate(page, 'keyboard', '#share-link');
    expect(await focusedId(page)).toBe('share-url');
    expect(await page.locator('#share-link').getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await escapeCloses(page, '#share-box', '#share-link');
    await page.keyboard.press('Enter');
    expect(await tabsOut(page, '#share-box', 'Tab')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#share-box').isVisible()).toBe(false);

    // Two games side by side: this game and history, then a command-line file added to the choice.
    await openMenu(page);
    await activate(page, 'keyboard', '#compare-two');
    await page.locator('#compare-box').waitFor();
    expect(await focusedId(page)).toBe('compare-heading');
    expect(await page.locator('#compare-a').inputValue()).toBe('this');
    expect(await page.locator('#compare-b').inputValue()).toBe('history');
    // Your game (its own seed, one month played) and history's: apart from the first month on.
    expect(await page.locator('#compare-result .share-divergence').getAttribute('data-month')).toBe('1935-05');
    const first = page.locator('#compare-result tbody tr').first();
    expect(await first.locator('th').textContent()).toBe('May 1935');
    expect(await first.locator('td').first().textContent()).toBe('different');
    // One row per month of the longer game: history's, to September 1939 (53 months).
    expect(await page.locator('#compare-result tbody tr').count()).toBe(53);
    await screenshot(page, 'compare-two-games');
    // Its 53 rows scroll inside the box, which stops above the bottom line: the sound captions show there.
    const bottomLine = await gapBetween(page, '#compare-box', '#standing');
    expect(bottomLine.lowerHeight).toBeGreaterThan(0);
    expect(bottomLine.gap).toBeGreaterThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    // History beside itself: never diverges.
    await page.locator('#compare-a').selectOption('history');
    await expect.poll(() => page.locator('#compare-result .share-divergence').textContent()).toMatch(/same game/);
    // A command-line game whose seed is markup: it opens, and the markup is never parsed.
    const cli = recorded('pact.json', ['--scenario', 'pact-1935', '--seed', '<img src=x onerror="window.hacked=1">']);
    await page.locator('#compare-file').setInputFiles({
      name: 'pact.json',
      mimeType: 'application/json',
      buffer: Buffer.from(cli.text),
    });
    await expect.poll(() => page.locator('#compare-b').inputValue()).toBe('file-1');
    expect(await page.locator('#compare-message').textContent()).toContain('Added pact.json');
    // A file holding markup is refused, as text, and added to nothing.
    await page.locator('#compare-file').setInputFiles({
      name: '<b>bold</b>.json',
      mimeType: 'application/json',
      buffer: Buffer.from('<script>window.hacked = 1</script>'),
    });
    await expect.poll(() => page.locator('#compare-message').textContent()).toContain('<b>bold</b>.json');
    expect(await page.locator('#compare-message *').count()).toBe(0);
    expect(await page.locator('#compare-b option').count()).toBe(3);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => Reflect.get(window, 'hacked'))).toBeUndefined();
    await tabTo(page, '#compare-close');
    expect(await tabsOut(page, '#compare-box', 'Tab')).toBe(true);
    await page.locator('#compare-heading').focus();
    expect(await tabsOut(page, '#compare-box', 'Shift+Tab')).toBe(true);
    await page.locator('#compare-a').focus();
    await escapeCloses(page, '#compare-box', '#compare-two');

    // The replay of this game from its HUD: Escape goes back to the game, on "Watch the replay".
    await activate(page, 'keyboard', '#watch-replay');
    await page.locator('#replay-heading').waitFor();
    expect(await heading(page)).toBe('May 1935');
    // Its comparison: this replay beside history.
    await activate(page, 'keyboard', '#replay-compare');
    await page.locator('#compare-box').waitFor();
    expect(await page.locator('#compare-a').inputValue()).toBe('replay');
    expect(await page.locator('#compare-b').inputValue()).toBe('history');
    await escapeCloses(page, '#compare-box', '#replay-compare');
    await page.keyboard.press('Escape');
    await page.locator('#month-heading').waitFor();
    expect(await page.locator('#hud-month').textContent()).toBe('June 1935');
    expect(await focusedId(page)).toBe('watch-replay');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

/** The focused element's box on screen, or null. */
const focusedBox = (page: Page) =>
  page.evaluate(() => {
    const rect = document.activeElement?.getBoundingClientRect();
    return rect === undefined ? null : { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
  });

describe('the replay and the comparison at 200% zoom, and offline', () => {
  it('a 1280×800 screen at 200% (640×400 CSS pixels): nothing cut off sideways, every control reached by Tab and on screen', async () => {
    const { page, errors } = await harness.newPage();
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(harness.url);
    await ready(page);
    await activate(page, 'keyboard', '#watch-history');
    await page.locator('#replay-heading').waitFor();
    const sideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await sideways()).toBeLessThanOrEqual(0);
    const controls = [
      '#replay-back',
      '#replay-play',
      '#replay-forward',
      '#replay-compare',
      '#replay-timeline',
      '#take-over-france',
    ];
    for (const selector of controls) {
      await tabTo(page, selector);
      const box = await focusedBox(page);
      expect(box?.left ?? -1, selector).toBeGreaterThanOrEqual(0);
      expect(box?.right ?? 9999, selector).toBeLessThanOrEqual(640);
      expect(box?.top ?? -1, selector).toBeGreaterThanOrEqual(0);
      expect(box?.bottom ?? 9999, selector).toBeLessThanOrEqual(400);
    }
    await screenshot(page, 'zoom-200-replay');
    await activate(page, 'keyboard', '#replay-compare');
    await page.locator('#compare-box').waitFor();
    const dialog = await page.locator('#compare-box').boundingBox();
    expect(dialog?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((dialog?.x ?? 0) + (dialog?.width ?? 9999)).toBeLessThanOrEqual(640);
    expect(await sideways()).toBeLessThanOrEqual(0);
    for (const selector of ['#compare-a', '#compare-b', '#compare-close']) {
      await tabTo(page, selector);
      const box = await focusedBox(page);
      expect(box?.top ?? -1, selector).toBeGreaterThanOrEqual(0);
      expect(box?.bottom ?? 9999, selector).toBeLessThanOrEqual(400);
      // Inside the box, not cut off by its edge.
      expect(box?.right ?? 9999, selector).toBeLessThanOrEqual((dialog?.x ?? 0) + (dialog?.width ?? 0));
    }
    await screenshot(page, 'zoom-200-compare');
    await escapeCloses(page, '#compare-box', '#replay-compare');
    expect(errors).toEqual([]);
    await page.close();
  }, 40_000);

  it('with the network cut after the first visit: the replay, and the comparison whose code loads only when opened', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(harness.url);
    await ready(page);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), { timeout: 20_000 })
      .toBe('activated');
    await harness.context.setOffline(true);
    try {
      await page.reload();
      await ready(page);
      await activate(page, 'keyboard', '#watch-history');
      await page.locator('#replay-heading').waitFor();
      await activate(page, 'keyboard', '#replay-compare');
      await page.locator('#compare-box').waitFor();
      expect(await page.locator('#compare-result .share-divergence').textContent()).toMatch(/same game/);
      await escapeCloses(page, '#compare-box', '#replay-compare');
    } finally {
      await harness.context.setOffline(false);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 40_000);
});
