/**
 * A counter-offer in a real browser (Debian's Chromium), by keyboard alone: an
 * offer Moscow counters, the counter-offer on the table with when it lapses,
 * Moscow's own offer of February 1937 taking its place (and the dispatches
 * saying so), and the counter-offer accepted. `last-chance-1937` as France
 * opens with the staffs' talks behind it, so drafting begins in its first
 * month; Moscow's answers to this offer do not depend on the seed. And the
 * month's dispatches in the order they came: the talks stalled by Tukhachevsky's
 * arrest told after it, before the next dispatch, not below them all.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';
import { activate, chooseRadio, newGame, screenshot } from './gameDriver';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** The map camera's scroll (rounded) and zoom. */
function mapView(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(
    '(() => { const c = window.hollowPactMap.cameras.main; return { x: Math.round(c.scrollX), y: Math.round(c.scrollY), zoom: c.zoom }; })()',
  );
}

describe('the convention’s talks, by keyboard', () => {
  it('puts the map back where it was once the convention closes, and opens a new game on the whole stage', async () => {
    const { page, errors } = await harness.newPage();
    // A laptop projector's size, where the convention's cards once sat in one narrow column.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${harness.url}?seed=frame-0`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'keyboard', 'last-chance-1937', 'france');
    const fitted = await mapView(page);
    await activate(page, 'keyboard', '#orders button[data-action="convention.draft"]');
    await activate(page, 'keyboard', '#open-convention');
    await page.locator('#clause-cards').waitFor();
    // The cards fill the overlay's width, row by row (the legal cases' grid once held them in one narrow column).
    const row = await page.locator('#clause-cards').evaluate((list) => {
      const cards = [...list.querySelectorAll('.card')].map((card) => card.getBoundingClientRect());
      const top = cards[0]?.top;
      const first = cards.filter((card) => card.top === top);
      return {
        perRow: first.length,
        card: cards[0]?.width ?? 0,
        left: (list.parentElement?.getBoundingClientRect().right ?? 0) - (first.at(-1)?.right ?? 0),
      };
    });
    // The legal cases' grid (style.css) once leaked into the overlay, holding the cards in one column of two.
    expect(await page.locator('#cards').evaluate((cards) => getComputedStyle(cards).gridTemplateColumns)).toBe('none');
    // No room is left at the end of the first row where another card would fit.
    expect(row.perRow).toBeGreaterThanOrEqual(2);
    expect(row.left).toBeLessThan(row.card + 40);
    // The route through Poland lit: the map moves to show it above the cards.
    await chooseRadio(page, 'keyboard', 'clause-transit', '2');
    await expect.poll(() => mapView(page)).not.toEqual(fitted);
    await activate(page, 'keyboard', '#close-convention');
    await expect.poll(() => mapView(page)).toEqual(fitted);
    // Moved again, then the title screen and a new game: the whole stage, not the last game's view.
    await activate(page, 'keyboard', '#open-convention');
    await chooseRadio(page, 'keyboard', 'clause-transit', '2');
    await expect.poll(() => mapView(page)).not.toEqual(fitted);
    await page.keyboard.press('Escape');
    await activate(page, 'keyboard', '#to-title');
    await newGame(page, 'keyboard', 'last-chance-1937', 'france');
    expect(await mapView(page)).toEqual(fitted);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is shown with when it lapses, lapses when Moscow’s own offer takes its place, and is accepted', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=counter-0`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'keyboard', 'last-chance-1937', 'france');
    expect(await page.locator('#hud-month').textContent()).toBe('January 1937');

    await activate(page, 'keyboard', '#orders button[data-action="convention.draft"]');
    await activate(page, 'keyboard', '#open-convention');
    await page.locator('#clause-cards').waitFor();
    await chooseRadio(page, 'keyboard', 'clause-staffCoordination', '1');
    // Before any capital is spent, the card says what Moscow will answer: the counter-offer that then comes.
    await expect
      .poll(() => page.locator('#forecast-staffCoordination').textContent())
      .toMatch(
        /^As things stand, Moscow would counter with “liaison officers” \(its reasons add up to .+; it accepts from 0\)\. On your side, to be weighed with the whole draft: the cabinet \+10, the War Minister \+5, Gamelin \+5\.$/,
      );
    await activate(page, 'keyboard', '[data-offer="staffCoordination"]');
    const counter = page.locator('#counter');
    await counter.waitFor();
    expect(await page.locator('#answers .entries > li').first().textContent()).toContain(
      'Offer countered — Staff coordination: "exchange of information"; they propose "liaison officers".',
    );
    expect(await counter.textContent()).toContain(
      'On the table, their counter-offer: Staff coordination — liaison officers.',
    );
    expect(await page.locator('#counter-lapses').textContent()).toBe(
      'It lapses when a new offer takes its place: one of yours that they accept or counter, on any clause, or one of their own. Accept it first to keep it.',
    );
    await screenshot(page, 'counter-offer');
    await activate(page, 'keyboard', '#close-convention');
    await activate(page, 'keyboard', '#end-month');

    // February 1937: Moscow's offer of ground forces, given transit, takes the place of the counter-offer on staff
    // coordination. The dispatches tell the offer; the convention's answers, newest first, that the other lapsed.
    await expect.poll(() => page.locator('#hud-month').textContent()).toBe('February 1937');
    expect(await page.locator('#dispatches').textContent()).toContain('The Soviet offer of February 1937');
    await activate(page, 'keyboard', '#open-convention');
    expect(await page.locator('#answers .entries > li').allTextContents()).toEqual([
      expect.stringContaining(
        'Their counter-offer lapses — Staff coordination: "liaison officers" is off the table, since a new offer took its place.',
      ),
      expect.stringContaining('Moscow puts its offer on the table: ground forces, given transit.'),
      expect.stringContaining('Offer countered — Staff coordination'),
      expect.stringContaining('Drafting begins'),
    ]);
    expect(await counter.textContent()).toContain(
      'On the table, their counter-offer: Soviet contribution — ground forces, given transit.',
    );
    await screenshot(page, 'counter-offer-lapsed');
    await activate(page, 'keyboard', '#accept-counter');
    await expect.poll(() => counter.count()).toBe(0);
    expect(await page.locator('[data-clause="sovietContribution"] .agreed').textContent()).toBe(
      'Agreed: ground forces, given transit',
    );
    expect(await page.locator('[data-clause="staffCoordination"] .agreed').textContent()).toBe('Not agreed yet');
    // The agreed option cannot be offered again, and the card says so; another option of the same clause can, and
    // its button and its line follow the option chosen.
    const offer = page.locator('[data-offer="sovietContribution"]');
    const refused = page.locator('#refused-sovietContribution');
    await chooseRadio(page, 'keyboard', 'clause-sovietContribution', '2');
    expect(await offer.getAttribute('aria-disabled')).toBe('true');
    expect(await refused.textContent()).toBe('Not now: that option is already agreed.');
    await chooseRadio(page, 'keyboard', 'clause-sovietContribution', '1');
    await expect.poll(() => offer.getAttribute('aria-disabled')).toBeNull();
    expect(await refused.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('tells a month’s dispatches in the order they came, with what an event set off after it, not below them all', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=order-1`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'keyboard', 'last-chance-1937', 'france');
    while ((await page.locator('#hud-month').textContent()) !== 'May 1937') {
      await activate(page, 'keyboard', '#end-month');
      await expect.poll(() => page.locator('#month-heading').isVisible()).toBe(true);
    }
    // 22 May, the arrest; the talks stall for it; 28 May, Chamberlain: told in that order, among the dispatches.
    const told = await page.locator('#dispatches .entries > li').allTextContents();
    const at = (text: string) => told.findIndex((t) => t.includes(text));
    expect(at('Tukhachevsky arrested')).toBeGreaterThanOrEqual(0);
    expect(at('The convention talks: stalled.')).toBe(at('Tukhachevsky arrested') + 1);
    expect(at('Chamberlain becomes Prime Minister')).toBe(at('The convention talks: stalled.') + 1);
    expect(await page.locator('#this-month').count()).toBe(0);
    // An order of the month is told below them, as this month's own.
    await activate(page, 'keyboard', '#orders button[data-action="domestic.rally"]');
    await page.locator('#this-month').waitFor();
    expect(await page.locator('#dispatches .entries > li').allTextContents()).toEqual(told);
    // Reloaded and continued, the month is told the same way.
    await page.reload();
    await page.locator('#map[data-ready="true"]').waitFor();
    await page.locator('#continue').click();
    expect(await page.locator('#dispatches .entries > li').allTextContents()).toEqual(told);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('tells after a crisis month what came of it: its orders and the crisis, not the month’s dispatches again', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=order-2`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'keyboard', 'rhineland-1936', 'france');
    await activate(page, 'keyboard', '#orders button[data-action="domestic.rally"]');
    await page.locator('#this-month').waitFor();
    await activate(page, 'keyboard', '#end-month');
    await page.locator('#crisis-answers').waitFor();
    await activate(page, 'keyboard', '[data-choice="refer-council"]');
    await activate(page, 'keyboard', '#crisis-continue');
    await expect.poll(() => page.locator('#hud-month').textContent()).toBe('April 1936');
    const outcome = (await page.locator('#panel .outcome .entries > li').allTextContents()).join(' | ');
    expect(outcome).toContain('The government argues its case for the eastern commitment');
    expect(outcome).toContain('The remilitarisation of the Rhineland');
    expect(outcome).not.toContain('The Senate votes for ratification');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
