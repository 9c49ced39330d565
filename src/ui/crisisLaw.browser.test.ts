/**
 * The crisis seen through the rules, in a real browser on the shared game
 * build: the Rhineland crisis played with the keyboard alone (the X-ray opened
 * and walked to the state where the pact was not yet in force, the answer,
 * "why did no help come?", a citation followed to the glossary and back),
 * then Munich's Sudetenland crisis with the mouse. No console error.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGame, crisisCase, REASONS, recordGame, replayGame, simulate } from '../engine';
import { packLink } from '../share/link';
import { loadScenario } from '../testing/scenarios';
import { machineGraph } from '../xray/graph';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';
import { activate, type Input, mapLabelClashes, newGame, screenshot } from './gameDriver';

const NOT_IN_FORCE = 'francoSovietPact.notInForce';
const notInForceCite = machineGraph('francoSovietPact').nodes.find((n) => n.id === NOT_IN_FORCE)?.cite;

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** End months (pushing nothing) until a crisis opens; its heading. */
async function playToCrisis(page: Page, input: Input): Promise<string> {
  for (let i = 0; i < 30; i++) {
    if (await page.locator('#crisis-answers').isVisible())
      return (await page.locator('#crisis-heading').textContent()) ?? '';
    await activate(page, input, '#end-month');
  }
  throw new Error('no crisis in 30 months');
}

/** The id of the focused element's glossary link, and whether the focus is inside `selector`. */
async function focusedGlossaryLink(page: Page, selector: string): Promise<{ entry: string | null; inside: boolean }> {
  return page.evaluate(
    (s) => ({
      entry: document.activeElement?.getAttribute('data-glossary') ?? null,
      inside: document.activeElement?.closest(s) !== null,
    }),
    selector,
  );
}

describe('the crisis through the rules', () => {
  it('offers a USSR come to terms with Germany no answer but standing aside, as the computer’s USSR answers', async () => {
    // talks-1939 as the USSR, each month ended and each crisis stood aside from, until Germany invades Poland after the
    // pact of August 1939, which the model signs in Moscow's name.
    const scenario = loadScenario('talks-1939');
    const found = Array.from({ length: 40 }, (_, i) => `bound-${i}`).flatMap((seed) => {
      const game = createGame(scenario, { seed, role: 'ussr' });
      for (let i = 0; i < 30 && game.getSnapshot().phase !== 'ended'; i++) {
        const { world } = game.getSnapshot();
        if (world.crisis?.move === 'poland' && world.sovietGermanDeal !== null) return [{ seed, game }];
        game.send(world.phase === 'crisis' ? { type: 'crisis.respond', choice: 'stand-aside' } : { type: 'turn.end' });
      }
      return [];
    })[0];
    if (found === undefined) throw new Error('no seed brings the invasion of Poland after the pact');
    const link = packLink(recordGame(scenario, found.seed, 'ussr', found.game.getSnapshot().turns));
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}${link}`);
    await page.locator('#crisis-answers').waitFor();
    for (const choice of ['refer-council', 'invoke-protocol', 'ask-guarantors', 'mobilise']) {
      expect(await page.locator(`[data-choice="${choice}"]`).getAttribute('aria-disabled')).toBe('true');
      expect(await page.locator(`#why-${choice}`).textContent()).toBe(
        'Not now: Moscow came to terms with Berlin in August 1939: it does not act against Germany, and stands aside.',
      );
    }
    expect(await page.locator('[data-choice="stand-aside"]').getAttribute('aria-disabled')).toBeNull();
    // Pressed anyway, a refused answer does nothing; standing aside answers.
    await page.locator('[data-choice="invoke-protocol"]').click({ force: true });
    expect(await page.locator('#crisis-heading').isVisible()).toBe(true);
    await page.locator('[data-choice="stand-aside"]').click();
    await page.locator('#crisis-result-heading').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('rhineland-1936 by keyboard: X-ray to "not in force", the answer, why no help came, a citation to the glossary and back', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=rhineland`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'keyboard', 'rhineland-1936', 'france');
    expect(await playToCrisis(page, 'keyboard')).toContain('Rhineland');
    // History's day in words, as a class reads it on a projector.
    expect(await page.locator('#panel').innerText()).toContain('March 1936 (in history: 7 March 1936)');
    // The month's dispatches came before the crisis; the panel says which of them are dated after its day.
    expect(await page.locator('#crisis-later-dispatches').innerText()).toMatch(
      /^The crisis is judged as on 7 March 1936, before what this month's later dispatches tell: .*27 March 1936, The treaty enters into force/,
    );

    // The X-ray is not loaded before it is opened.
    expect(await page.locator('.xray-case').count()).toBe(0);
    await activate(page, 'keyboard', '#crisis-xray-button');
    await page.locator('#crisis-xray-region .xray-case').waitFor();
    expect(await page.locator('#crisis-xray-button').getAttribute('aria-expanded')).toBe('true');
    // The path's text twin gives each step's citation, linked to the glossary where it names an article.
    const pact = page.locator('#crisis-xray-region .xray-treaty[data-treaty="franco-soviet"]');
    expect(await pact.locator('ol.xray-path li').count()).toBeGreaterThan(1);
    expect(await page.locator('#crisis-xray-region .xray-step-cite a[data-glossary]').count()).toBeGreaterThan(0);
    // Tab from the X-ray to the state on the drawing: its focus shows the article.
    let focused: string | null = null;
    for (let presses = 0; presses < 80 && focused !== NOT_IN_FORCE; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-state') ?? null);
    }
    expect(focused).toBe(NOT_IN_FORCE);
    const tip = pact.locator('.xray-tip').first();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.getAttribute('data-for')).toBe(NOT_IN_FORCE);
    expect(await tip.locator('.xray-tip-cite').textContent()).toBe(notInForceCite);
    await screenshot(page, 'crisis-xray-rhineland');

    await activate(page, 'keyboard', '[data-choice="refer-council"]');
    await page.locator('#why-no-help').waitFor();
    // The crisis's outcome is told first; the month's own orders, if any, follow under their own heading.
    expect(
      await page.locator('#crisis-outcome > ul.entries').first().locator('> li').first().getAttribute('data-kind'),
    ).toBe('crisis');
    expect(await page.locator('#crisis-earlier > li[data-kind="crisis"]').count()).toBe(0);
    // What happened, with its Why opened: every factor's row and figure inside the panel at 1280×800, none cut
    // at its right edge (the figures "+4 points for" ran past it).
    expect(page.viewportSize()?.width).toBe(1280);
    await activate(page, 'keyboard', '#crisis-outcome details.factors > summary');
    await page.locator('#crisis-outcome .why-points').first().waitFor();
    const overhang = await page.evaluate(() => {
      const right = document.getElementById('panel')?.getBoundingClientRect().right ?? 0;
      const parts = [...document.querySelectorAll('#crisis-outcome .why-row, #crisis-outcome .why-points')];
      return Math.max(...parts.map((n) => n.getBoundingClientRect().right - right));
    });
    expect(overhang).toBeLessThanOrEqual(0);
    const why = page.locator('#why-no-help');
    // The heading asks the question the outcome raises: why none came, or what the treaties owed when help came.
    const heading = (await why.locator('.why-result').textContent())?.startsWith('No help came')
      ? 'Why did no help come?'
      : 'Help came: what did the treaties owe?';
    expect(await why.locator('h3').textContent()).toBe(heading);
    expect(await why.locator('.why-treaty').count()).toBe(3);
    // Each treaty: its verdict, the step that decided it, and the reason's own words from reasons.json.
    for (const id of ['franco-soviet', 'czechoslovak-soviet']) {
      const row = why.locator(`.why-treaty[data-treaty="${id}"]`);
      const code = (await row.locator('.why-reason').getAttribute('data-reason')) ?? '';
      const reason = Object.entries(REASONS).find(([key]) => key === code)?.[1];
      expect(reason).toBeDefined();
      expect(await row.locator('.why-reason').textContent()).toContain(reason?.text);
      expect(await row.locator('.why-step').textContent()).toMatch(/^Decided at this step/);
    }
    expect(await why.locator('.why-result').textContent()).toMatch(/^(No help came|Help came)/);
    // Each citation names its further glossary entries once, in one bracket ("(also: A; B)"), none twice.
    await why.locator('a[data-glossary]').first().waitFor();
    const cites = await why.locator('.why-reason span, .why-step span').evaluateAll((spans) =>
      spans
        .filter((s) => s.querySelector('a') !== null)
        .map((s) => ({
          text: s.textContent ?? '',
          links: [...s.querySelectorAll('a')].map((a) => a.textContent ?? ''),
        })),
    );
    expect(cites.length).toBeGreaterThan(0);
    for (const { text, links } of cites) {
      expect(text.split('(also').length - 1, text).toBeLessThanOrEqual(1);
      expect(new Set(links).size, text).toBe(links.length);
    }
    await screenshot(page, 'crisis-why-rhineland');
    // The map after the crisis: no word covered by a capital's or cut by the canvas's left edge.
    expect(await mapLabelClashes(page)).toEqual([]);

    // Follow a citation to the glossary (a dialog over the game) and back.
    await page.locator('#crisis-result-heading').focus();
    const link = '#why-no-help .why-step a[data-glossary]';
    await activate(page, 'keyboard', link);
    const entry = await page.locator(link).first().getAttribute('data-glossary');
    const dialog = page.locator('#glossary-dialog[open]');
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-labelledby')).toBe('glossary-dialog-title');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe(`glossary-${entry}`);
    expect(await dialog.locator(`#glossary-${entry}`).textContent()).toMatch(/\S/);
    await screenshot(page, 'crisis-glossary');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#glossary-dialog').count()).toBe(0);
    expect(await focusedGlossaryLink(page, '#why-no-help')).toEqual({ entry, inside: true });
    expect(await page.locator('#crisis-continue').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('munich-1938 with the mouse: the Sudetenland crisis, its X-ray, why help was stopped, the glossary and back', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=crisis-law`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'mouse', 'munich-1938', 'ussr');
    expect(await playToCrisis(page, 'mouse')).toContain('Sudeten');
    await page.locator('#crisis-xray-button').click();
    const cs = page.locator('#crisis-xray-region .xray-treaty[data-treaty="czechoslovak-soviet"]');
    await cs.waitFor();
    expect(await cs.locator('ol.xray-path li').count()).toBeGreaterThan(1);
    await page.locator('[data-choice="invoke-protocol"]').click();
    const why = page.locator('#why-no-help');
    await why.waitFor();
    expect(await why.locator('.why-treaty').count()).toBe(3);
    // Each treaty says the step that decided it, with its citation.
    for (const id of ['franco-soviet', 'czechoslovak-soviet', 'locarno']) {
      expect(await why.locator(`.why-treaty[data-treaty="${id}"] .why-step`).textContent()).toMatch(
        /^Decided at this step/,
      );
    }
    // A hollow treaty says so in words.
    const hollow = await why.locator('.why-hollow').count();
    const stopped = await why
      .locator('.why-reason')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-reason')));
    expect(stopped.length).toBeGreaterThan(0);
    if (hollow > 0)
      expect(await why.locator('.why-hollow').first().textContent()).toBe('The letter owed help, practice stopped it.');
    // The outcome's X-ray: the path as resolved.
    await page.locator('#outcome-xray-button').click();
    await page.locator('#outcome-xray-region .xray-case').waitFor();
    await screenshot(page, 'crisis-why-munich');
    const link = why.locator('.why-step a[data-glossary]').first();
    const entry = await link.getAttribute('data-glossary');
    await link.click();
    const dialog = page.locator('#glossary-dialog[open]');
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe(`glossary-${entry}`);
    await page.locator('#glossary-back').click();
    await expect.poll(() => page.locator('#glossary-dialog').count()).toBe(0);
    expect((await focusedGlossaryLink(page, '#why-no-help')).entry).toBe(entry);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('says at the Sudeten crisis why the Czechoslovak-Soviet treaty owes nothing where Locarno bars the help France decides', async () => {
    // last-chance-1937 as France with the alliance-first policy, to the Sudeten crisis where Britain's expected
    // verdict brands a French action a violation (found by seed), opened from its link.
    const scenario = loadScenario('last-chance-1937');
    const seed = 'barred-19';
    const played = simulate(scenario, { seed, policy: 'alliance-first', role: 'france' });
    const month = played.world.crises.find((c) => c.move === 'sudetenland')?.month;
    if (month === undefined) throw new Error('no Sudeten crisis');
    // Every turn before the crisis's month, and that month's orders: the crisis waits for its answer.
    const turns = [
      ...played.turns.filter((t) => t.month < month),
      ...played.turns.filter((t) => t.month === month).slice(0, 1),
    ];
    const file = recordGame(scenario, seed, 'france', turns);
    const replayed = replayGame(file, scenario);
    if (!replayed.ok) throw new Error('the game does not replay');
    expect(replayed.world.crisis?.move).toBe('sudetenland');
    const found = crisisCase(replayed.world);
    expect(found?.result.verdicts.locarno.outcome).toBe('violation');
    expect(found?.result.verdicts['czechoslovak-soviet'].reason).toBe('NO_FRENCH_ASSISTANCE');
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}${packLink(file)}`);
    await page.locator('#crisis-answers').waitFor();
    expect(await page.locator('#verdict-heading').textContent()).toBe(
      'What the treaties say, if both allies decide to act',
    );
    expect(await page.locator('#verdicts li[data-treaty="czechoslovak-soviet"]').textContent()).toContain(
      'France decides to help, but Locarno would make it the violator: it gives none',
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
