/**
 * Delegations on one screen, the loose ends of issue 14 §2, in a real browser
 * by keyboard: a game of delegations exported and shared in the middle of a
 * month opens with the same delegation seated and the orders already given
 * (who sits where, in the file and the link); a game of delegations taken
 * over from its replay as one role
 * from a later month (the months before as the delegations played them, the
 * other side then the computer's), kept by the autosave; the map's route
 * through Poland shows the Polish delegation's answer (granted or refused) at
 * and after the crisis it gave it, not Poland's standing. axe-core finds
 * nothing; no console error.
 */

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { branchAt, createGame, type Delegation, type Game, hashWorld, recordGame, type Scenario } from '../engine';
import { packLink } from '../share/link';
import { playDelegations } from '../testing/delegations';
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

/** Press Enter on a control reached with Tab. */
async function press(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press('Enter');
}

async function openMenu(page: Page): Promise<void> {
  if ((await page.locator('#hud-more').getAttribute('open')) === null) {
    await page.locator('#hud-more summary').focus();
    await page.keyboard.press('Enter');
  }
}

/** Seat the delegation the hand-over screen asks for, and say which it was. */
async function takeSeat(page: Page): Promise<string> {
  await page.locator('#handover').waitFor();
  const heading = await page.locator('#handover-heading').innerText();
  await page.keyboard.press('Enter');
  await page.locator('#handover').waitFor({ state: 'detached' });
  return heading;
}

/** A game of France, the USSR and Poland played to its first crisis; Poland answers `answer`, then `after` months pass. */
function transitGame(
  scenario: Scenario,
  state: 'poland' | 'romania',
  answer: 'grant' | 'refuse',
  after: number,
): { game: Game; crisisMonth: string } {
  const roles: Delegation[] = ['france', 'ussr', state];
  const game = createGame(scenario, { seed: 'polish-route', roles });
  for (let i = 0; i < 40 && game.getSnapshot().phase !== 'crisis'; i++) game.send({ type: 'turn.end' });
  const crisisMonth = game.getSnapshot().world.month;
  if (after >= 0) {
    expect(game.send({ type: 'transit.answer', answer }, { by: state }).accepted).toBe(true);
    expect(game.send({ type: 'crisis.respond', choice: 'refer-council' }, { by: 'france' }).accepted).toBe(true);
    expect(game.send({ type: 'crisis.respond', choice: 'mobilise' }, { by: 'ussr' }).accepted).toBe(true);
    for (let i = 0; i < after; i++) game.send({ type: 'turn.end' });
  }
  return { game, crisisMonth };
}

/** A state's details in the states' list (the map's text twin), opened by keyboard: they show in the tooltip. */
async function openStateDetails(page: Page, state: string): Promise<void> {
  await page.locator('#states-twin summary').focus();
  await page.keyboard.press('Enter');
  await tabTo(page, `#states-twin button[data-state="${state}"]`);
}

const polishGame = (scenario: Scenario, answer: 'grant' | 'refuse', after: number) =>
  transitGame(scenario, 'poland', answer, after);

function linkOf(scenario: Scenario, game: Game): string {
  const roles = game.getSnapshot().delegations.roles;
  return packLink(recordGame(scenario, 'polish-route', 'france', game.getSnapshot().turns, undefined, [], roles));
}

describe('who sits where, in the game file and the share link of a game of delegations', () => {
  it('opens a game exported in the middle of a month with the same delegation seated and the orders given so far', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=seats-in-files`);
    await press(page, '#delegations-game');
    await press(page, '#start-delegations');
    await page.locator('#hud-month').waitFor();
    // Month 1: France gives an order and ends; the Soviet delegation takes the seat (France's order private).
    await press(page, 'button[data-action="domestic.rally"]');
    await press(page, '#end-month');
    expect(await takeSeat(page)).toBe('Pass to the Soviet delegation');
    await press(page, 'button[data-action="military.readiness"]');
    await press(page, '#end-month');
    // Month 2: the USSR starts, ends, and France is to sit down: the file is exported now.
    await page.locator('#delegation-turn').waitFor();
    await press(page, 'button[data-action="military.readiness"]');
    await press(page, '#end-month');
    expect(await takeSeat(page)).toBe('Pass to the French delegation');
    const month = await page.locator('#hud-month').innerText();
    const hash = await page.locator('#hud').getAttribute('data-hash');
    const capital = await page.locator('#orders-heading').innerText();
    await openMenu(page);
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, '#export-game')]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(text).seats).toEqual({
      seated: 'france',
      done: ['ussr'],
      pending: [{ action: { type: 'military.readiness' }, by: 'ussr' }],
    });
    await press(page, '#share-link');
    const link = await page.locator('#share-url').inputValue();
    expect(link).toMatch(/#g2=/);

    for (const how of ['file', 'link'] as const) {
      const fresh = await harness.newPage();
      if (how === 'file') {
        await fresh.page.goto(harness.url);
        await fresh.page.locator('#import-file').setInputFiles({
          name: 'mid-month.json',
          mimeType: 'application/json',
          buffer: Buffer.from(text),
        });
      } else await fresh.page.goto(link);
      // The French delegation is seated, as it was; the Soviet order is given, and private to the USSR.
      expect(await takeSeat(fresh.page)).toBe('Pass to the French delegation');
      expect(await fresh.page.locator('#hud-month').innerText()).toBe(month);
      expect(await fresh.page.locator('#hud').getAttribute('data-hash')).toBe(hash);
      expect(await fresh.page.locator('#orders-heading').innerText()).toBe(capital);
      expect(await fresh.page.locator('#this-month').count()).toBe(0);
      expect(await axeViolations(fresh.page)).toEqual([]);
      // France ends its orders: the month ends (the USSR had ended), with the Soviet order in it.
      await press(fresh.page, '#end-month');
      await expect.poll(() => fresh.page.locator('#hud-month').innerText()).not.toBe(month);
      const saved = JSON.parse((await fresh.page.evaluate(() => localStorage.getItem('hollow-pact.autosave'))) ?? '{}');
      expect(saved.turns.at(-1).by).toEqual(['ussr']);
      expect(fresh.errors).toEqual([]);
      await fresh.page.close();
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});

describe('a game of delegations taken over as one role', () => {
  it('from its third month: the months before as the delegations played them, then the USSR alone', async () => {
    const scenario = loadScenario('pact-1935');
    const file = playDelegations(scenario, 'take-over-one-role', ['france', 'ussr'], 6);
    const third = file.turns[2];
    if (third === undefined) throw new Error('no third month');
    // What the engine gives in Node for the same take-over: the page must reach the same world.
    const branch = branchAt(file, scenario, { turn: third.turn, role: 'ussr' });
    if (!branch.ok) throw new Error(JSON.stringify(branch.problems));
    const expected = hashWorld(branch.value.game.getSnapshot().world);

    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}${packLink(file)}`);
    await takeSeat(page);
    await openMenu(page);
    await press(page, '#watch-replay');
    await page.locator('#replay-heading').waitFor();
    await press(page, '#replay-forward');
    await press(page, '#replay-forward');
    expect(await page.locator('#replay-position').innerText()).toContain('Step 3 of');
    const month = await page.locator('#replay-heading').innerText();
    expect(await page.locator('#take-over-one-role').innerText()).toContain('the computer plays the other sides');
    expect(await axeViolations(page)).toEqual([]);
    await press(page, '#take-over-ussr');

    // A game of one role, the USSR's, at that month and world; no hand-over, the French side the computer's.
    await page.locator('#hud-month').waitFor();
    expect(await page.locator('#hud-month').innerText()).toBe(month);
    expect(await page.locator('#hud').innerText()).toContain('as the USSR');
    expect(await page.locator('#hud').getAttribute('data-hash')).toBe(expected);
    expect(await page.locator('#handover').count()).toBe(0);
    expect(await page.locator('#delegation-turn').count()).toBe(0);
    expect(await page.locator('#branch-note').innerText()).toContain('by the delegations of France and the USSR');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-taken-over-as-one-role');
    await press(page, '#end-month');
    await expect.poll(() => page.locator('#hud-month').innerText()).not.toBe(month);
    expect(await page.locator('#handover').count()).toBe(0);
    // The autosave is the branch: it names the delegations before it and replays after a reload.
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('hollow-pact.autosave'))) ?? '{}');
    expect(saved).toMatchObject({ format: 2, role: 'ussr', branchedFrom: { index: 2, roles: ['france', 'ussr'] } });
    const hash = await page.locator('#hud').getAttribute('data-hash');
    await page.reload();
    await press(page, '#continue');
    await page.locator('#hud-month').waitFor();
    expect(await page.locator('#hud').getAttribute('data-hash')).toBe(hash);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('the route through Poland in a game with a Polish delegation', () => {
  it("shows Poland's standing before the crisis, and the delegation's answer at and after it", async () => {
    const scenario = loadScenario('rhineland-1936');
    const { page, errors } = await harness.newPage();
    const route = () => page.locator('#map').getAttribute('data-route-poland');
    const open = async (game: Game) => {
      await page.goto('about:blank');
      await page.goto(`${harness.url}${linkOf(scenario, game)}`);
      await takeSeat(page);
      await page.locator('#map[data-ready="true"]').waitFor();
      await page.locator('#hud-month').waitFor();
    };

    // Before the crisis: the standing, as in every game.
    await open(polishGame(scenario, 'grant', -1).game);
    expect(await route()).toMatch(/^Route through Poland: (refused|wavering|granted)$/);

    // The crisis answered (Poland grants): at the crisis's month and two months on, the delegation's answer.
    const granted = polishGame(scenario, 'grant', 2);
    await open(granted.game);
    expect(granted.game.getSnapshot().world.month > granted.crisisMonth).toBe(true);
    await expect.poll(route).toMatch(/^Route through Poland, its delegation: granted \([A-Z][a-z]+ 19\d\d\)$/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegations-polish-route-granted');
    // The same in the states' list (the map's text twin): Poland's details, reached by keyboard.
    await openStateDetails(page, 'poland');
    await expect
      .poll(() => page.locator('#tooltip').innerText())
      .toMatch(/Passage for the Red Army: granted by the Polish delegation at the crisis of [A-Z][a-z]+ 19\d\d/);

    // Refused: the route says so, whatever Poland's standing.
    await open(polishGame(scenario, 'refuse', 1).game);
    await expect.poll(route).toMatch(/^Route through Poland, its delegation: refused \(/);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("shows the Romanian delegation's answer on the route through Romania, and leaves Poland's route its standing", async () => {
    const scenario = loadScenario('rhineland-1936');
    const { page, errors } = await harness.newPage();
    const granted = transitGame(scenario, 'romania', 'grant', 2);
    expect(granted.game.getSnapshot().world.month > granted.crisisMonth).toBe(true);
    await page.goto(`${harness.url}${linkOf(scenario, granted.game)}`);
    await takeSeat(page);
    await page.locator('#map[data-ready="true"]').waitFor();
    await expect
      .poll(() => page.locator('#map').getAttribute('data-route-romania'))
      .toMatch(/^Route through Romania, its delegation: granted \([A-Z][a-z]+ 19\d\d\)$/);
    expect(await page.locator('#map').getAttribute('data-route-poland')).toMatch(
      /^Route through Poland: (refused|wavering|granted)$/,
    );
    await openStateDetails(page, 'romania');
    await expect
      .poll(() => page.locator('#tooltip').innerText())
      .toMatch(/Passage for the Red Army: granted by the Romanian delegation at the crisis of [A-Z][a-z]+ 19\d\d/);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
