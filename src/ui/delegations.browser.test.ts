/**
 * Delegations on one screen in a real browser (issue 14 §2, §8), by keyboard
 * alone: the title screen's "Delegations on one screen", France's delegation
 * gives an order and ends its orders, and the hand-over screen hides France's
 * private screen (its order, its capital) until the Soviet delegation takes
 * the seat; the Soviet delegation then sees its own orders and capital, not
 * France's. With three delegations, the Polish delegation is seated first at
 * a crisis and answers the request for Soviet transit, then France and the
 * USSR answer. With four (France, the USSR, Romania, Czechoslovakia) at the
 * Sudeten crisis, Romania answers the request for transit, then
 * Czechoslovakia gives its stand, then France and the USSR answer, each behind
 * a hand-over. With Britain at the Rhineland, the British delegation gives its
 * verdict as a Locarno guarantor by keyboard, and the crisis's law shows the veto
 * it put on France's riposte. With Britain at Prague (a game of munich-1938 opened
 * from its share link at that crisis, Britain seated), the British delegation gives its verdict and
 * then, asked a second question, guarantees Poland by keyboard: the crisis's outcome
 * says the delegation decided, and the world is the engine's for the same answers. With Poland and Britain at the
 * Sudeten crisis (munich-1938 opened from its share link), Britain is asked after its verdict whether it stands with
 * France, and in October 1938 the Polish delegation whether Poland takes Teschen, each answered by keyboard.
 * axe-core finds nothing; no console error.
 * Screenshots to screenshots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGame, type Delegation, hashWorld, recordGame, standAsked } from '../engine';
import { packLink } from '../share/link';
import { loadScenario } from '../testing/scenarios';
import { axeViolations } from './a11yAudit';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';
import { screenshot, tabTo } from './gameDriver';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** France, then the USSR, each behind its hand-over, invoke the Protocol at a crisis by keyboard; the result shows. */
async function bothSidesInvokeTheProtocol(page: Page, onFrenchScreen?: () => Promise<void>): Promise<void> {
  const heading = () => page.locator('#handover-heading').innerText();
  await page.locator('#handover').waitFor();
  expect(await heading()).toBe('Pass to the French delegation');
  await page.keyboard.press('Escape');
  await page.locator('#crisis-answers').waitFor();
  await onFrenchScreen?.();
  await tabTo(page, '[data-choice="invoke-protocol"]');
  await page.keyboard.press('Enter');
  await page.locator('#handover').waitFor();
  expect(await heading()).toBe('Pass to the Soviet delegation');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('#delegation-turn').innerText()).toContain('the Soviet delegation');
  await tabTo(page, '[data-choice="invoke-protocol"]');
  await page.keyboard.press('Enter');
  await page.locator('#crisis-result-heading').waitFor();
}

describe('delegations on one screen', () => {
  it('hands over from the French delegation to the Soviet one, hiding the French screen', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=delegations-browser`);
    await page.locator('#delegations-game').waitFor();
    await tabTo(page, '#delegations-game');
    await page.keyboard.press('Enter');
    await page.locator('#delegations-heading').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, '#start-delegations');
    await page.keyboard.press('Enter');
    await page.locator('#hud-month').waitFor();

    // France's turn: the panel says so, and France gives an order only France can give.
    await expect.poll(() => page.locator('#delegation-turn').textContent()).toContain('the French delegation');
    await tabTo(page, 'button[data-action="domestic.rally"]');
    await page.keyboard.press('Enter');
    await page.locator('#this-month').waitFor();
    const frenchOrders = (await page.locator('#this-month .entries').innerText()).trim();
    expect(frenchOrders.length).toBeGreaterThan(0);
    const frenchCapital = await page.locator('#orders-heading').innerText();
    await screenshot(page, 'delegations-french');

    await tabTo(page, '#end-month');
    await page.keyboard.press('Enter');
    const handover = page.locator('#handover');
    await handover.waitFor();
    expect(await page.locator('#handover-heading').innerText()).toBe('Pass to the Soviet delegation');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('handover-continue');
    // While the hand-over screen is up, nothing of the French screen is visible: not its orders, not its capital.
    expect(await page.locator('#panel').isVisible()).toBe(false);
    expect(await page.locator('#hud').isVisible()).toBe(false);
    const visible = await page.evaluate(() => document.body.innerText);
    expect(visible).not.toContain(frenchOrders);
    expect(visible).not.toContain(frenchCapital);
    expect(await page.locator('button[data-action="domestic.rally"]').isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-handover');

    // Escape seats the Soviet delegation: its own orders and capital, and none of France's orders this month.
    await page.keyboard.press('Escape');
    await handover.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('#delegation-turn').textContent()).toContain('the Soviet delegation');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await page.locator('#this-month').count()).toBe(0);
    expect(await page.locator('button[data-action="military.readiness"]').isVisible()).toBe(true);
    expect(await page.locator('button[data-action="domestic.rally"]').count()).toBe(0);
    expect(await page.locator('#orders-heading').innerText()).not.toBe(frenchCapital);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-soviet');

    // The Soviet delegation ends its orders: the month is over and the next begins, at the same seat.
    const month = await page.locator('#hud-month').innerText();
    await tabTo(page, '#end-month');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#hud-month').innerText()).not.toBe(month);
    expect(await page.locator('#handover').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks each delegation for its answer to a crisis, with a hand-over between them', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=delegations-crisis`);
    await page.locator('#delegations-game').click();
    await page.locator('#start-delegations').click();
    await page.locator('#hud-month').waitFor();
    // Both delegations end their orders, month after month, until Germany moves (the Rhineland, March 1936).
    for (let i = 0; i < 40 && (await page.locator('#crisis-answers').count()) === 0; i++) {
      if ((await page.locator('#handover').count()) > 0) await page.keyboard.press('Escape');
      else {
        await page.locator('#end-month').focus();
        await page.keyboard.press('Enter');
      }
    }
    await page.locator('#crisis-answers').waitFor();
    const first = (await page.locator('#delegation-turn').innerText()).includes('French') ? 'French' : 'Soviet';
    const second = first === 'French' ? 'Soviet' : 'French';
    await page.locator('[data-choice="refer-council"]').focus();
    await page.keyboard.press('Enter');
    // The first answer is private: the hand-over hides it, and the crisis waits for the second delegation.
    await page.locator('#handover').waitFor();
    expect(await page.locator('#handover-heading').innerText()).toBe(`Pass to the ${second} delegation`);
    expect(await page.locator('#panel').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#delegation-turn').innerText()).toContain(`the ${second} delegation`);
    expect(await page.locator('#delegation-turn').innerText()).toContain('its answer to the crisis');
    expect(await page.locator('#crisis-answers').isVisible()).toBe(true);
    await page.locator('[data-choice="mobilise"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('#crisis-result-heading').waitFor();
    expect(await page.locator('#handover').count()).toBe(0);
    // The crisis was resolved with each delegation's own answer, each named by its delegation on the shared screen.
    const result = await page.locator('#panel').innerText();
    const given = await page.locator('#crisis-answers-given').innerText();
    expect(given).toContain(`The ${second} delegation's answer: Mobilise.`);
    expect(given).toMatch(new RegExp(`The ${first} delegation's answer: Refer`));
    expect(result).not.toContain('Your answer');
    expect(result).toContain('refers the matter to the League Council');
    expect(result).not.toContain('At the screen:');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-crisis-result');
    expect(errors).toEqual([]);
    await page.close();
    // Eleven months by keyboard take about 12 s, over the default 20 s on a loaded machine.
  }, 60_000);
  it('hands over among three delegations at a crisis: Poland answers the request for transit, then France and the USSR', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=delegations-poland`);
    await page.locator('#delegations-game').waitFor();
    await tabTo(page, '#delegations-game');
    await page.keyboard.press('Enter');
    await page.locator('#delegations-heading').waitFor();
    // As it happened offers France and the USSR only: the Polish delegation cannot be chosen.
    expect(await page.locator('#delegations-scenario-as-it-happened').isChecked()).toBe(true);
    expect(await page.locator('#delegation-poland').isDisabled()).toBe(true);
    // The Rhineland, 1936 offers Poland too (arrow keys choose within the scenarios): a choice, not chosen until asked for.
    await tabTo(page, 'input[name="scenario"]:checked');
    for (let i = 0; i < 10 && !(await page.locator('#delegations-scenario-rhineland-1936').isChecked()); i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await page.locator('#delegations-scenario-rhineland-1936').isChecked()).toBe(true);
    expect(await page.locator('#delegation-poland').isChecked()).toBe(false);
    expect(await page.locator('#delegation-poland').isDisabled()).toBe(false);
    expect(await page.locator('label[for="delegation-poland"]').innerText()).toContain(
      'requests for Soviet transit at each crisis and before the 1939 talks',
    );
    await tabTo(page, '#delegation-poland');
    await page.keyboard.press('Space');
    expect(await page.locator('#delegation-poland').isChecked()).toBe(true);
    // At most five delegations (issue 14 §2): with five chosen, the sixth waits until one is taken off.
    const toggle = async (role: string) => {
      await tabTo(page, `#delegation-${role}`);
      await page.keyboard.press('Space');
    };
    await toggle('romania');
    expect(await page.locator('#delegation-britain').isDisabled()).toBe(false);
    await toggle('czechoslovakia');
    expect(await page.locator('#delegation-britain').isDisabled()).toBe(true);
    expect(await page.locator('#delegation-romania').isDisabled()).toBe(false);
    await toggle('czechoslovakia');
    expect(await page.locator('#delegation-britain').isDisabled()).toBe(false);
    await toggle('romania');
    expect(await page.locator('input[name="roles"]:checked').count()).toBe(3);
    await tabTo(page, '#start-delegations');
    await page.keyboard.press('Enter');
    await page.locator('#hud-month').waitFor();

    // France and the USSR end their orders month after month (Poland has none) until Germany moves.
    const heading = () => page.locator('#handover-heading').innerText();
    for (let i = 0; i < 40; i++) {
      if ((await page.locator('#handover').count()) > 0) {
        if ((await heading()) === 'Pass to the Polish delegation') break;
        expect(await heading()).toMatch(/^Pass to the (French|Soviet) delegation$/);
        await page.keyboard.press('Escape');
      } else {
        await page.locator('#end-month').focus();
        await page.keyboard.press('Enter');
      }
    }
    expect(await heading()).toBe('Pass to the Polish delegation');
    expect(await page.locator('#panel').isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    // The Polish delegation's screen: its decision and its sources, not the sides' crisis answers.
    await page.locator('#transit-answers').waitFor();
    // At 1280×800 the HUD's line (a further delegation's) wraps: the side panel starts below it, not under it.
    const hudBottom = await page.locator('#hud').evaluate((hud) => hud.getBoundingClientRect().bottom);
    await expect
      .poll(() => page.locator('#panel').evaluate((panel) => panel.getBoundingClientRect().top))
      .toBeGreaterThanOrEqual(Math.floor(hudBottom));
    expect(page.viewportSize()).toEqual({ width: 1280, height: 800 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('transit-heading');
    expect(await page.locator('#delegation-turn').innerText()).toContain('the Polish delegation');
    expect(await page.locator('#hud').innerText()).toContain('as Poland');
    expect(await page.locator('#capital').innerText()).toBe('Political capital: none (a further delegation)');
    expect(await page.locator('#crisis-answers').count()).toBe(0);
    expect(await page.locator('#panel').innerText()).toContain('FRUS 1939');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-polish');
    await tabTo(page, '[data-transit="grant"]');
    await page.keyboard.press('Enter');

    // Poland's answer is private: a hand-over to France, then to the USSR, each answering the crisis.
    await page.locator('#handover').waitFor();
    expect(await heading()).toBe('Pass to the French delegation');
    expect(await page.locator('#panel').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('handover-continue');
    await page.keyboard.press('Escape');
    await page.locator('#crisis-answers').waitFor();
    expect(await page.locator('#transit-answers').count()).toBe(0);
    expect(await page.locator('#delegation-turn').innerText()).toContain('the French delegation');
    await tabTo(page, '[data-choice="refer-council"]');
    await page.keyboard.press('Enter');
    await page.locator('#handover').waitFor();
    expect(await heading()).toBe('Pass to the Soviet delegation');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#delegation-turn').innerText()).toContain('the Soviet delegation');
    await tabTo(page, '[data-choice="mobilise"]');
    await page.keyboard.press('Enter');
    await page.locator('#crisis-result-heading').waitFor();
    // Resolved with the three answers: the Polish grant, given by its delegation, is among the reasons (its "Why").
    expect(await page.locator('#crisis-outcome').textContent()).toContain(
      'Poland lets the Red Army pass, as its delegation decided',
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-three-result');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('seats the Polish delegation after the sides in July 1939, to answer for the talks in Moscow', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=delegations-talks`);
    await page.locator('#delegations-game').waitFor();
    await tabTo(page, '#delegations-game');
    await page.keyboard.press('Enter');
    await tabTo(page, 'input[name="scenario"]:checked');
    for (let i = 0; i < 10 && !(await page.locator('#delegations-scenario-talks-1939').isChecked()); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await tabTo(page, '#delegation-poland');
    await page.keyboard.press('Space');
    await tabTo(page, '#start-delegations');
    await page.keyboard.press('Enter');
    await page.locator('#hud-month').waitFor();
    // Month after month: the sides end their orders, Poland refuses at any crisis, until Poland is asked about the talks.
    const press = async (selector: string) => {
      await page.locator(selector).first().focus();
      await page.keyboard.press('Enter');
    };
    for (let i = 0; i < 60; i++) {
      if ((await page.locator('#handover').count()) > 0) await page.keyboard.press('Escape');
      else if ((await page.locator('#transit-heading').count()) > 0) {
        if ((await page.locator('#transit-heading').innerText()).includes('Voroshilov')) break;
        await press('[data-transit="refuse"]');
      } else if ((await page.locator('#crisis-answers').count()) > 0) await press('[data-choice="stand-aside"]');
      else if ((await page.locator('#crisis-continue').count()) > 0) await press('#crisis-continue');
      else await press('#end-month');
    }
    expect(await page.locator('#transit-heading').innerText()).toContain('Voroshilov');
    expect(await page.locator('#hud-month').innerText()).toBe('July 1939');
    expect(await page.locator('#delegation-turn').innerText()).toContain('the Polish delegation');
    expect(await page.locator('#end-month').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-polish-talks');
    await tabTo(page, '[data-transit="grant"]');
    await page.keyboard.press('Enter');
    // Poland's answer ends the month: the talks open in August with it, and a side takes the seat again.
    await page.locator('#handover').waitFor();
    expect(await page.locator('#handover-heading').innerText()).toBe('Pass to the French delegation');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#hud-month').innerText()).toBe('August 1939');
    expect(await page.locator('#panel').textContent()).toContain('Poland agrees in principle');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hands over among four at the Sudeten crisis: Romania, then Czechoslovakia, then France and the USSR', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=delegations-four`);
    await page.locator('#delegations-game').waitFor();
    await tabTo(page, '#delegations-game');
    await page.keyboard.press('Enter');
    await page.locator('#delegations-heading').waitFor();
    await tabTo(page, 'input[name="scenario"]:checked');
    for (let i = 0; i < 10 && !(await page.locator('#delegations-scenario-munich-1938').isChecked()); i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await page.locator('#delegations-scenario-munich-1938').isChecked()).toBe(true);
    for (const role of ['romania', 'czechoslovakia']) {
      expect(await page.locator(`#delegation-${role}`).isDisabled()).toBe(false);
      await tabTo(page, `#delegation-${role}`);
      await page.keyboard.press('Space');
      expect(await page.locator(`#delegation-${role}`).isChecked()).toBe(true);
    }
    expect(await page.locator('label[for="delegation-czechoslovakia"]').innerText()).toContain('March 1939');
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, '#start-delegations');
    await page.keyboard.press('Enter');
    await page.locator('#hud-month').waitFor();

    // A French démarche in Bucharest: the Romanian delegation answers it at once, then France takes the seat again.
    const heading = () => page.locator('#handover-heading').innerText();
    await expect.poll(() => page.locator('#delegation-turn').textContent()).toContain('the French delegation');
    // The order says who answers it: the delegation, not the die's 40 in 100 (Poland's has no delegation here).
    const toRomania = page.locator('button[data-action="diplomacy.demarche:romania"]');
    expect(await toRomania.innerText()).toContain("Romania's delegation answers it, not a die");
    expect(await toRomania.innerText()).not.toContain('in 100');
    expect(await page.locator('[id="help-diplomacy.demarche-romania"]').innerText()).toContain(
      "In this game Romania's delegation decides whether it moves, not a die.",
    );
    expect(await page.locator('button[data-action="diplomacy.demarche:poland"]').innerText()).toMatch(
      /odds \d+ in 100/,
    );
    await tabTo(page, 'button[data-action="diplomacy.demarche:romania"]');
    await page.keyboard.press('Enter');
    await page.locator('#handover').waitFor();
    expect(await heading()).toBe('Pass to the Romanian delegation');
    await page.keyboard.press('Escape');
    await page.locator('#transit-answers').waitFor();
    expect(await page.locator('#transit-heading').innerText()).toContain('A démarche in Bucharest');
    expect(await page.locator('#delegation-turn').innerText()).toContain('its answer to the démarche');
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, '[data-transit="moved"]');
    await page.keyboard.press('Enter');
    await page.locator('#handover').waitFor();
    expect(await heading()).toBe('Pass to the French delegation');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#delegation-turn').textContent()).toContain('the French delegation');
    // The démarche and its outcome are France's own this month.
    expect(await page.locator('#this-month').innerText()).toContain('Romania');

    // France and the USSR end their orders until Germany moves against Czechoslovakia.
    for (let i = 0; i < 12; i++) {
      if ((await page.locator('#handover').count()) > 0) {
        if ((await heading()) === 'Pass to the Romanian delegation') break;
        await page.keyboard.press('Escape');
      } else {
        await page.locator('#end-month').focus();
        await page.keyboard.press('Enter');
      }
    }
    expect(await heading()).toBe('Pass to the Romanian delegation');
    expect(await page.locator('#panel').isVisible()).toBe(false);
    await page.keyboard.press('Escape');

    // Romania: its request, its sources, what a grant opens and limits.
    await page.locator('#transit-answers').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('transit-heading');
    expect(await page.locator('#transit-heading').innerText()).toContain('through Romania');
    expect(await page.locator('#delegation-turn').innerText()).toContain('the Romanian delegation');
    const romanian = await page.locator('#panel').innerText();
    expect(romanian).toContain('King Carol');
    expect(romanian).toContain('A grant opens:');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-romanian');
    await tabTo(page, '[data-transit="grant"]');
    await page.keyboard.press('Enter');

    // Czechoslovakia next: its three answers, history's among them.
    await page.locator('#handover').waitFor();
    expect(await heading()).toBe('Pass to the Czechoslovak delegation');
    expect(await page.locator('#panel').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#delegation-turn').innerText()).toContain('the Czechoslovak delegation');
    expect(await page.locator('#delegation-turn').innerText()).toContain('the German move against it');
    expect(await page.locator('[data-transit]').count()).toBe(3);
    expect(await page.locator('#panel').innerText()).toContain('In history: accept the terms.');
    expect(await page.locator('#capital').innerText()).toBe('Political capital: none (a further delegation)');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-czechoslovak');
    await tabTo(page, '[data-transit="resist"]');
    await page.keyboard.press('Enter');

    // Then the sides, each behind a hand-over.
    await bothSidesInvokeTheProtocol(page);
    const outcome = await page.locator('#crisis-outcome').textContent();
    expect(outcome).toContain('Romania lets the Red Army pass, as its delegation decided');
    expect(outcome).toContain('Czechoslovakia resists and calls on its treaties, as its delegation decided');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-four-result');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('seats the British delegation at the Rhineland: its verdict as a Locarno guarantor, shown in the crisis’s law', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=delegations-britain`);
    await page.locator('#delegations-game').waitFor();
    await tabTo(page, '#delegations-game');
    await page.keyboard.press('Enter');
    await page.locator('#delegations-heading').waitFor();
    expect(await page.locator('#delegation-britain').isDisabled()).toBe(true);
    await tabTo(page, 'input[name="scenario"]:checked');
    for (let i = 0; i < 10 && !(await page.locator('#delegations-scenario-rhineland-1936').isChecked()); i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await page.locator('#delegation-britain').isDisabled()).toBe(false);
    expect(await page.locator('label[for="delegation-britain"]').innerText()).toContain('Locarno guarantor');
    await tabTo(page, '#delegation-britain');
    await page.keyboard.press('Space');
    expect(await page.locator('#delegation-britain').isChecked()).toBe(true);
    await tabTo(page, '#start-delegations');
    await page.keyboard.press('Enter');
    await page.locator('#hud-month').waitFor();

    const heading = () => page.locator('#handover-heading').innerText();
    for (let i = 0; i < 12; i++) {
      if ((await page.locator('#handover').count()) > 0) {
        if ((await heading()) === 'Pass to the British delegation') break;
        await page.keyboard.press('Escape');
      } else {
        await page.locator('#end-month').focus();
        await page.keyboard.press('Enter');
      }
    }
    expect(await heading()).toBe('Pass to the British delegation');
    expect(await page.locator('#panel').isVisible()).toBe(false);
    await page.keyboard.press('Escape');

    // Britain's question: its three verdicts with their sources as text, history's among them.
    await page.locator('#transit-answers').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('transit-heading');
    expect(await page.locator('#transit-heading').innerText()).toContain('Locarno guarantor');
    expect(await page.locator('#delegation-turn').innerText()).toContain('its verdict as a Locarno guarantor');
    expect(await page.locator('[data-transit]').count()).toBe(3);
    const british = await page.locator('#panel').innerText();
    // History's verdict at the Rhineland as the legal case reads it: none judged immediate action necessary.
    expect(british).toContain('In history: no guarantor judged immediate action necessary, and Britain would not');
    expect(british).toContain('Eden');
    expect(british).toContain('Art. 4 §3');
    expect(await page.locator('#capital').innerText()).toBe('Political capital: none (a further delegation)');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-british');
    await tabTo(page, '[data-transit="violation-nonflagrant"]');
    await page.keyboard.press('Enter');

    // Then France and the USSR, each behind a hand-over: both invoke the Protocol, France would riposte.
    // France's screen does not show Britain's private verdict: its verdicts before the answer say they take the
    // model's expected one, and that the British delegation's own decides.
    await bothSidesInvokeTheProtocol(page, async () => {
      const assumed = await page.locator('#verdict-assumptions').innerText();
      expect(assumed).toMatch(/^They take the others' answers as the model expects them: Britain's verdict, /);
      expect(assumed).toContain('In this game the British delegation gives its own answer');
    });
    // The verdict is the delegation's, and the crisis's law shows Locarno barring France on Britain's verdict.
    expect(await page.locator('#crisis-outcome').textContent()).toContain("Britain's verdict as a Locarno guarantor");
    expect(await page.locator('#crisis-outcome').textContent()).toContain('as its delegation decided');
    const locarno = page.locator('#why-no-help [data-treaty="locarno"]');
    expect(await locarno.locator('[data-reason="GUARANTOR_OPPOSED"]').count()).toBe(1);
    // The verdicts "if both allies act", after the answer, rest on Britain's verdict as its delegation gave it.
    expect(await page.locator('#verdict-assumptions').innerText()).toContain(
      "as they were given at this crisis: Britain's verdict, French action would be a violation, though not a flagrant one",
    );
    // Said of a case supposed, after the answer, and of whose action: never a bare "VIOLATION" or "LAWFUL".
    expect(await page.locator('#verdict-heading').textContent()).toBe(
      'What the treaties would have said, had both allies decided to act',
    );
    expect(await page.locator('#verdicts [data-treaty="locarno"]').innerText()).toMatch(
      /: A FRENCH ACTION WOULD HAVE BEEN A VIOLATION/,
    );
    expect(await locarno.innerText()).toMatch(/A FRENCH ACTION IS A VIOLATION/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-british-result');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('asks the British delegation at Prague, after its verdict, whether Britain guarantees Poland: given by keyboard', async () => {
    // munich-1938 played in the engine to the Prague crisis (March 1939) by France and Britain, then shared.
    const scenario = loadScenario('munich-1938');
    const roles: Delegation[] = ['france', 'britain'];
    const seed = 'delegations-guarantee';
    const game = createGame(scenario, { seed, roles });
    for (let i = 0; i < 40 && game.getSnapshot().world.crisis?.move !== 'prague'; i++) {
      if (game.getSnapshot().phase === 'orders') game.send({ type: 'turn.end' });
      else {
        game.send({ type: 'britain.answer', answer: 'no-view' }, { by: 'britain' });
        // At the Sudeten crisis Britain also gives its stand: aside, as at Munich.
        if (standAsked(game.getSnapshot().world))
          game.send({ type: 'britain.stand', answer: 'aside' }, { by: 'britain' });
        game.send({ type: 'crisis.respond', choice: 'stand-aside' }, { by: 'france' });
      }
    }
    expect(game.getSnapshot().world.crisis?.move).toBe('prague');
    // Shared with the British delegation at the screen, as the game seats it at a crisis (further delegations first).
    const file = recordGame(scenario, seed, 'france', game.getSnapshot().turns, undefined, [], roles);
    const link = packLink({ ...file, seats: { seated: 'britain', done: [], pending: [] } });
    // The world the page must reach: the same answers given to the engine.
    game.send({ type: 'britain.answer', answer: 'violation-nonflagrant' }, { by: 'britain' });
    game.send({ type: 'britain.guarantee', answer: 'guarantee' }, { by: 'britain' });
    game.send({ type: 'crisis.respond', choice: 'stand-aside' }, { by: 'france' });
    expect(game.getSnapshot().world.fired).toContain('british-guarantee');
    const expected = hashWorld(game.getSnapshot().world);

    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}${link}`);
    const seen = '#handover, #transit-answers, #crisis-answers, #crisis-result-heading';
    /** Seat each delegation the hand-over asks for; France stands aside, Britain gives `verdict`; until `until`. */
    const answerUntil = async (until: string) => {
      for (let i = 0; i < 10 && (await page.locator(until).count()) === 0; i++) {
        await page.locator(seen).filter({ visible: true }).first().waitFor();
        if ((await page.locator('#handover').count()) > 0) {
          await page.keyboard.press('Escape');
          await page.locator('#handover').waitFor({ state: 'detached' });
        } else if ((await page.locator('[data-transit="violation-nonflagrant"]').count()) > 0) {
          await tabTo(page, '[data-transit="violation-nonflagrant"]');
          await page.keyboard.press('Enter');
          await page.locator('[data-transit="violation-nonflagrant"]').waitFor({ state: 'detached' });
        } else if ((await page.locator('[data-choice="stand-aside"]').count()) > 0) {
          await tabTo(page, '[data-choice="stand-aside"]');
          await page.keyboard.press('Enter');
          await page.locator('[data-choice="stand-aside"]').waitFor({ state: 'detached' });
        }
      }
      await page.locator(until).waitFor();
    };
    await answerUntil('[data-transit="guarantee"]');

    // The second question, at the same seat: the guarantee, its two answers with their sources as text.
    expect(await page.locator('#transit-heading').innerText()).toContain('does Britain guarantee Poland?');
    expect(await page.locator('#delegation-turn').innerText()).toContain('its answer on a guarantee to Poland');
    expect(await page.locator('[data-transit]').count()).toBe(2);
    const panel = await page.locator('#panel').innerText();
    expect(panel).toContain('In history: guarantee Poland.');
    expect(panel).toContain('timeline.md, 31 Mar 1939');
    expect(panel).toContain('Chamberlain');
    expect(panel).toContain('A counterfactual: Britain guaranteed Poland on 31 Mar 1939');
    expect(panel).toContain('(practice)');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-british-guarantee');
    await tabTo(page, '[data-transit="guarantee"]');
    await page.keyboard.press('Enter');

    await answerUntil('#crisis-result-heading');
    expect(await page.locator('#crisis-outcome').textContent()).toContain(
      'The British delegation decides: Britain will guarantee Poland.',
    );
    // No Soviet delegation plays: Moscow's answer is told as the model's, not as a delegation's.
    const given = await page.locator('#crisis-answers-given').innerText();
    expect(given).toMatch(/^The French delegation's answer: Stand aside\. Moscow's answer, the model's: /);
    expect(given).not.toContain('Soviet delegation');
    await expect.poll(() => page.locator('#hud').getAttribute('data-hash')).toBe(expected);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
  it('asks the British delegation at the Sudeten crisis whether Britain stands with France, and Poland in October whether it takes Teschen: by keyboard', async () => {
    // munich-1938 at the Sudeten crisis (its first month) with France, Poland and Britain, shared with Poland seated
    // (the further delegations answer first, in their order).
    const scenario = loadScenario('munich-1938');
    const roles: Delegation[] = ['france', 'poland', 'britain'];
    const seed = 'delegations-teschen';
    const game = createGame(scenario, { seed, roles });
    game.send({ type: 'turn.end' });
    expect(game.getSnapshot().world.crisis?.move).toBe('sudetenland');
    const file = recordGame(scenario, seed, 'france', game.getSnapshot().turns, undefined, [], roles);
    const link = packLink({ ...file, seats: { seated: 'poland', done: [], pending: [] } });
    // The worlds the page must reach: the same answers given to the engine.
    game.send({ type: 'transit.answer', answer: 'refuse' }, { by: 'poland' });
    game.send({ type: 'britain.answer', answer: 'violation-nonflagrant' }, { by: 'britain' });
    game.send({ type: 'britain.stand', answer: 'stand' }, { by: 'britain' });
    game.send({ type: 'crisis.respond', choice: 'stand-aside' }, { by: 'france' });
    const october = hashWorld(game.getSnapshot().world);
    expect(game.getSnapshot().world.month).toBe('1938-10');
    game.send({ type: 'poland.teschen', answer: 'decline' }, { by: 'poland' });
    game.send({ type: 'turn.end' });
    expect(game.getSnapshot().world.fired).not.toContain('poland-takes-teschen');
    const november = hashWorld(game.getSnapshot().world);

    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}${link}`);
    const seen = '#handover, #transit-answers, #crisis-answers, #crisis-result-heading';
    /** Seat each delegation the hand-over asks for; Poland refuses transit, Britain holds France back, France stands aside. */
    const answerUntil = async (until: string) => {
      for (let i = 0; i < 10 && (await page.locator(until).count()) === 0; i++) {
        await page.locator(seen).filter({ visible: true }).first().waitFor();
        const answer = [
          '[data-transit="refuse"]',
          '[data-transit="violation-nonflagrant"]',
          '[data-choice="stand-aside"]',
        ];
        if ((await page.locator('#handover').count()) > 0) {
          await page.keyboard.press('Escape');
          await page.locator('#handover').waitFor({ state: 'detached' });
          continue;
        }
        for (const button of answer) {
          if ((await page.locator(button).count()) === 0) continue;
          await tabTo(page, button);
          await page.keyboard.press('Enter');
          await page.locator(button).waitFor({ state: 'detached' });
          break;
        }
      }
      await page.locator(until).waitFor();
    };
    await answerUntil('[data-transit="stand"]');

    // Britain's second question at the Sudeten crisis, at the same seat: its stand, with its sources as text.
    expect(await page.locator('#transit-heading').innerText()).toContain('does Britain stand with France?');
    expect(await page.locator('#delegation-turn').innerText()).toContain('its stand beside France');
    expect(await page.locator('[data-transit]').count()).toBe(2);
    const stand = await page.locator('#panel').innerText();
    expect(stand).toContain('In history: stand aside: no war for Czechoslovakia.');
    expect(stand).toContain('timeline.md 29–30 Sept 1938');
    expect(stand).toContain('A counterfactual: at Munich');
    expect(stand).toContain('(practice)');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-british-stand');
    await tabTo(page, '[data-transit="stand"]');
    await page.keyboard.press('Enter');
    await answerUntil('#crisis-result-heading');
    expect(await page.locator('#crisis-outcome').textContent()).toContain(
      'Britain stands with France: it fights if France fights, as its delegation decided',
    );
    await expect.poll(() => page.locator('#hud').getAttribute('data-hash')).toBe(october);

    // October 1938: France ends its orders; the Polish delegation, seated behind a hand-over, is asked about Teschen.
    await tabTo(page, '#crisis-continue');
    await page.keyboard.press('Enter');
    await tabTo(page, '#end-month');
    await page.keyboard.press('Enter');
    await page.locator('#handover').waitFor();
    expect(await page.locator('#handover-heading').innerText()).toBe('Pass to the Polish delegation');
    await page.keyboard.press('Escape');
    await page.locator('[data-transit="decline"]').waitFor();
    expect(await page.locator('#transit-heading').innerText()).toContain('does Poland take Teschen?');
    expect(await page.locator('#delegation-turn').innerText()).toContain('its answer on Teschen');
    const teschen = await page.locator('#panel').innerText();
    expect(teschen).toContain('In history: take Teschen.');
    expect(teschen).toContain('timeline.md, 30 Sept – 2 Oct 1938');
    expect(teschen).toContain('A counterfactual: Poland took Teschen');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-polish-teschen');
    await tabTo(page, '[data-transit="decline"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#hud').getAttribute('data-hash')).toBe(november);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
