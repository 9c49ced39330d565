/**
 * The bar at the top of the game is one row on a 1280×800 screen, the common
 * classroom laptop: wrapped onto two or three rows it hid the top of the map
 * and pushed the month's panel down. Played as a new user starts a game.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGame, recordGame } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';
import { newGame, screenshot } from './gameDriver';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** The top of each of the bar's items, and the bar's own height, in CSS pixels. */
async function barRows(page: Page): Promise<{ tops: number[]; height: number; items: string[] }> {
  return page.evaluate(() => {
    const hud = document.getElementById('hud');
    if (hud === null) throw new Error('no bar');
    const items = [...hud.children] as HTMLElement[];
    return {
      tops: items.map((e) => Math.round(e.getBoundingClientRect().top)),
      height: Math.round(hud.getBoundingClientRect().height),
      items: items.map((e) => `${e.id || e.className}: ${Math.round(e.getBoundingClientRect().width)}`),
    };
  });
}

describe('the top bar at 1280×800', () => {
  it.each([
    ['as-it-happened', 'ussr'],
    ['what-if-convention-1937', 'france'],
    ['talks-1939', 'ussr'],
  ] as const)(
    '%s as %s: every item on one row',
    async (scenario, role) => {
      const { page, errors } = await harness.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${harness.url}?seed=one-row`);
      await page.locator('#map[data-ready="true"]').waitFor();
      await newGame(page, 'mouse', scenario, role);
      // End a month so that the save status says what was saved.
      await page.locator('#end-month').click();
      await expect.poll(() => page.locator('#save-status').textContent()).toMatch(/^Saved/);
      const { tops, height, items } = await barRows(page);
      const first = tops[0] ?? 0;
      for (const [i, top] of tops.entries())
        expect(Math.abs(top - first), `${items[i]} (${items.join(', ')})`).toBeLessThan(12);
      expect(height).toBeLessThan(60);
      // The save status is read whole ("Saved.", not "Savec"): the scenario's title gives way instead.
      const status = await page
        .locator('#save-status')
        .evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth, text: e.textContent }));
      expect(status.scroll, `${status.text} (${items.join(', ')})`).toBeLessThanOrEqual(status.client + 1);
      if (scenario === 'as-it-happened') await screenshot(page, 'hud-one-row');
      expect(errors).toEqual([]);
      await page.close();
    },
    60_000,
  );

  it('keeps the Game menu and the Title screen button on screen beside a long status (a game file opened)', async () => {
    const scenario = loadScenario('as-it-happened');
    const game = createGame(scenario, { seed: 'long-status', role: 'ussr' });
    game.send({ type: 'turn.end' });
    const text = JSON.stringify(recordGame(scenario, 'long-status', 'ussr', game.getSnapshot().turns));
    const { page, errors } = await harness.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${harness.url}?seed=long-status`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await page.locator('#import-file').setInputFiles({
      name: `${'the-class-of-nineteen-thirty-six-'.repeat(2)}second-period.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect.poll(() => page.locator('#save-status').textContent()).toMatch(/^Opened the-class/);
    const { items } = await barRows(page);
    for (const id of ['hud-more', 'to-title']) {
      const box = await page.locator(`#${id}`).boundingBox();
      expect(box, id).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0), `${id} (${items.join(', ')})`).toBeLessThanOrEqual(1280);
    }
    const { height } = await barRows(page);
    expect(height).toBeLessThan(90);
    await screenshot(page, 'hud-long-status');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('keeps the Title screen button on screen at 1280×800 in a game under two rule variants', async () => {
    const { page, errors } = await harness.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${harness.url}?seed=hud-variants`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await page.locator('#new-game').click();
    await page.locator('input[name="scenario"][value="pact-1935"]').check();
    await page.locator('#variant-no-protocol-override').check();
    await page.locator('#variant-poland-grants-transit').check();
    await page.locator('#start-game').click();
    await expect.poll(() => page.locator('#hud-variants').getAttribute('title')).toMatch(/^Rule variants: /);
    const { items } = await barRows(page);
    for (const id of ['hud-more', 'to-title']) {
      const box = await page.locator(`#${id}`).boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0), `${id} (${items.join(', ')})`).toBeLessThanOrEqual(1280);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
