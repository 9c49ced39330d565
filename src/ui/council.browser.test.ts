/**
 * The League Council chamber, a stance change's reason on the map, and the
 * credits, in a real browser on the shared game build, as a new user would:
 * the credits opened from the title screen; Belgium's stance change read on
 * the map by hovering it; Munich's Sudetenland crisis answered by keyboard,
 * its Council opened by keyboard and by mouse, each member's vote read and
 * checked against the engine's own chamber and the game's log. axe-core
 * clean, no console error, screenshots kept.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  councilChamberOfCase,
  createGame,
  crisisCouncil,
  parseLegalCaseText,
  renderEntry,
  replayTurns,
  stanceChanges,
} from '../engine';
import { loadScenario } from '../testing/scenarios';
import { axeViolations } from './a11yAudit';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';
import { activate, newGame, screenshot, tabTo } from './gameDriver';
import { orderOddsText } from './labels';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

const SEED = 'council';

describe('the Council chamber, stance reasons and the credits', () => {
  it('credits from the title screen; Belgium’s stance change and its reason on the map (mouse)', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=${SEED}`);
    await page.locator('#map[data-ready="true"]').waitFor();

    // The credits, from the title screen.
    await page.locator('#credits').click();
    const credits = page.locator('#credits-dialog[open]');
    await credits.waitFor();
    expect(await credits.getAttribute('aria-labelledby')).toBe('credits-title');
    expect(await credits.locator('#credits-map').textContent()).toBe('The map of 1936');
    expect(await credits.textContent()).toContain('Natural Earth');
    expect(await credits.locator('#credits-libraries [data-package="phaser"]').textContent()).toContain('MIT');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'credits');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#credits-dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('credits');

    // One month of blum-staff-talks-1936: Belgium turns to neutrality.
    await newGame(page, 'mouse', 'blum-staff-talks-1936', 'france');
    // An order that rolls a die says its odds now, the engine's own; one that rolls none says nothing.
    const opening = createGame(loadScenario('blum-staff-talks-1936'), { seed: SEED, role: 'france' }).getSnapshot()
      .world;
    const odds = orderOddsText(opening, { type: 'convention.staffTalks' }) ?? '';
    expect(odds).toMatch(/^, odds \d+ in 100 that the French cabinet agrees/);
    expect(await page.locator('#orders [data-action="convention.staffTalks"]').textContent()).toContain(odds);
    expect(await page.locator('#orders [data-action="domestic.rally"] .odds').count()).toBe(0);
    await page.locator('#end-month').click();
    await expect.poll(() => page.locator('#hud-month').textContent()).toMatch(/1936/);
    const scenario = loadScenario('blum-staff-talks-1936');
    const game = createGame(scenario, { seed: SEED, role: 'france' });
    game.send({ type: 'turn.end' });
    const { world, turns } = game.getSnapshot();
    const change = stanceChanges(replayTurns(scenario, SEED, 'france', turns.slice(0, -1)), world).find(
      (c) => c.state === 'belgium',
    );
    const cause = change?.causes[0];
    expect(cause).toBeDefined();
    if (cause === undefined) return;

    const belgium = await page.evaluate(() => window.hollowPactMap?.clientPointOf('belgium') ?? null);
    expect(belgium).not.toBeNull();
    await page.mouse.move(belgium?.x ?? 0, belgium?.y ?? 0);
    const tooltip = page.locator('#tooltip');
    await expect.poll(() => tooltip.textContent()).toMatch(/^Belgium/);
    const text = (await tooltip.textContent()) ?? '';
    expect(text).toContain('Stance changed since last month:');
    expect(text).toContain(`Why: ${renderEntry(cause.entry).text}`);
    await screenshot(page, 'map-stance-reason');
    // The HTML twin marks the state, and opens the same lines.
    expect(await page.locator('#states-list [data-state="belgium"]').textContent()).toContain('(stance changed)');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('munich-1938 by keyboard: the Sudetenland crisis to the Council, every vote read and checked, then by mouse', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=${SEED}`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'keyboard', 'munich-1938', 'france');
    for (let i = 0; i < 6 && !(await page.locator('#crisis-answers').isVisible()); i++)
      await activate(page, 'keyboard', '#end-month');
    expect(await page.locator('#crisis-heading').textContent()).toContain('Sudeten');
    // The crisis's own events came with it, after the month's orders, and the crisis screen tells them: Moscow's
    // answer to Beneš, its warning to Poland (played as France, Paris's call-up is the class's own to make).
    const came = (await page.locator('#crisis-came .entries > li').allTextContents()).join(' | ');
    expect(came).toContain('Moscow answers Beneš');
    expect(came).toContain('A Soviet warning to Poland');
    expect(came).toContain('France calls up reservists: in history, Paris');
    await activate(page, 'keyboard', '[data-choice="refer-council"]');
    await page.locator('#open-council').waitFor();
    // Beside the game's outcome, what came of the crisis in history, with its source a click away.
    const history = page.locator('#crisis-history');
    expect(await history.locator('p').first().textContent()).toContain(
      'On 29–30 September came the Munich Agreement, made by Hitler, Chamberlain, Daladier and Mussolini; the USSR was not invited.',
    );
    expect(await history.locator('.source a').count()).toBeGreaterThan(0);

    // What the engine says of this Council, played the same way in Node, and what the game logged.
    const game = createGame(loadScenario('munich-1938'), { seed: SEED, role: 'france' });
    while (game.getSnapshot().world.phase === 'orders') game.send({ type: 'turn.end' });
    const before = game.getSnapshot().world;
    const chamber = crisisCouncil(before, 'refer-council');
    expect(chamber).not.toBeNull();
    if (chamber === null) return;
    game.send({ type: 'crisis.respond', choice: 'refer-council' });
    const keys = game
      .getSnapshot()
      .world.log.flatMap((m) => m.entries)
      .flatMap((e) => (e.reasons ?? []).map((r) => r.key));
    const logged = keys.includes('crisis.council.recommends') ? 'unanimous-excluding-parties' : 'none';
    expect(keys.some((k) => k?.startsWith('crisis.council.'))).toBe(true);
    expect(chamber.council.result).toBe(logged);

    // Open the Council by keyboard: a labelled dialog, focus on its title.
    await activate(page, 'keyboard', '#open-council');
    const dialog = page.locator('#council-dialog[open]');
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-labelledby')).toBe('council-dialog-title');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('council-dialog-title');
    // Germany's answer to the League's invitation is the legal case's supposition, said as one.
    expect(await dialog.locator('.council-dispute').textContent()).toContain(
      'The treaties are judged on one supposition: invited to accept the obligations of membership for the dispute, Germany refuses and goes to war',
    );
    // The votes are this game's, played by the model: said so, so no class takes them for history's.
    expect(await dialog.locator('.council-article').textContent()).toContain(
      'a vote of this game, not a record of history',
    );
    // The Sudeten crisis never came before the Council in history: nothing is said of one.
    expect(await dialog.locator('#council-history').count()).toBe(0);
    // Every member's vote, as the engine gives it, in the text twin and on the drawing.
    const rows = dialog.locator('#council-session-votes li');
    expect(await rows.count()).toBe(chamber.council.members.length);
    for (const member of chamber.council.members) {
      const row = dialog.locator(`#council-session-votes li[data-state="${member.state}"]`);
      expect(await row.getAttribute('data-vote')).toBe(member.vote);
      expect(await row.textContent()).toContain(member.vote === 'for' ? '✓ For' : '✗ Against');
      expect(await dialog.locator(`svg .council-seat[data-state="${member.state}"] .council-mark`).textContent()).toBe(
        member.vote === 'for' ? '✓' : '✗',
      );
    }
    // The elected seats sit as one place, unnamed; Italy has left, and Britain is never named as the member
    // that withheld its vote (councilVotes.json dissent).
    expect(await dialog.locator('#council-session-votes li[data-state="elected"]').textContent()).toContain(
      'The elected members (elected seats, not named one by one; their votes count):',
    );
    expect(await dialog.locator('#council-session-votes li[data-state="uk"]').getAttribute('data-vote')).toBe('for');
    expect(await dialog.locator('.council-elected').textContent()).toContain(
      'The elected seats sit as one place at the table:',
    );
    // The result agrees with the game's verdict: the Council reached no recommendation.
    const result = dialog.locator('#council-session-result');
    expect(await result.getAttribute('data-reached')).toBe(String(chamber.outcome === 'recommendation'));
    expect(await result.textContent()).toContain(
      `${chamber.council.votesFor} for, ${chamber.council.votesAgainst} against`,
    );
    expect(await dialog.locator('.council-end').getAttribute('data-state')).toBe(chamber.end.state);
    expect(await dialog.locator('#council-guarantors li').count()).toBe(2);
    // Who has left: the empty permanent seats, each with why.
    for (const seat of chamber.absent)
      expect(await dialog.locator('#council-absent').textContent()).toContain(seat.why);
    expect(chamber.absent.map((a) => a.state)).toContain('germany');
    expect(await dialog.locator('a[data-glossary]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'council-sudetenland');
    // Tab stays in the dialog; Escape closes it and the focus returns to the button.
    await tabTo(page, '#council-close');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#council-dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('open-council');

    // The same by mouse, closed with its button.
    await page.locator('#open-council').click();
    await dialog.waitFor();
    expect(await dialog.locator('svg .council-seat').count()).toBe(chamber.council.members.length);
    await page.locator('#council-close').click();
    await expect.poll(() => page.locator('#council-dialog').count()).toBe(0);

    // The credits from the game menu.
    await page.locator('#hud-more summary').click();
    await page.locator('#hud-credits').click();
    await page.locator('#credits-dialog[open]').waitFor();
    await page.locator('#credits-close').click();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('rhineland-1936 by mouse: beside the game’s vote, the Council’s finding of 19 March 1936, its timeline row a click away', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=${SEED}`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'mouse', 'rhineland-1936', 'france');
    for (let i = 0; i < 6 && !(await page.locator('#crisis-answers').isVisible()); i++)
      await activate(page, 'mouse', '#end-month');
    expect(await page.locator('#crisis-heading').textContent()).toContain('Rhineland');
    // Britain's verdict is the model's reading; beside it, what history's Britain did, with its sources.
    const britain = page.locator('#verdict-britain-history');
    expect(await britain.textContent()).toMatch(
      /^Britain's verdict here is the model's reading\. In history: Britain upheld its Locarno obligations but resisted military action: .*France held back: its cabinet declined action without mobilisation, with elections near, and Britain would not support force\./,
    );
    expect(await britain.locator('a[data-glossary]').count()).toBeGreaterThan(0);
    await activate(page, 'mouse', '[data-choice="refer-council"]');
    // What rested on the move comes after its answer, in its month: the Council's finding, not a month later.
    expect(await page.locator('#crisis-after-heading').textContent()).toBe('Later in March 1936');
    expect(await page.locator('#crisis-after').textContent()).toMatch(
      /^19 March 1936\. The Council finds Germany in breach\./,
    );
    await activate(page, 'mouse', '#open-council');
    const dialog = page.locator('#council-dialog[open]');
    await dialog.waitFor();
    const history = dialog.locator('#council-history');
    expect(await history.textContent()).toMatch(/^In history: France took the breach to the Council/);
    expect(await history.textContent()).toContain('not a recommendation of measures under Art. 16');
    // The game's vote stays its own, said so just before.
    expect(await dialog.locator('.council-article').textContent()).toContain('not a record of history');
    await history.scrollIntoViewIfNeeded();
    await screenshot(page, 'council-rhineland-history');
    // Its source opens the timeline's row of the Council in London.
    const row = 'glossary-timeline-14-19-mar-1936';
    await history.locator(`a[data-glossary="${row}"]`).click();
    await page.locator(`#glossary-dialog[open] #${row}`).waitFor();
    expect(await page.locator(`#glossary-dialog[open] #${row}`).textContent()).toContain(
      'Council finds that Germany broke',
    );
    // April opens with what came of March, the Council's finding after the crisis among it; not among its dispatches.
    await page.keyboard.press('Escape');
    await page.locator('#glossary-dialog[open]').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await page.locator('#council-dialog[open]').waitFor({ state: 'detached' });
    await activate(page, 'mouse', '#crisis-continue');
    expect(await page.locator('#month-heading').textContent()).toBe('April 1936');
    expect(await page.locator('.outcome .entries').textContent()).toContain('The Council finds Germany in breach');
    expect(await page.locator('#dispatches').textContent()).not.toContain('The Council finds Germany in breach');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('the legal-case page: a case sent to the Assembly shows the Council and the Assembly, each vote as the engine gives it', async () => {
    const parsed = parseLegalCaseText(
      readFileSync(join(import.meta.dirname, '../../scenarios/cases/assembly-adopts-report.json'), 'utf8'),
    );
    if (!parsed.ok) throw new Error('assembly-adopts-report.json');
    const chamber = councilChamberOfCase(parsed.value);
    expect(chamber.assembly).not.toBeNull();
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}cases.html#assembly-adopts-report`);
    await activate(page, 'keyboard', '#case-council');
    const dialog = page.locator('#council-dialog[open]');
    await dialog.waitFor();
    for (const member of chamber.assembly?.members ?? []) {
      expect(
        await dialog.locator(`#assembly-session-votes li[data-state="${member.state}"]`).getAttribute('data-vote'),
      ).toBe(member.vote);
    }
    expect(await dialog.locator('#assembly-session-result').getAttribute('data-reached')).toBe('true');
    expect(await dialog.locator('#assembly-session').textContent()).toContain('Art. 15 §10');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'council-assembly-case');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('case-council');
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);
});
