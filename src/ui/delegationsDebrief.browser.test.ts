/**
 * The ending's debrief of a game of delegations in a real browser (issue 14
 * §2, §6): a game of France and the USSR, France giving history's orders and
 * answers, the USSR its own, opened from its share link a month before the
 * end; the delegations play the last month and the ending's debrief shows one
 * table per side, each with that side's own orders beside its own history and
 * its own first divergence, and the CSV names each row's side. No console
 * error; axe-core finds nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../debrief/csv';
import { furtherHistory, orderWords } from '../debrief/words';
import {
  type CrisisChoice,
  createGame,
  type Delegation,
  debriefOf,
  type GameAction,
  recordGame,
  type TurnRecord,
} from '../engine';
import { packLink } from '../share/link';
import { playFurtherToEnd } from '../testing/delegations';
import { loadScenario } from '../testing/scenarios';
import { WHY_TEXT } from '../why/text';
import { axeViolations } from './a11yAudit';
import { type BrowserHarness, SCREENSHOTS, startBrowserHarness } from './browserHarness';
import { activate, screenshot } from './gameDriver';

const SEED = 'debrief-delegations-browser';
const ROLES: readonly Delegation[] = ['france', 'ussr'];
const scenario = loadScenario('as-it-happened');

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** France gives history's orders and answers; the USSR raises readiness when it may and answers otherwise than history. */
function playWholeGame() {
  const game = createGame(scenario, { seed: SEED, role: 'france', roles: ROLES });
  for (let guard = 0; guard < 200 && game.getSnapshot().phase !== 'ended'; guard++) {
    const { world } = game.getSnapshot();
    if (world.phase === 'crisis') {
      const move = world.crisis?.move ?? '';
      // Once Moscow has come to terms with Berlin the screen offers it only standing aside (as its rule does).
      const soviet: CrisisChoice =
        world.sovietGermanDeal !== null
          ? 'stand-aside'
          : scenario.historicalChoices.crises.ussr[move] === 'mobilise'
            ? 'refer-council'
            : 'mobilise';
      game.send(
        { type: 'crisis.respond', choice: scenario.historicalChoices.crises.france[move] ?? 'stand-aside' },
        {
          by: 'france',
        },
      );
      game.send({ type: 'crisis.respond', choice: soviet }, { by: 'ussr' });
      continue;
    }
    const history = scenario.historicalChoices.france.filter((c) => c.month === world.month).flatMap((c) => c.actions);
    for (const action of history) game.send(action, { by: 'france' });
    game.send({ type: 'military.readiness' }, { by: 'ussr' });
    game.send({ type: 'turn.end' }, { by: 'ussr' });
  }
  expect(game.getSnapshot().phase).toBe('ended');
  return game.getSnapshot();
}

/** The actions `by` gave in a turn. */
function givenBy(turn: TurnRecord, by: Delegation): GameAction[] {
  return turn.actions.filter((_, i) => turn.by?.[i] === by);
}

/** Where the page stands: a hand-over, a crisis's result, the ending, or the seated delegation's turn. */
function standing(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const id of ['ending', 'handover', 'crisis-continue']) if (document.getElementById(id) !== null) return id;
    return document.getElementById('delegation-turn')?.textContent ?? '';
  });
}

/** Play the last month in the page as the recorded turn did, each delegation behind its hand-over. */
async function playLastMonth(page: Page, last: TurnRecord): Promise<void> {
  for (let step = 0; step < 20; step++) {
    // Whichever comes first once the page has drawn: the hand-over may open after the seated delegation's line.
    await page
      .locator('#ending:visible, #handover:visible, #crisis-continue:visible, #delegation-turn:visible')
      .first()
      .waitFor();
    if (await page.locator('#ending').isVisible()) return;
    if (await page.locator('#handover').isVisible()) {
      await page.keyboard.press('Enter');
      await page.locator('#handover').waitFor({ state: 'detached' });
      continue;
    }
    if (await page.locator('#crisis-continue').isVisible()) {
      await activate(page, 'mouse', '#crisis-continue');
      continue;
    }
    if (!(await page.locator('#delegation-turn').isVisible())) continue;
    const seat = (await page.locator('#delegation-turn').textContent()) ?? '';
    const by: Delegation = seat.includes('Soviet') ? 'ussr' : 'france';
    const actions = givenBy(last, by);
    const answer = actions.find((a) => a.type === 'crisis.respond');
    if (answer?.type === 'crisis.respond') await activate(page, 'mouse', `[data-choice="${answer.choice}"]`);
    else {
      for (const action of actions) await activate(page, 'mouse', `button[data-action="${action.type}"]`);
      await activate(page, 'mouse', '#end-month');
    }
    await expect.poll(() => standing(page)).not.toBe(seat);
  }
  throw new Error('no ending after the last month');
}

describe('the ending of a game of delegations', () => {
  it("shows France's months and the USSR's, each with its own orders and first divergence", async () => {
    const whole = playWholeGame();
    const expected = debriefOf(scenario, whole.world, whole.turns);
    const last = whole.turns.at(-1);
    if (last === undefined || expected.sides === undefined) throw new Error('the game has no turns or no sides');
    const file = recordGame(scenario, SEED, 'france', whole.turns.slice(0, -1), undefined, [], ROLES);
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}${packLink(file)}`);
    await playLastMonth(page, last);
    // The page played the last month as the game above did: the same ending, and (below) the same months.
    expect(await page.locator('#ending').getAttribute('data-ending')).toBe(whole.world.ending);

    const debrief = page.locator('#ending-debrief');
    await debrief.locator('.debrief-side').first().waitFor();
    expect(
      await debrief.locator('.debrief-side').evaluateAll((n) => n.map((s) => s.getAttribute('data-side'))),
    ).toEqual(['france', 'ussr']);
    const readiness = orderWords({ type: 'military.readiness' }, last.month);
    for (const side of expected.sides) {
      const table = debrief.locator(`.debrief-side[data-side="${side.role}"]`);
      expect(await table.locator('h3').textContent()).toBe(WHY_TEXT.debrief.delegations.headings[side.role]);
      expect(await table.locator('thead th').nth(1).textContent()).toBe(WHY_TEXT.debrief.delegations.names[side.role]);
      expect(await table.locator('.debrief-first').getAttribute('data-month')).toBe(side.firstDivergence);
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBe(side.months.length);
      const cells = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent ?? ''));
      const diverged = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-diverged')));
      expect(diverged).toEqual(side.months.map((m) => String(m.diverged)));
      for (const [i, month] of side.months.entries()) {
        // The USSR's readiness is in the USSR's rows where it gave it, and never in France's.
        expect(cells[i]?.includes(readiness)).toBe(month.orders.some((a) => a.type === 'military.readiness'));
        if (side.role === 'france') expect(cells[i]).not.toContain(readiness);
      }
    }
    const [french, soviet] = expected.sides;
    expect(soviet?.months.some((m) => m.orders.length > 0)).toBe(true);
    expect(soviet?.firstDivergence).not.toBe(french?.firstDivergence);
    expect(await axeViolations(page)).toEqual([]);
    await debrief.locator('.debrief-side[data-side="ussr"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'delegations-debrief');

    // Printed on A4: both tables, each with its heading and its own first divergence, the debrief alone.
    mkdirSync(SCREENSHOTS, { recursive: true });
    const pdf = join(SCREENSHOTS, 'delegations-debrief.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).normalize('NFKC').replace(/\s+/g, ' ');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/);
    for (const side of expected.sides) {
      expect(text).toContain(WHY_TEXT.debrief.delegations.headings[side.role].normalize('NFKC'));
      const lead = await debrief.locator(`.debrief-side[data-side="${side.role}"] .debrief-first`).textContent();
      expect(text).toContain((lead ?? '').normalize('NFKC').replace(/\s+/g, ' '));
    }
    expect(text).not.toContain('Back to the title screen');

    // The CSV names each row's side: France's months, then the USSR's.
    const [download] = await Promise.all([page.waitForEvent('download'), activate(page, 'mouse', '#download-debrief')]);
    const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
    const names = WHY_TEXT.debrief.delegations.names;
    expect(rows[0]?.at(-1)).toBe(WHY_TEXT.debrief.delegations.csvSide);
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual([
      ...expected.months.map(() => names.france),
      ...expected.months.map(() => names.ussr),
    ]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("lays out Britain's and Poland's answers beside history's, each row its question, answer and history", async () => {
    const munich = loadScenario('munich-1938');
    const seed = 'debrief-further-browser';
    const roles: Delegation[] = ['france', 'ussr', 'britain', 'poland'];
    // The sides stand aside and give no orders; Britain and Poland give, whenever asked, the answer listed last.
    const game = createGame(munich, { seed, roles });
    playFurtherToEnd(game, ['britain', 'poland']);
    const whole = game.getSnapshot();
    expect(whole.phase).toBe('ended');
    const expected = debriefOf(munich, whole.world, whole.turns, { roles });
    const answers = expected.furtherAnswers ?? [];
    expect(new Set(answers.map((a) => a.by))).toEqual(new Set(['britain', 'poland']));
    const last = whole.turns.at(-1);
    if (last === undefined) throw new Error('the game has no turns');
    const file = recordGame(munich, seed, 'france', whole.turns.slice(0, -1), undefined, [], roles);
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}${packLink(file)}`);

    // The last month in the page, each delegation behind its hand-over: Britain as recorded, the sides aside.
    const britain = givenBy(last, 'britain').flatMap((a) => ('answer' in a ? [a.answer] : []));
    const seen = '#ending, #handover, #transit-answers, #crisis-answers, #crisis-continue, #end-month';
    for (let step = 0; step < 20 && (await page.locator('#ending').count()) === 0; step++) {
      await page.locator(seen).filter({ visible: true }).first().waitFor();
      if (await page.locator('#ending').isVisible()) break;
      if (await page.locator('#handover').isVisible()) {
        await page.keyboard.press('Enter');
        await page.locator('#handover').waitFor({ state: 'detached' });
      } else if (await page.locator('#transit-answers').isVisible()) {
        const heading = (await page.locator('#transit-heading').textContent()) ?? '';
        expect(heading).toContain('British');
        const answer = britain.shift();
        await activate(page, 'mouse', `[data-transit="${answer}"]`);
        const now = () => page.evaluate(() => document.getElementById('transit-heading')?.textContent ?? '');
        await expect.poll(now).not.toBe(heading);
      } else if (await page.locator('#crisis-answers').isVisible()) {
        const seat = await standing(page);
        await activate(page, 'mouse', '[data-choice="stand-aside"]');
        await expect.poll(() => standing(page)).not.toBe(seat);
      } else if (await page.locator('#crisis-continue').isVisible()) {
        await activate(page, 'mouse', '#crisis-continue');
      } else {
        await activate(page, 'mouse', '#end-month');
      }
    }
    expect(await page.locator('#ending').getAttribute('data-ending')).toBe(whole.world.ending);

    const table = page.locator('#ending-debrief .debrief-further');
    await table.waitFor();
    const d = WHY_TEXT.debrief;
    expect(await table.locator('h3').textContent()).toBe(d.delegations.further.heading);
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        cells: [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? ''),
        differs: tr.getAttribute('data-differs'),
      })),
    );
    const labels = new Map(expected.months.map((m) => [m.month, m.label]));
    expect(rows.map((r) => r.differs)).toEqual(answers.map((a) => (a.differs === null ? '' : String(a.differs))));
    for (const [i, answer] of answers.entries()) {
      const [month, by, question, given, history] = rows[i]?.cells ?? [];
      expect(month?.startsWith(labels.get(answer.month) ?? answer.month)).toBe(true);
      expect(month?.includes(d.diverged)).toBe(answer.differs === true);
      expect(by).toBe(d.further[answer.by]);
      expect(question?.startsWith(answer.question)).toBe(true);
      if (answer.move !== null) expect(question).toContain(expected.crises.find((c) => c.move === answer.move)?.title);
      expect(given).toBe(answer.answerLabel);
      expect(history).toBe(furtherHistory(answer));
    }
    // Britain's verdict at Munich: no verdict under Locarno was given, so no answer is marked as differing.
    const munichVerdict = answers.find((a) => a.move === 'sudetenland' && a.decision === 'verdictAtCrisis');
    expect(munichVerdict?.differs).toBeNull();
    expect(munichVerdict?.history).toMatch(/^no verdict under Locarno was given/);
    expect(await axeViolations(page)).toEqual([]);
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, 'delegations-debrief-further');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
