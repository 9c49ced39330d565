/**
 * Each order says what it does, in the game in a real browser: a line under
 * its button, read with it by a screen reader (its description), before the
 * reason it is refused now where it is. Played as the USSR, whose orders
 * (a feeler to Berlin, the Red Army's readiness) a playtest found unexplained.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GameAction } from '../engine';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';
import { newGame } from './gameDriver';
import { orderHelp } from './orderHelp';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** An order's button's description: the texts of the elements it names, in order. */
function described(page: Page, action: string): Promise<string[]> {
  return page
    .locator(`#orders button[data-action="${action}"]`)
    .evaluate((button) =>
      (button.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? `missing #${id}`),
    );
}

describe('what each order does', () => {
  it('is said under each order and read with it, before why it is refused', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(harness.url);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'keyboard', 'pact-1935', 'ussr');
    const feeler: GameAction = { type: 'diplomacy.germanFeeler' };
    expect(await described(page, 'diplomacy.germanFeeler')).toEqual([orderHelp(feeler)]);
    expect(await described(page, 'military.readiness')).toEqual([orderHelp({ type: 'military.readiness' })]);
    // Refused now (no contacts yet): what it does, then why not.
    const talks = await described(page, 'convention.staffTalks');
    expect(talks).toEqual([
      orderHelp({ type: 'convention.staffTalks' }),
      'Not now: staff talks need attaché contacts first.',
    ]);
    expect(await page.locator('#orders').textContent()).toContain(orderHelp(feeler));
    expect(errors).toEqual([]);
    await page.close();
  });
});
