/**
 * Delegations on one screen, the loose ends of issue 14 §2, in a real browser
 * by keyboard: the map's route through Poland shows the Polish delegation's
 * answer (granted or refused) at and after the crisis it gave it, not Poland's
 * standing. axe-core finds nothing; no console error.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGame, type Delegation, type Game, recordGame, type Scenario } from '../engine';
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

/** Seat the delegation the hand-over screen asks for, and say which it was. */
async function takeSeat(page: Page): Promise<string> {
  await page.locator('#handover').waitFor();
  const heading = await page.locator('#handover-heading').innerText();
  await page.keyboard.press('Enter');
  await page.locator('#handover').waitFor({ state: 'detached' });
  return heading;
}

/** A game of France, the USSR and Poland played to its first crisis; Poland answers `answer`, then `after` months pass. */
function polishGame(
  scenario: Scenario,
  answer: 'grant' | 'refuse',
  after: number,
): { game: Game; crisisMonth: string } {
  const roles: Delegation[] = ['france', 'ussr', 'poland'];
  const game = createGame(scenario, { seed: 'polish-route', roles });
  for (let i = 0; i < 40 && game.getSnapshot().phase !== 'crisis'; i++) game.send({ type: 'turn.end' });
  const crisisMonth = game.getSnapshot().world.month;
  if (after >= 0) {
    expect(game.send({ type: 'transit.answer', answer }, { by: 'poland' }).accepted).toBe(true);
    expect(game.send({ type: 'crisis.respond', choice: 'refer-council' }, { by: 'france' }).accepted).toBe(true);
    expect(game.send({ type: 'crisis.respond', choice: 'mobilise' }, { by: 'ussr' }).accepted).toBe(true);
    for (let i = 0; i < after; i++) game.send({ type: 'turn.end' });
  }
  return { game, crisisMonth };
}

function linkOf(scenario: Scenario, game: Game): string {
  const roles = game.getSnapshot().delegations.roles;
  return packLink(recordGame(scenario, 'polish-route', 'france', game.getSnapshot().turns, undefined, [], roles));
}

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
    await page.locator('#states-twin summary').focus();
    await page.keyboard.press('Enter');
    await tabTo(page, '#states-twin button[data-state="poland"]');
    await expect
      .poll(() => page.locator('#tooltip').innerText())
      .toMatch(/Passage for the Red Army: granted by the Polish delegation at the crisis of [A-Z][a-z]+ 19\d\d/);

    // Refused: the route says so, whatever Poland's standing.
    await open(polishGame(scenario, 'refuse', 1).game);
    await expect.poll(route).toMatch(/^Route through Poland, its delegation: refused \(/);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
