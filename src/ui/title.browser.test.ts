/**
 * The title screen before the game's code (issue 11 §2 and §5), in a real
 * browser (the shared build): the canvas draws and "New game" answers while
 * the app and the engine are held back on the network; the picker opens when
 * they come; the keyboard's focus stays on "New game" when the app draws the
 * title again; a game whose code cannot load says so on the title; and the
 * page asks for the game's code only after the canvas's first frame. No
 * console error anywhere but the one a test provokes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';

let harness: BrowserHarness;

beforeAll(async () => {
  // page.route holds the game's code back; a service worker would answer it unseen.
  harness = await startBrowserHarness('/', { serviceWorkers: 'block' });
});

afterAll(async () => {
  await harness?.close();
});

/** The app's and the engine's chunks (Vite names each chunk after its first module). */
const GAME_CODE = /\/assets\/(app|engine)-[^/]*\.js$/;

/** Hold the game's code back until `release` is called. */
async function holdGameCode(page: Page): Promise<{ held: string[]; release: () => void }> {
  let release = (): void => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held: string[] = [];
  await page.route(GAME_CODE, async (route) => {
    held.push(route.request().url());
    await gate;
    await route.continue();
  });
  return { held, release };
}

const firstFrame = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('map-first-frame').length > 0);

describe('the title screen before the game code', () => {
  it('the canvas draws and "New game" answers with the engine held back; the picker opens when it comes', async () => {
    const { page, errors } = await harness.newPage();
    const { held, release } = await holdGameCode(page);
    await page.goto(harness.url);
    await firstFrame(page);
    await page.locator('#new-game').click();
    await page.locator('#game-loading').waitFor();
    expect(await page.locator('#game-loading').textContent()).toBe('Loading the game…');
    expect(await page.locator('#new-game').getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('#setup-heading').count()).toBe(0);
    // The game's code was asked for, and is still on its way.
    await expect.poll(() => held.length).toBeGreaterThanOrEqual(2);
    release();
    await page.locator('#setup-heading').waitFor();
    await page.locator('input[name="scenario"][value="munich-1938"]').check();
    await page.locator('#start-game').click();
    await page.locator('#hud-month').waitFor();
    await page.locator('#map[data-ready="true"]').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the focus stays on "New game" when the app draws the title again', async () => {
    const { page, errors } = await harness.newPage();
    const { release } = await holdGameCode(page);
    await page.goto(harness.url);
    await firstFrame(page);
    await page.locator('#new-game').focus();
    release();
    // The app's title has its link to the legal cases, which index.html's has not.
    await page.locator('#legal-cases').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-game');
    // The map behind the title is out of the Tab order (a student's Tab once landed on it and panned it).
    const focusedIds = async (presses: number, key: 'Tab' | 'Shift+Tab') => {
      const ids: string[] = [];
      for (let i = 0; i < presses; i++) {
        await page.keyboard.press(key);
        ids.push(await page.evaluate(() => document.activeElement?.id ?? ''));
      }
      return ids;
    };
    expect(await page.locator('#map').evaluate((map) => map instanceof HTMLElement && map.inert)).toBe(true);
    expect(await focusedIds(30, 'Tab')).not.toContain('map');
    await page.locator('#new-game').focus();
    await page.keyboard.press('Enter');
    await page.locator('#setup-heading').waitFor();
    expect(await focusedIds(30, 'Shift+Tab')).not.toContain('map');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says on the title that the game could not load when its code cannot come, and keeps saying it', async () => {
    const { page, errors } = await harness.newPage();
    await page.route(/\/assets\/app-[^/]*\.js$/, (route) => route.abort());
    await page.goto(harness.url);
    await firstFrame(page);
    const notice = page.locator('#game-loading');
    await expect.poll(() => notice.textContent()).toMatch(/^The game could not load \(.+\): reload the page\.$/);
    await page.locator('#new-game').click();
    expect(await notice.textContent()).toMatch(/^The game could not load /);
    expect(await page.locator('#setup-heading').count()).toBe(0);
    // The refused request is the only error.
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error).toMatch(/app-[^/]*\.js|Failed to load resource/);
    await page.close();
  });

  it('asks for the app and the engine only after the canvas has drawn', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(harness.url);
    await page.locator('#map[data-ready="true"]').waitFor();
    const [frame, starts] = await page.evaluate((pattern) => {
      const code = new RegExp(pattern);
      return [
        performance.getEntriesByName('map-first-frame')[0]?.startTime ?? Number.NaN,
        performance
          .getEntriesByType('resource')
          .filter((entry) => code.test(new URL(entry.name).pathname))
          .map((entry) => entry.startTime),
      ] as const;
    }, GAME_CODE.source);
    expect(starts.length).toBeGreaterThanOrEqual(2);
    for (const start of starts) expect(start).toBeGreaterThanOrEqual(frame);
    expect(errors).toEqual([]);
    await page.close();
  });
});
