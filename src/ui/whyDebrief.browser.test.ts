/**
 * Two of issue 12 §6's tests, as a new user would play them, in the shared
 * build of the game (Debian's Chromium):
 *
 * - an offer on the convention refused, and its "Why" opened: the starting
 *   lean, each term's label, weight and source (or the model's assumption),
 *   the total and the bar it had to clear (or the dice against the odds),
 *   checked against the engine's own explanation of the same game replayed in
 *   Node from the game's autosave;
 * - a game to its ending, its file exported from the Game menu, and the
 *   debrief's timeline checked row by row against that file and the
 *   scenario's historical choices (read from the scenario's JSON, not through
 *   the debrief's code).
 *
 * axe-core clean with the drawer open, no console error, screenshots kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerWords, orderWords } from '../debrief/words';
import {
  createGame,
  type Explanation,
  type GameAction,
  hashWorld,
  moveInfo,
  parseScenarioText,
  renderEntry,
  renderSentence,
  replayTurns,
  type Scenario,
  type TurnRecord,
} from '../engine';
import { saidOf } from '../why';
import { axeViolations } from './a11yAudit';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';
import { activate, chooseRadio, newGame, screenshot, tabTo } from './gameDriver';
import { readableSource } from './glossaryLinks';

const SCENARIOS = join(import.meta.dirname, '../../scenarios');

/** A scenario as its JSON file holds it, parsed as the game parses it. */
function scenarioFile(id: string): Scenario {
  const parsed = parseScenarioText(readFileSync(join(SCENARIOS, `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed)}`);
  return parsed.value;
}

/** The words of the why drawer (`scenarios/text/why.en.json`), read as data. */
const WHY = JSON.parse(readFileSync(join(SCENARIOS, 'text/why.en.json'), 'utf8')) as {
  factors: { source: string; assumption: string; bias: string; total: string };
  debrief: { noOrders: string; noHistoryOrders: string; firstMark: string };
};

/** A weight as the drawer writes it: +7, −28 (a true minus sign), 0. */
const signedText = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0');

/** A game file as the game writes it (the fields these tests read). */
interface FileShape {
  game: string;
  seed: string;
  role: 'france' | 'ussr';
  scenario: { id: string };
  turns: TurnRecord[];
}

/** The elements under `selector` whose own text is set under 18px (a projector's floor), as `class: size`. */
async function smallText(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((root) =>
    [root, ...root.querySelectorAll('*')]
      .filter((e) =>
        [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''),
      )
      .map((e) => ({ e, size: Number.parseFloat(getComputedStyle(e).fontSize) }))
      .filter(({ size }) => size < 18)
      .map(({ e, size }) => `${e.tagName.toLowerCase()}.${e.className}: ${size}px`),
  );
}

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

const text = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? '').trim();

describe('the factors of an offer refused (issue 12 §3, §6)', () => {
  it('last-chance-1937 as France: the transit offer refused, its Why against the engine’s own explanation', async () => {
    const { page, errors } = await harness.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${harness.url}?seed=why-offer`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'mouse', 'last-chance-1937', 'france');

    // With the mouse: push the staff talks into drafting, a month at a time.
    for (let month = 0; !(await text(page, '.hud-convention')).includes('drafting'); month++) {
      expect(month).toBeLessThan(8);
      expect(await page.locator('#crisis-answers').isVisible()).toBe(false);
      const before = await text(page, '#hud-month');
      const push = page.locator('#orders button:not([aria-disabled])[data-action="convention.draft"]');
      if ((await push.count()) > 0) await push.click();
      await activate(page, 'mouse', '#end-month');
      await expect.poll(() => text(page, '#hud-month')).not.toBe(before);
    }
    const month = await text(page, '#hud-month');

    // With the keyboard: open the convention, choose "transit" option 0 on its card, make the offer.
    await activate(page, 'keyboard', '#open-convention');
    await page.locator('#clause-cards').waitFor();
    await chooseRadio(page, 'keyboard', 'clause-transit', '0');
    await activate(page, 'keyboard', '[data-offer="transit"]');
    const refused = page.locator('#answers .entry[data-kind="negotiation"][data-id="offer-rejected"]');
    await refused.waitFor();
    expect(await refused.count()).toBe(1);
    // The offer went to the engine as the keyboard made it: the focus is on the answers.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer-heading');

    // The same game in Node: the autosave's turns (the months before), then the same offer.
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('hollow-pact.autosave'))) ?? '{}');
    const file = saved as FileShape;
    expect(file.seed).toBe('why-offer');
    const scenario = scenarioFile('last-chance-1937');
    const game = createGame(scenario, { seed: file.seed, role: 'france', from: { turns: file.turns, role: 'france' } });
    expect(game.getSnapshot().world.convention.phase).toBe('drafting');
    expect(game.send({ type: 'convention.offer', clause: 'transit', option: 0 }).accepted).toBe(true);
    const world = game.getSnapshot().world;
    const entry = world.log
      .at(-1)
      ?.entries.filter((e) => e.key === 'negotiation.offer-rejected')
      .at(-1);
    if (entry === undefined) throw new Error('the engine did not refuse the same offer');
    const explanation: Explanation | undefined = entry.reasons?.find((r) => r.explanation !== undefined)?.explanation;
    if (explanation === undefined) throw new Error('the engine logged no explanation for the refused offer');
    expect(explanation.yes).toBe(false);
    expect(await refused.locator('.entry-text').textContent()).toBe(renderEntry(entry).text);
    // The UI's world is the Node world: same month, same hash.
    expect(await page.locator('#hud').getAttribute('data-hash')).toBe(hashWorld(world));
    expect(month).toBe(await text(page, '#hud-month'));

    // With the mouse: open its Why.
    await refused.locator('details.factors > summary').click();
    const drawer = refused.locator('.why-factors');
    await drawer.waitFor();
    expect(await refused.locator('details.factors').getAttribute('open')).not.toBeNull();
    // Above the drawer, the reason's sentence alone: the sum the drawer lays out is not said twice in a line.
    const reasonIndex = entry.reasons?.findIndex((r) => r.explanation !== undefined) ?? -1;
    const reasonText = await refused.locator('.reason-text').nth(reasonIndex).textContent();
    expect(reasonText).not.toMatch(/starting lean|\u2192|rolled/);
    // What was decided, never the rule's bare question (which reads as a fact whatever the answer).
    const reason = entry.reasons?.[reasonIndex];
    expect(reasonText).toBe(
      reason?.key === null || reason === undefined
        ? `${saidOf(explanation)}.`
        : renderSentence(reason.key, reason.params, entry.month),
    );
    expect(reasonText?.length).toBeGreaterThan(3);

    const rows = drawer.locator('li.why-row');
    expect(await rows.count()).toBe(explanation.terms.length + 2);
    // Each source as the drawer says it, its citation in a class's words and linked (with any further places it
    // leads, "(also: …)", after it).
    const sourceWords = (source: string | null) =>
      WHY.factors.source.replace('{source}', readableSource(source ?? WHY.factors.assumption));

    // The starting lean.
    const bias = rows.nth(0);
    expect(await bias.getAttribute('data-kind')).toBe('bias');
    expect(Number(await bias.getAttribute('data-weight'))).toBe(explanation.bias.weight);
    expect(await bias.locator('.why-label').textContent()).toContain(WHY.factors.bias);
    expect(await bias.locator('.why-points').textContent()).toContain(signedText(explanation.bias.weight));
    expect(await bias.locator('.why-source').textContent()).toContain(sourceWords(explanation.bias.source));

    // Each term: its label, weight and source, or the model's assumption.
    expect(explanation.terms.length).toBeGreaterThan(0);
    for (const [i, term] of explanation.terms.entries()) {
      const row = rows.nth(i + 1);
      expect(await row.getAttribute('data-kind')).toBe('term');
      expect(await row.getAttribute('data-id')).toBe(term.id);
      expect(Number(await row.getAttribute('data-weight'))).toBe(term.weight);
      expect(await row.locator('.why-label').textContent()).toContain(term.label);
      expect(await row.locator('.why-points').textContent()).toContain(signedText(term.weight));
      expect(await row.locator('.why-source').textContent()).toContain(sourceWords(term.source));
    }
    // A source that names a file of the research opens it: the drawer's citations are links, as the dispatches' are.
    const cited = [explanation.bias.source, ...explanation.terms.map((t) => t.source)].filter((c) =>
      /\b(?:timeline|actors|counterfactuals)\.md\b/.test(c ?? ''),
    );
    if (cited.length > 0) expect(await drawer.locator('.why-source a[data-glossary]').count()).toBeGreaterThan(0);

    // The total: the sum of what was shown, and the engine's.
    const total = rows.nth(explanation.terms.length + 1);
    expect(await total.getAttribute('data-kind')).toBe('total');
    const shown = await rows.evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-weight'))));
    expect(shown.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(explanation.total);
    expect(Number(await total.getAttribute('data-weight'))).toBe(explanation.total);
    expect(await total.locator('.why-label').textContent()).toContain(WHY.factors.total);

    // The odds: an offer is answered on the reasons alone (no dice), so the total against the bar it had to clear.
    expect(explanation.chance).toBeNull();
    const threshold = explanation.threshold ?? 0;
    expect(explanation.total).toBeLessThan(threshold);
    expect(await drawer.locator('.why-strip').count()).toBe(0);
    const caption = (await drawer.locator('.why-caption').textContent()) ?? '';
    expect(caption).toContain(signedText(threshold));
    expect(caption).toContain(signedText(explanation.total));
    expect(await drawer.locator('.why-headline').textContent()).toContain(signedText(explanation.total));
    expect(await drawer.locator('.why-threshold-mark').textContent()).toContain(signedText(threshold));
    // The mark stands clear of the row above the total (it ran over its source line).
    const mark = await drawer.locator('.why-threshold-mark').boundingBox();
    const above = await rows.nth(explanation.terms.length).boundingBox();
    expect(mark?.y ?? 0).toBeGreaterThanOrEqual((above?.y ?? 0) + (above?.height ?? 0) - 0.5);

    // Legible on a projector: no text in the drawer, nor its "Why", under 18px.
    expect(await smallText(page, '#answers .entry[data-id="offer-rejected"] details.factors')).toEqual([]);
    // At 1280×800 the drawer fits beside the map: nothing in it runs off to the side.
    const overflow = await drawer.evaluate((node) =>
      [node, ...node.querySelectorAll('.why-row, .why-strip')].map((n) => n.scrollWidth - n.clientWidth),
    );
    expect(Math.max(...overflow)).toBeLessThanOrEqual(0);
    await drawer.locator('.why-bars').scrollIntoViewIfNeeded();
    await screenshot(page, 'why-offer-refused');
    expect(await axeViolations(page)).toEqual([]);

    // Closed again by keyboard: the summary is a control in the tab order.
    await tabTo(page, '#answers .entry[data-id="offer-rejected"] details.factors > summary');
    await page.keyboard.press('Enter');
    expect(await refused.locator('details.factors').getAttribute('open')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

/** An action as a string that does not depend on the order of its fields. */
function actionKey(action: object): string {
  return JSON.stringify(Object.entries(action).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

describe('the debrief’s timeline against the game file (issue 12 §4, §6)', () => {
  it('munich-1938 as France to its ending: every month of the exported file in its row', async () => {
    const { page, errors } = await harness.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${harness.url}?seed=why-debrief`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'mouse', 'munich-1938', 'france');
    // The first month: an order history did not give. March 1939: history's own order, "Reassure Britain".
    // Every crisis answered "stand aside": as history at Prague, not at Munich or over Poland.
    let crises = 0;
    for (let step = 0; !(await page.locator('#ending').isVisible()); step++) {
      expect(step).toBeLessThan(40);
      if (await page.locator('#crisis-answers').isVisible()) {
        await activate(page, 'mouse', '[data-choice="stand-aside"]');
        await page.locator('#crisis-outcome').waitFor();
        await activate(page, 'mouse', '#crisis-continue');
        crises++;
        continue;
      }
      const before = await text(page, '#hud-month');
      if (step === 0) await page.locator('#orders button[data-action="domestic.rally"]:not([aria-disabled])').click();
      if (before === 'March 1939') {
        await page.locator('#orders button[data-action="diplomacy.reassureBritain"]:not([aria-disabled])').click();
      }
      await activate(page, 'mouse', '#end-month');
      await expect
        .poll(
          async () =>
            (await page.locator('#ending, #crisis-answers').count()) > 0 || (await text(page, '#hud-month')) !== before,
        )
        .toBe(true);
    }
    await page.locator('#ending-debrief .debrief-table').waitFor();
    expect(crises).toBeGreaterThan(1);

    // The game file, through the Game menu.
    if ((await page.locator('#hud-more').getAttribute('open')) === null)
      await page.locator('#hud-more summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-game').click()]);
    await page.locator('#hud-more summary').click();
    expect(download.suggestedFilename()).toMatch(/^hollow-pact-munich-1938-.*\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as FileShape;
    expect(file).toMatchObject({
      game: 'hollow-pact',
      seed: 'why-debrief',
      role: 'france',
      scenario: { id: 'munich-1938' },
    });

    // History's choices, read from the scenario's own JSON.
    const raw = JSON.parse(readFileSync(join(SCENARIOS, 'munich-1938.json'), 'utf8')) as {
      historicalChoices: {
        france: { month: string; actions: object[] }[];
        crises: { france: Record<string, string> };
      };
    };
    // The crises of the file's game: its replay in Node says which move each answer met.
    const scenario = scenarioFile('munich-1938');
    const replayed = replayTurns(scenario, file.seed, file.role, file.turns);
    expect(replayed.phase).toBe('ended');
    expect(await page.locator('#hud').getAttribute('data-hash')).toBe(hashWorld(replayed));

    // The file's months, each once, in order, with its orders and its crisis answer.
    const months: { month: string; orders: GameAction[]; answer: string | null }[] = [];
    for (const turn of file.turns) {
      let row = months.find((m) => m.month === turn.month);
      if (row === undefined) {
        row = { month: turn.month, orders: [], answer: null };
        months.push(row);
      }
      for (const action of turn.actions) {
        if (action.type === 'crisis.respond') row.answer = action.choice;
        else row.orders.push(action);
      }
    }
    expect(months.filter((m) => m.answer !== null).length).toBe(crises);

    const rows = page.locator('#ending-debrief .debrief-table tbody tr');
    expect(await rows.count()).toBe(months.length);
    const verdicts: { month: string; diverged: boolean; orders: number }[] = [];
    let firstDiverged: string | null = null;
    for (const [i, month] of months.entries()) {
      const row = rows.nth(i);
      const yours = (await row.locator('td').nth(0).textContent()) ?? '';
      // Every order in the file, in the row; "No orders" where the file has none.
      if (month.orders.length === 0) expect(yours.startsWith(WHY.debrief.noOrders)).toBe(true);
      for (const action of month.orders) expect(yours).toContain(orderWords(action, month.month));
      expect(yours.split('; ').length).toBe(Math.max(1, month.orders.length) + (month.answer === null ? 0 : 1));
      if (month.answer !== null) {
        const move = replayed.crises.find((c) => c.month === month.month)?.move;
        expect(yours).toContain(answerWords('france', month.answer, undefined, move));
      }
      // The crisis and its answer as the file records them.
      const crisesHere = replayed.crises.filter((c) => c.month === month.month);
      const lines = row.locator('.debrief-crisis-line');
      expect(await lines.count()).toBe(crisesHere.length);
      for (const [k, crisis] of crisesHere.entries()) {
        expect(crisis.answer).toBe(month.answer);
        const line = (await lines.nth(k).textContent()) ?? '';
        expect(line.startsWith(`${moveInfo(crisis.move)?.title ?? crisis.move}:`)).toBe(true);
        expect(line).toContain(answerWords('france', crisis.answer, undefined, crisis.move));
      }
      // Diverged where the file's orders or answer differ from the scenario's historical choices.
      const history = raw.historicalChoices.france.filter((c) => c.month === month.month).flatMap((c) => c.actions);
      const historyAnswer = crisesHere
        .map((c) => raw.historicalChoices.crises.france[c.move])
        .find((a) => a !== undefined);
      const mine = month.orders.map(actionKey).sort();
      const sameOrders =
        history.length === mine.length &&
        history
          .map(actionKey)
          .sort()
          .every((key, k) => key === mine[k]);
      const diverged = !sameOrders || (month.answer !== null && month.answer !== historyAnswer);
      // History's side of the row: its orders for the month, and its answer to the month's crisis.
      const historyCell = (await row.locator('td').nth(1).textContent()) ?? '';
      if (history.length === 0) expect(historyCell.startsWith(WHY.debrief.noHistoryOrders)).toBe(true);
      for (const action of history) expect(historyCell).toContain(orderWords(action as GameAction, month.month));
      if (historyAnswer !== undefined) expect(historyCell).toContain(answerWords('france', historyAnswer));
      verdicts.push({ month: month.month, diverged, orders: month.orders.length });
      expect({ month: month.month, marked: (await row.getAttribute('class'))?.includes('debrief-diverged') }).toEqual({
        month: month.month,
        marked: diverged,
      });
      const mark = row.locator('.debrief-mark');
      expect(await mark.count()).toBe(diverged ? 1 : 0);
      if (diverged && firstDiverged === null) {
        firstDiverged = month.month;
        expect(await mark.textContent()).toContain(WHY.debrief.firstMark);
      } else if (diverged) expect(await mark.textContent()).not.toContain(WHY.debrief.firstMark);
    }
    // The game took both ways: the first month differs (an order history did not give), March 1939
    // agrees (history's own order, and Prague met as history met it).
    expect(firstDiverged).toBe(months[0]?.month);
    expect(await page.locator('#ending-debrief .debrief-first').getAttribute('data-month')).toBe(firstDiverged);
    expect(verdicts.find((v) => v.month === '1939-03')).toEqual({ month: '1939-03', diverged: false, orders: 1 });
    await rows.nth(months.findIndex((m) => m.month === '1939-03')).scrollIntoViewIfNeeded();
    await screenshot(page, 'why-debrief-timeline');
    expect(await smallText(page, '#ending-debrief .debrief-timeline')).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
