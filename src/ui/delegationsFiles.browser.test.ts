/**
 * A game of delegations on one screen as a teacher keeps it (issue 14 §2, §8),
 * in a real browser, by keyboard where the game is played: two delegations
 * play two months and the French delegation ends its third; the bell rings
 * (a reload); "Continue" says which delegations, and the game resumes on the
 * hand-over screen for the Soviet delegation, at the same month, seats and
 * world hash, the French orders still private. Exported to a file, it opens
 * in a fresh page as the same delegations at the same hash; its share link
 * (`#g2=`) opens with the same hash; the replay viewer says who gave each
 * order, and "take over here" resumes as the same delegations; an old
 * one-role link (`#g1=`) still opens. A save left while a crisis waits for
 * the second delegation's answer resumes with the first answer kept. axe-core on the new screens; no console error.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGame, recordGame, simulate } from '../engine';
import { packLink } from '../share/link';
import { loadScenario } from '../testing/scenarios';
import { axeViolations } from './a11yAudit';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';
import { screenshot, tabTo } from './gameDriver';
import { SEATS_KEY, writeSeats } from './saves';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

const hudHash = (page: Page) => page.locator('#hud').getAttribute('data-hash');
const seated = async (page: Page) =>
  (await page.locator('#delegation-turn').innerText()).includes('French') ? 'French' : 'Soviet';

/** Press Enter on a control reached with Tab. */
async function press(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press('Enter');
}

/** Seat the delegation the hand-over screen asks for (Enter on its button), and say which it was. */
async function takeSeat(page: Page): Promise<string> {
  await page.locator('#handover').waitFor();
  const heading = await page.locator('#handover-heading').innerText();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('handover-continue');
  await page.keyboard.press('Enter');
  await page.locator('#handover').waitFor({ state: 'detached' });
  await page.locator('#delegation-turn').waitFor();
  return heading;
}

/** The seated delegation gives an order of its own, if it has one, and ends its orders. */
async function orderAndEnd(page: Page, order: string): Promise<void> {
  if ((await page.locator(`#orders button[data-action="${order}"]:not([aria-disabled])`).count()) > 0) {
    await press(page, `#orders button[data-action="${order}"]`);
  }
  await press(page, '#end-month');
}

async function openMenu(page: Page): Promise<void> {
  if ((await page.locator('#hud-more').getAttribute('open')) === null) {
    await page.locator('#hud-more summary').focus();
    await page.keyboard.press('Enter');
  }
}

describe('a game of delegations kept, opened, shared and taken over', () => {
  it('resumes after a reload at the same month, seats and hash; opens from its file and its link; is taken over from its replay', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=delegation-files`);
    await page.locator('#delegations-game').waitFor();
    await press(page, '#delegations-game');
    await press(page, '#start-delegations');
    await page.locator('#hud-month').waitFor();
    const start = await page.locator('#hud-month').innerText();

    // Month 1: France, then the Soviet delegation (who starts month 2); month 2: the USSR, then France.
    expect(await seated(page)).toBe('French');
    await orderAndEnd(page, 'domestic.rally');
    expect(await takeSeat(page)).toBe('Pass to the Soviet delegation');
    await orderAndEnd(page, 'military.readiness');
    await expect.poll(() => page.locator('#hud-month').innerText()).not.toBe(start);
    expect(await seated(page)).toBe('Soviet');
    await orderAndEnd(page, 'military.readiness');
    expect(await takeSeat(page)).toBe('Pass to the French delegation');
    await orderAndEnd(page, 'domestic.rally');
    // Month 3: France gives an order and ends; the bell rings while the Soviet delegation is to sit down.
    await page.locator('#delegation-turn').waitFor();
    const month = await page.locator('#hud-month').innerText();
    expect(await seated(page)).toBe('French');
    await orderAndEnd(page, 'domestic.rally');
    expect(await takeSeat(page)).toBe('Pass to the Soviet delegation');
    const hash = await hudHash(page);
    const sovietCapital = await page.locator('#orders-heading').innerText();
    expect(await page.locator('#this-month').count()).toBe(0);
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('hollow-pact.autosave'))) ?? '{}');
    expect(saved).toMatchObject({ format: 3, roles: ['france', 'ussr'] });
    expect(saved.turns).toHaveLength(2);

    await page.reload();
    await page.locator('#continue').waitFor();
    expect(await page.locator('#continue').innerText()).toContain('delegations on one screen (France and the USSR)');
    expect(await axeViolations(page)).toEqual([]);
    await press(page, '#continue');
    // The hand-over screen first: nothing of either delegation's screen shows until the Soviet delegation sits down.
    await page.locator('#handover').waitFor();
    expect(await page.locator('#panel').isVisible()).toBe(false);
    expect(await page.locator('#handover').innerText()).toContain(`resumes in ${month}`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-resumed-handover');
    expect(await takeSeat(page)).toBe('Pass to the Soviet delegation');
    expect(await page.locator('#hud-month').innerText()).toBe(month);
    expect(await seated(page)).toBe('Soviet');
    expect(await hudHash(page)).toBe(hash);
    expect(await page.locator('#orders-heading').innerText()).toBe(sovietCapital);
    expect(await page.locator('#this-month').count()).toBe(0);
    // The Soviet delegation ends: France's order, given before the bell, is in the month that ends.
    await orderAndEnd(page, 'military.readiness');
    await expect.poll(() => page.locator('#hud-month').innerText()).not.toBe(month);
    const finished = JSON.parse((await page.evaluate(() => localStorage.getItem('hollow-pact.autosave'))) ?? '{}');
    expect(finished.turns).toHaveLength(3);
    expect(finished.turns[2].by).toEqual(['france', 'ussr']);
    const fourth = await page.locator('#hud-month').innerText();
    // The game as the seated (Soviet) delegation sees it: what a page that opens the file or link shows.
    const seatedHash = await hudHash(page);

    // Export the game file and open it in a fresh page: the same delegations, month and hash.
    await openMenu(page);
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, '#export-game')]);
    const text = readFileSync(await download.path(), 'utf8');
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 3, roles: ['france', 'ussr'] });
    expect(file.seats).toEqual({ seated: 'ussr', done: [], pending: [] });
    await press(page, '#share-link');
    const link = await page.locator('#share-url').inputValue();
    expect(link).toMatch(/#g2=/);
    await page.keyboard.press('Escape');

    const fresh = await harness.newPage();
    await fresh.page.goto(harness.url);
    await fresh.page.locator('#import-file').setInputFiles({
      name: 'class-3b.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    // A file records who sits where: the Soviet delegation, which starts the month as it does in the game.
    expect(await takeSeat(fresh.page)).toBe('Pass to the Soviet delegation');
    expect(await fresh.page.locator('#hud-month').innerText()).toBe(fourth);
    expect(await hudHash(fresh.page)).toBe(seatedHash);
    expect(await fresh.page.locator('#hud').innerText()).toContain('as the USSR');
    expect(await fresh.page.locator('#save-status').innerText()).toContain(
      'a game of delegations (France and the USSR)',
    );
    await fresh.page.close();

    // The share link, in another page: the same game, at the same hash.
    const linked = await harness.newPage();
    await linked.page.goto(link);
    expect(await takeSeat(linked.page)).toBe('Pass to the Soviet delegation');
    expect(await linked.page.locator('#hud-month').innerText()).toBe(fourth);
    expect(await hudHash(linked.page)).toBe(seatedHash);
    await linked.page.close();

    // The replay viewer: who gave each order; take over in the second month as the same delegations.
    await openMenu(page);
    await press(page, '#watch-replay');
    await page.locator('#replay-heading').waitFor();
    const orders = page.locator('#replay-orders li');
    expect(await orders.count()).toBeGreaterThan(1);
    expect(await orders.first().innerText()).toContain('The French delegation (France)');
    expect(await page.locator('#replay-orders li[data-by="ussr"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#replay-title').innerText()).toContain(
      'played by the delegations of France and the USSR',
    );
    await press(page, '#replay-forward');
    const second = await page.locator('#replay-heading').innerText();
    expect(await page.locator('#take-over-one-role').innerText()).toContain('the computer plays the other sides');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-replay');
    await press(page, '#take-over-delegations');
    expect(await takeSeat(page)).toBe('Pass to the French delegation');
    expect(await page.locator('#hud-month').innerText()).toBe(second);
    expect(await page.locator('#save-status').innerText()).toContain(`Took over in ${second}`);
    await orderAndEnd(page, 'domestic.rally');
    await page.locator('#handover').waitFor();

    expect(fresh.errors).toEqual([]);
    expect(linked.errors).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('resumes a crisis that waits for the second delegation, with the first answer kept', async () => {
    // The autosave as the game leaves it when the French delegation has answered the Rhineland and handed over.
    const scenario = loadScenario('pact-1935');
    const game = createGame(scenario, { seed: 'crisis-resume', roles: ['france', 'ussr'] });
    for (let i = 0; i < 40 && game.getSnapshot().phase !== 'crisis'; i++) game.send({ type: 'turn.end' });
    expect(game.getSnapshot().phase).toBe('crisis');
    const file = recordGame(
      scenario,
      'crisis-resume',
      'france',
      game.getSnapshot().turns,
      undefined,
      [],
      ['france', 'ussr'],
    );
    // The note beside it, as the game writes it: the Soviet delegation to sit down, France's answer given.
    const notes = new Map<string, string>();
    const store = {
      getItem: (key: string) => notes.get(key) ?? null,
      setItem: (k: string, v: string) => notes.set(k, v),
    };
    writeSeats(store, file, {
      seated: 'ussr',
      done: [],
      pending: [{ action: { type: 'crisis.respond', choice: 'refer-council' }, by: 'france' }],
    });
    const { page, errors } = await harness.newPage();
    await page.goto(harness.url);
    await page.locator('#new-game').waitFor();
    await page.evaluate(
      ({ save, note }) => {
        localStorage.setItem('hollow-pact.autosave', save);
        localStorage.setItem('hollow-pact.autosave.seats', note);
      },
      { save: JSON.stringify(file), note: notes.get(SEATS_KEY) ?? '' },
    );
    await page.reload();
    await press(page, '#continue');
    expect(await takeSeat(page)).toBe('Pass to the Soviet delegation');
    expect(await page.locator('#delegation-turn').innerText()).toContain('its answer to the crisis');
    await press(page, '[data-choice="mobilise"]');
    await page.locator('#crisis-result-heading').waitFor();
    // Resolved with both answers: the Soviet one, and the French one given before the bell, each by its delegation.
    const result = await page.locator('#panel').innerText();
    expect(result).toContain("The Soviet delegation's answer: Mobilise.");
    expect(result).toMatch(/The French delegation's answer: Refer/);
    expect(result).toContain('refers the matter to the League Council');
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);

  it('still opens an old one-role link (#g1=) as a game of one role', async () => {
    const scenario = loadScenario('pact-1935');
    const turns = simulate(scenario, { seed: 'old-link', policy: 'historical' }).turns.slice(0, 3);
    const file = recordGame(scenario, 'old-link', 'france', turns);
    const link = packLink(file);
    expect(link.startsWith('#g1=')).toBe(true);
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}${link}`);
    await page.locator('#hud-month').waitFor();
    expect(await hudHash(page)).toBe(file.checkpoints.at(-1)?.hash);
    expect(await page.locator('#handover').count()).toBe(0);
    expect(await page.locator('#delegation-turn').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);
});
