/**
 * The game's keys on `?`, in a real browser: from the title screen and in a
 * game, a dialog lists them; Escape closes it and gives the focus back. In
 * presentation mode `?` opens the teacher's list alone, not both. Before, `?`
 * did nothing outside presentation mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11yAudit';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';
import { newGame, screenshot } from './gameDriver';
import { GAME_KEYS } from './gameKeys';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('the keys on ?', () => {
  it('lists the game’s keys from the title and in a game, and the teacher’s alone in presentation mode', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(harness.url);
    await page.locator('#map[data-ready="true"]').waitFor();
    await page.locator('#new-game').focus();
    const keys = page.getByRole('dialog', { name: 'Keys', exact: true });

    await page.keyboard.press('?');
    await keys.waitFor();
    expect(await keys.locator('dt').allTextContents()).toEqual(GAME_KEYS.map(([key]) => key));
    expect(await keys.textContent()).toContain('This list of keys');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => keys.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-game');

    await newGame(page, 'keyboard', 'pact-1935', 'france');
    await page.locator('#end-month').focus();
    await page.keyboard.press('?');
    await keys.waitFor();
    await screenshot(page, 'game-keys');
    await page.keyboard.press('Escape');
    await expect.poll(() => keys.count()).toBe(0);
    // Escape closed the list only: the game is where it was, its focus too.
    expect(await page.locator('#hud-month').textContent()).toBe('May 1935');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('end-month');

    await page.keyboard.press('p');
    await page.locator('body.presenting').waitFor();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keys for the teacher' }).waitFor();
    expect(await keys.count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await page.close();
  });
});
