/**
 * Each order says what it does, in the game in a real browser: a line under
 * its button, read with it by a screen reader (its description), before the
 * reason it is refused now where it is. Played as the USSR, whose orders
 * (a feeler to Berlin, the Red Army's readiness) a playtest found unexplained.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GameAction, MODEL } from '../engine';
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

  it("says what Moscow's proposals for collective security do and their odds now, and the month tells London's and Paris's answer", async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=collective-security`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'keyboard', 'pact-1935', 'ussr');
    const press: GameAction = { type: 'diplomacy.collectiveSecurity' };
    const help = orderHelp(press);
    expect(help).toContain(
      "if London and Paris take it up, Soviet commitment to collective security +3, Moscow's drift towards a deal with Germany −6",
    );
    expect(help).toContain("if they let it drop, Moscow's drift towards a deal with Germany +1");
    expect(await described(page, press.type)).toEqual([help]);
    const button = page.locator(`#orders button[data-action="${press.type}"]`);
    expect(await button.innerText()).toContain('Press collective security');
    // The odds the order rolls, under Laval and Baldwin as the game opens (the same rule the engine rolls).
    const odds = (await button.locator('.odds').innerText()).trim();
    expect(odds).toMatch(/^, odds \d+ in 100 that london and Paris take up Moscow's proposal$/i);
    expect(odds.toLowerCase()).toContain(MODEL.collectiveSecurity.answer.label.toLowerCase());
    await button.focus();
    await page.keyboard.press('Enter');
    const said = (await page.locator('#this-month .entries').innerText()).trim();
    expect(said).toMatch(
      /Litvinov presses collective security(, and London and Paris take the proposal up|; London and Paris let the proposal drop)/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
