/**
 * The game in a real browser (Debian's Chromium), played as a new user would:
 * from the title screen to an ending, with the mouse and with the keyboard
 * alone, as France and as the USSR; the autosave and "continue"; bad saves;
 * the build served from a school's subfolder. No console error and no failed
 * request anywhere; a screenshot of each screen goes to screenshots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHarness, COUNT_POINTER_EVENTS, startBrowserHarness } from './browserHarness';
import { activate, makeOffer, newGame, type PlayLog, playStep, playToEnd, screenshot, tabTo } from './gameDriver';

const FULL_GAME = 240_000;

/** The map camera's zoom. */
async function mapZoom(page: Page): Promise<number> {
  return Number(await page.evaluate('window.hollowPactMap.cameras.main.zoom'));
}
let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('the game, played in the browser', () => {
  it(
    'pact-1935 as France with the mouse: tooltip, an offer on the map, a crisis and its verdicts, an ending, continue after a reload',
    async () => {
      const { page, errors } = await harness.newPage();
      await page.goto(`${harness.url}?seed=classroom-7`);
      const newGameButton = page.getByRole('button', { name: 'New game' });
      await expect.poll(() => newGameButton.isVisible()).toBe(true);
      await page.locator('#map[data-ready="true"]').waitFor();
      await screenshot(page, 'title');
      await newGame(page, 'mouse', 'pact-1935', 'france');
      expect(await page.locator('#hud-month').textContent()).toBe('May 1935');
      expect(await page.locator('#dispatches').textContent()).toContain('The Franco-Soviet treaty is signed');
      expect(await page.locator('#dispatches .source').first().textContent()).toMatch(/^Source: timeline\.md/);
      // The source opens the timeline's row it names, with what the row rests on, over the game.
      const rowLink = page.locator('#dispatches .source a[data-glossary="glossary-timeline-2-may-1935"]');
      await rowLink.click();
      const row = page.locator('#glossary-dialog[open] #glossary-timeline-2-may-1935');
      await row.waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
        .toBe('glossary-timeline-2-may-1935');
      expect(await row.textContent()).toMatch(/^2 May 1935 .*Sources: .+Confidence: C — confirmed: /);
      await screenshot(page, 'timeline-row');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#glossary-dialog').count()).toBe(0);
      expect(await page.locator('#standing').textContent()).toContain('A model, not a prediction');

      // Hover Poland on the canvas: the tooltip tells its stance and the route's status.
      const poland = await page.evaluate(() => window.hollowPactMap?.clientPointOf('poland') ?? null);
      expect(poland).not.toBeNull();
      await page.mouse.move(poland?.x ?? 0, poland?.y ?? 0);
      const tooltip = page.locator('#tooltip');
      await expect.poll(() => tooltip.isVisible()).toBe(true);
      expect(await tooltip.textContent()).toMatch(/^Poland.*Stance toward the pact and the convention: opposed/);
      expect(await tooltip.textContent()).toContain('Passage for the Red Army: refused');
      await screenshot(page, 'map-tooltip');
      // The wheel zooms the map around the pointer.
      const before = await mapZoom(page);
      await page.mouse.wheel(0, -400);
      await expect.poll(() => mapZoom(page)).toBeGreaterThan(before);
      await page.mouse.move(5, 400);

      // A refused order shows the engine's reason.
      expect(await page.locator('#orders').textContent()).toContain(
        'Not now: staff talks need attaché contacts first.',
      );

      // June 1935: Laval forms his government. Its source names his row of the notes on the actors, which a
      // click opens over the game, in the notes' own words.
      await activate(page, 'mouse', '#end-month');
      await expect.poll(() => page.locator('#hud-month').textContent()).toBe('June 1935');
      const lavalLink = page.locator('#dispatches .source a[data-glossary="glossary-notes-actors-pierre-laval"]');
      await lavalLink.click();
      const laval = page.locator('#glossary-dialog[open] #glossary-notes-actors-pierre-laval');
      await laval.waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
        .toBe('glossary-notes-actors-pierre-laval');
      expect(await laval.textContent()).toMatch(/^Pierre Laval.*Role and dates: FM from 13 Oct 1934/);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#glossary-dialog').count()).toBe(0);

      // Play until the staffs are drafting, make an offer on the map, then reload and continue.
      const early: PlayLog = { months: [], crises: [], offered: false };
      const options = { answer: 'refer-council', shots: 'pact-1935' };
      while (!((await page.locator('.hud-convention').textContent()) ?? '').includes('drafting')) {
        expect(await playStep(page, 'mouse', options, early)).not.toBe('ending');
        expect(early.months.length).toBeLessThan(40);
      }
      await makeOffer(page, 'mouse', 'transit', 2, 'pact-1935');
      expect(await page.locator('#cards').isHidden()).toBe(true);
      const month = await page.locator('#hud-month').textContent();
      await activate(page, 'mouse', '#end-month');
      expect(await page.locator('#save-status').textContent()).toMatch(/^Saved/);
      const saved = await page.locator('#hud-month').textContent();
      expect(saved).not.toBe(month);
      await page.reload();
      await page.locator('#map[data-ready="true"]').waitFor();
      await page.locator('#continue').click();
      expect(await page.locator('#hud-month').textContent()).toBe(saved);
      expect(await page.locator('#save-status').textContent()).toBe('Continued from the autosave.');

      const log = await playToEnd(page, 'mouse', { answer: 'invoke-protocol', shots: 'pact-1935' });
      const [first] = [...early.crises, ...log.crises];
      expect(first?.verdicts).toContain('Franco-Soviet treaty (1935):');
      // The map reads clearly at every crisis: no name over another label or under the ring, no route's words lost.
      for (const crisis of [...early.crises, ...log.crises]) {
        expect(crisis.mapClashes, crisis.title).toEqual([]);
        // The bar keeps the crisis's month while its outcome is read, and moves on with the player.
        expect(crisis.hud.answered, crisis.title).toBe(crisis.hud.asked);
        // The crisis's outcome is told first; the month's orders before it under their own heading.
        expect(crisis.told.first, crisis.title).toBe('crisis');
        expect(crisis.told.earlier, crisis.title).not.toContain('crisis');
        if (crisis.hud.after !== null) expect(crisis.hud.after, crisis.title).not.toBe(crisis.hud.asked);
      }
      expect(first?.outcome.length).toBeGreaterThan(20);
      // Orders were given in some crisis's month: they were told below its outcome, not before it.
      expect([...early.crises, ...log.crises].some((c) => c.told.earlier.length > 0)).toBe(true);
      await expect.poll(() => page.locator('#ending-title').textContent()).toMatch(/\S/);
      // The debrief (loaded behind the ending) holds the months beside history's, the notes and the questions, once.
      await page.locator('#ending-debrief .debrief-table').waitFor();
      expect(await page.locator('#ending-debrief .debrief-table tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('#ending-debrief .debrief-notes li').count()).toBeGreaterThan(0);
      expect(await page.locator('#ending-debrief .debrief-questions li').count()).toBeGreaterThan(0);
      for (const repeated of ['#course', '#teacher-notes', '#questions'])
        expect(await page.locator(repeated).count()).toBe(0);
      await screenshot(page, 'ending');
      expect(errors).toEqual([]);
      await page.close();
    },
    FULL_GAME,
  );

  it(
    'munich-1938 as France with the keyboard alone, to an ending, without a single mouse event',
    async () => {
      const { page, errors } = await harness.newPage();
      await page.addInitScript(COUNT_POINTER_EVENTS);
      await page.goto(`${harness.url}?seed=keyboard`);
      await page.locator('#map[data-ready="true"]').waitFor();
      await newGame(page, 'keyboard', 'munich-1938', 'france');
      // The HTML twin of the map: a state's button opens the same tooltip.
      await tabTo(page, '#states-twin summary');
      await page.keyboard.press('Enter');
      await tabTo(page, '[data-state="czechoslovakia"]');
      await expect.poll(() => page.locator('#tooltip').textContent()).toMatch(/^Czechoslovakia/);
      await screenshot(page, 'keyboard-twin');
      await page.keyboard.press('Escape');
      // The map takes the keyboard: + zooms in, 0 fits it again.
      await tabTo(page, '#map');
      const fit = await mapZoom(page);
      await page.keyboard.press('+');
      await expect.poll(() => mapZoom(page)).toBeGreaterThan(fit);
      await page.keyboard.press('0');
      await expect.poll(() => mapZoom(page)).toBeCloseTo(fit, 5);
      // An order given by Enter keeps the focus on its button, not on the page (the month is drawn again).
      const order = '#orders button[data-action="diplomacy.demarche:romania"]';
      await tabTo(page, order);
      const capital = await page.locator('#hud').textContent();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#hud').textContent()).not.toBe(capital);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe(
        'diplomacy.demarche:romania',
      );
      const log = await playToEnd(page, 'keyboard', { answer: 'mobilise', shots: 'munich-keyboard' });
      expect(log.crises[0]?.title).toBe('Crisis: The Sudeten crisis');
      expect(log.crises[0]?.verdicts).toContain('Czechoslovak-Soviet treaty (1935):');
      // The month after a crisis tells what came of it, not the question it asked.
      const afterCrisis = log.outcomes?.find((text) => text.includes('The Sudeten crisis')) ?? '';
      expect(afterCrisis).toMatch(/The Sudeten crisis( goes through: neither France nor the Soviet Union|: met by)/);
      for (const text of log.outcomes ?? []) expect(text).not.toContain('How do you answer?');
      // A month with no dispatch of its own still tells what came of the last one.
      expect(log.quietWithOutcome?.length).toBeGreaterThan(0);
      await expect.poll(() => page.locator('#ending-title').textContent()).toMatch(/\S/);
      expect(await page.evaluate(() => window.pointerEvents)).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    },
    FULL_GAME,
  );

  it(
    'last-chance-1937 as the USSR with the keyboard alone: an offer made on the map, a crisis, an ending',
    async () => {
      const { page, errors } = await harness.newPage();
      await page.addInitScript(COUNT_POINTER_EVENTS);
      await page.goto(`${harness.url}?seed=keyboard-ussr`);
      await page.locator('#map[data-ready="true"]').waitFor();
      await newGame(page, 'keyboard', 'last-chance-1937', 'ussr');
      const log = await playToEnd(page, 'keyboard', {
        answer: 'invoke-protocol',
        offer: { clause: 'sovietContribution', option: 1 },
        shots: 'last-chance-keyboard',
      });
      expect(log.offered).toBe(true);
      expect(log.crises.length).toBeGreaterThan(0);
      await expect.poll(() => page.locator('#ending-title').textContent()).toMatch(/\S/);
      expect(await page.evaluate(() => window.pointerEvents)).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    },
    FULL_GAME,
  );

  it(
    'talks-1939 as the USSR with the mouse, to an ending',
    async () => {
      const { page, errors } = await harness.newPage();
      await page.goto(`${harness.url}?seed=moscow`);
      await newGame(page, 'mouse', 'talks-1939', 'ussr');
      expect(await page.locator('#hud').textContent()).toContain('as the USSR');
      expect(await page.locator('#orders').textContent()).toContain("Raise the Red Army's readiness");
      expect(await page.locator('#orders').textContent()).not.toContain('Reassure Britain');
      const log = await playToEnd(page, 'mouse', { answer: 'ask-guarantors', shots: 'talks-ussr' });
      expect(log.months.length).toBeGreaterThan(0);
      await expect.poll(() => page.locator('#ending').getAttribute('data-ending')).toMatch(/^[a-z-]+$/);
      expect(errors).toEqual([]);
      await page.close();
    },
    FULL_GAME,
  );
});

describe('saves', () => {
  it('names a corrupt save, still starts a new game, and keeps the bad save until a good one replaces it', async () => {
    const { page, errors } = await harness.newPage();
    // Each reload waits for the map, so that no request is cut off half-way.
    const reload = async () => {
      await page.reload();
      await page.locator('#map[data-ready="true"]').waitFor();
    };
    await page.goto(harness.url);
    await page.locator('#map[data-ready="true"]').waitFor();
    await page.evaluate(() => localStorage.setItem('hollow-pact.autosave', '{"game":"hollow-pact","format":1,'));
    await reload();
    await expect.poll(() => page.locator('#save-problem').textContent()).toContain('corrupt');
    expect(await page.locator('#continue').count()).toBe(0);
    await screenshot(page, 'corrupt-save');
    await page.evaluate(() =>
      localStorage.setItem('hollow-pact.autosave', JSON.stringify({ game: 'hollow-pact', format: 9 })),
    );
    await page.reload();
    await expect.poll(() => page.locator('#save-problem').textContent()).toContain('newer version');
    await page.evaluate(() =>
      localStorage.setItem('hollow-pact.autosave', JSON.stringify({ game: 'chess', moves: [] })),
    );
    await page.reload();
    await expect.poll(() => page.locator('#save-problem').textContent()).toContain('not a Hollow Pact game file');
    await newGame(page, 'mouse', 'munich-1938', 'ussr');
    expect(await page.evaluate(() => localStorage.getItem('hollow-pact.autosave'))).toContain('chess');
    await page.locator('#end-month').click();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('hollow-pact.autosave') ?? '{}'));
    expect(saved.scenario.id).toBe('munich-1938');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('plays where the browser refuses storage (private browsing)', async () => {
    const { page, errors } = await harness.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(harness.url);
    await expect.poll(() => page.locator('#save-notice').textContent()).toContain('refuses storage');
    await newGame(page, 'mouse', 'talks-1939', 'france');
    await page.locator('#end-month').click();
    expect(await page.locator('#save-status').textContent()).toContain('Not saved');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('on a classroom board (touch)', () => {
  it("reaches a state's démarche in its tooltip by Tab from the list of states, and gives it with Enter", async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(harness.url);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'keyboard', 'munich-1938', 'france');
    await page.locator('#states-twin summary').focus();
    await page.keyboard.press('Enter');
    const poland = page.locator('#states-twin button[data-state="poland"]');
    await poland.focus();
    await expect.poll(() => page.locator('#tooltip').textContent()).toMatch(/^Poland/);
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    // Tab goes into the tooltip (it stands apart in the page), Shift+Tab back to the state.
    await page.keyboard.press('Tab');
    expect(await focusedText()).toMatch(/^Démarche in Warsaw/);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-state'))).toBe('poland');
    await page.keyboard.press('Tab');
    const capital = await page.locator('#capital').textContent();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#capital').textContent()).not.toBe(capital);
    expect(await page.locator('#this-month').textContent()).toMatch(/Poland/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a state's tooltip with a tap, and its démarche with another", async () => {
    const board = await startBrowserHarness('/', { touch: true });
    try {
      const { page, errors } = await board.newPage();
      await page.goto(board.url);
      await page.locator('#map[data-ready="true"]').waitFor();
      await newGame(page, 'mouse', 'munich-1938', 'france');
      const poland = await page.evaluate(() => window.hollowPactMap?.clientPointOf('poland') ?? null);
      expect(poland).not.toBeNull();
      await page.touchscreen.tap(poland?.x ?? 0, poland?.y ?? 0);
      const tooltip = page.locator('#tooltip');
      await expect.poll(() => tooltip.textContent()).toMatch(/^Poland/);
      const demarche = tooltip.getByRole('button', { name: /Démarche in Warsaw/ });
      await screenshot(page, 'touch-tooltip');
      const capital = await page.locator('#capital').textContent();
      await demarche.tap();
      await expect.poll(() => page.locator('#capital').textContent()).not.toBe(capital);
      expect(await page.locator('#this-month').textContent()).toMatch(/Poland/);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await board.close();
    }
  }, 60_000);
});

describe('on a school web server', () => {
  it('runs from a subfolder (/school/game/) of a plain static server, legal cases included', async () => {
    const school = await startBrowserHarness('/school/game/');
    try {
      const { page, errors } = await school.newPage();
      await page.goto(school.url);
      await page.locator('#map[data-ready="true"]').waitFor();
      await newGame(page, 'mouse', 'munich-1938', 'france');
      expect(await page.locator('#hud-month').textContent()).toBe('September 1938');
      await screenshot(page, 'school-subfolder');
      await page.goto(`${school.url}cases.html`);
      await expect.poll(() => page.locator('[data-treaty]').count()).toBe(3);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await school.close();
    }
  }, 60_000);
});
