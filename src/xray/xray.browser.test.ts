/**
 * The rules X-ray in a real browser (Debian's Chromium), used as a student or
 * a teacher would: pick the Rhineland case, find the state where the pact was
 * not yet in force with the mouse and with the keyboard, read the citation,
 * check that the drawn path and its ordered list are the engine's path, and
 * that arrows and states are named in words, not code names.
 * Screenshots go to $XRAY_SCREENSHOTS (default: a folder in the system's
 * temporary directory), outside the tree.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseResult, evaluateCase, parseLegalCaseText, type RuleMachineId, TREATY_IDS } from '../engine';
import { machineGraph, machinesOnPath, pathPlan, stateTitle } from './graph';
import { startXrayHarness, type XrayHarness } from './xrayHarness';

const CASES = join(import.meta.dirname, '../../scenarios/cases');
const SHOTS = process.env.XRAY_SCREENSHOTS ?? join(tmpdir(), 'hollow-pact-xray-screenshots');
const NOT_IN_FORCE = 'francoSovietPact.notInForce';

function caseResult(id: string): CaseResult {
  const parsed = parseLegalCaseText(readFileSync(join(CASES, `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return evaluateCase(parsed.value);
}

const notInForce = machineGraph('francoSovietPact').nodes.find((n) => n.id === NOT_IN_FORCE);
let harness: XrayHarness;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  harness = await startXrayHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** The figure draws every state and every transition of its machine. */
async function expectWhole(figure: Locator, machine: RuleMachineId): Promise<void> {
  const graph = machineGraph(machine);
  const states = await figure
    .locator('svg [data-state]')
    .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-state')));
  expect(states.sort()).toEqual(graph.nodes.map((n) => n.id).sort());
  const edges = await figure.locator('svg [data-edge]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-edge')));
  expect(edges.sort()).toEqual(graph.edges.map((e) => e.id).sort());
}

async function openCase(page: Page, title: RegExp, id: string): Promise<void> {
  await page.getByRole('button', { name: title }).click();
  await expect.poll(() => page.locator('#xray-main').getAttribute('data-ready')).toBe(id);
}

describe('the rules X-ray', () => {
  it('is its own chunk, loaded only when an X-ray is opened', () => {
    const entry = harness.manifest['xray.html'];
    expect(Object.keys(harness.manifest)).not.toContain('index.html');
    const render = harness.manifest['src/xray/render.ts'];
    expect(render?.isDynamicEntry).toBe(true);
    expect(entry?.dynamicImports).toContain('src/xray/render.ts');
    expect(entry?.imports ?? []).not.toContain('src/xray/render.ts');
  });

  it('finds the Rhineland state where the pact was not yet in force, by mouse: hover shows the article', async () => {
    if (notInForce === undefined) throw new Error(`${NOT_IN_FORCE} is not a state of the machine`);
    const { page, errors } = await harness.newPage();
    await page.goto(harness.url);
    await openCase(page, /The Rhineland, 7 March 1936/, 'rhineland-1936-03-07');
    const pact = page.locator('[data-treaty="franco-soviet"] figure[data-machine="francoSovietPact"]');
    const state = pact.locator(`svg [data-state="${NOT_IN_FORCE}"]`);
    expect(await state.getAttribute('class')).toMatch(/\bcurrent\b/);
    expect(await state.getAttribute('aria-current')).toBe('step');
    await state.hover();
    const tip = pact.locator('.xray-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.locator('.xray-tip-label').textContent()).toBe('Not in force');
    expect(await tip.locator('.xray-tip-cite').textContent()).toBe(notInForce.cite);
    expect(await tip.locator('.xray-tip-kind').textContent()).toBe('Letter');
    expect(await tip.locator('.xray-tip-summary').textContent()).toBe(notInForce.summary);
    // The letter is a solid border on a plain box; practice a dashed border on a hatched one.
    const box = state.locator('.xray-box');
    expect(await box.evaluate((b) => getComputedStyle(b).strokeDasharray)).toBe('none');
    const practice = pact.locator('[data-state="francoSovietPact.frenchCabinet"] .xray-box');
    expect(await practice.evaluate((b) => getComputedStyle(b).strokeDasharray)).not.toBe('none');
    expect(await practice.getAttribute('fill')).toMatch(/^url\(#xray\d+-hatch\)$/);
    await page.screenshot({ path: join(SHOTS, 'rhineland-hover.png') });
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds the same state by keyboard: Tab to it, focus shows the article', async () => {
    if (notInForce === undefined) throw new Error(`${NOT_IN_FORCE} is not a state of the machine`);
    const { page, errors } = await harness.newPage();
    await page.goto(harness.url);
    await openCase(page, /The Rhineland, 7 March 1936/, 'rhineland-1936-03-07');
    // Choosing a case moves the focus to the X-ray; from there, Tab walks the states.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('xray-main');
    let focused: string | null = null;
    for (let presses = 0; presses < 40 && focused !== NOT_IN_FORCE; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-state') ?? null);
    }
    expect(focused).toBe(NOT_IN_FORCE);
    const pact = page.locator('[data-treaty="franco-soviet"] figure[data-machine="francoSovietPact"]');
    const tip = pact.locator('.xray-tip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.getAttribute('data-for')).toBe(NOT_IN_FORCE);
    expect(await tip.locator('.xray-tip-cite').textContent()).toBe(notInForce.cite);
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(label).toContain(`Letter: ${notInForce.cite}`);
    expect(label).toContain('Current state.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe(
      await tip.getAttribute('id'),
    );
    await page.screenshot({ path: join(SHOTS, 'rhineland-keyboard.png') });
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    // One Tab stop per machine, the current state; the arrow keys walk its other states.
    const stops = await page
      .locator('figure[data-machine]')
      .evaluateAll((figures) => figures.map((f) => f.querySelectorAll('.xray-state[tabindex="0"]').length));
    expect(stops.length).toBeGreaterThan(1);
    expect(stops.every((n) => n === 1)).toBe(true);
    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-state') ?? null);
    expect(next).not.toBe(NOT_IN_FORCE);
    expect(next?.startsWith('francoSovietPact.')).toBe(true);
    expect(await tip.getAttribute('data-for')).toBe(next);
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-state'))).toBe(NOT_IN_FORCE);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws every machine whole, and the engine's path as lit states, bold arrows and an ordered list", async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}#rhineland-1936-03-07`);
    await expect.poll(() => page.locator('#xray-main').getAttribute('data-ready')).toBe('rhineland-1936-03-07');
    const result = caseResult('rhineland-1936-03-07');
    for (const treaty of TREATY_IDS) {
      const path = result.verdicts[treaty].path;
      const section = page.locator(`[data-treaty="${treaty}"]`);
      const listed = await section
        .locator('ol.xray-path > li')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-state')));
      expect(listed).toEqual(path.map((step) => step.state));
      for (const machine of machinesOnPath(path)) {
        const figure = section.locator(`figure[data-machine="${machine}"]`);
        await expectWhole(figure, machine);
        const plan = pathPlan(path, machine);
        const lit = await figure
          .locator('.xray-state.visited')
          .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-state')));
        expect(lit.sort()).toEqual([...new Set(plan.states)].sort());
        const taken = await figure
          .locator('.xray-edge.taken')
          .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-edge')));
        expect(taken.sort()).toEqual([...new Set(plan.edges)].sort());
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('labels the arrows in words a pupil can read, clear of the states, never in code names', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}#rhineland-1936-03-07`);
    await expect.poll(() => page.locator('#xray-main').getAttribute('data-ready')).toBe('rhineland-1936-03-07');
    const locarno = page.locator('[data-treaty="locarno"] figure[data-machine="locarno"]');
    const lines = (edge: Locator) => edge.locator('.xray-edge-label tspan').allTextContents();
    expect(await lines(locarno.locator('[data-guard="isInForce"]'))).toEqual(['Locarno in force?']);
    expect(await lines(locarno.locator('[data-guard="isItalyCounting"]'))).toEqual([
      'Britain gives its verdict',
      "Does Italy's verdict count?",
    ]);
    expect(await locarno.locator('[data-guard="isInForce"] title').textContent()).toMatch(/^Locarno in force\? \(/);
    const drawn = await page.locator('figure.xray').evaluateAll((figures) =>
      figures.map((figure) => {
        const box = (el: Element) => el.getBoundingClientRect();
        const states = [...figure.querySelectorAll('.xray-state .xray-box')].map(box);
        const labels = [...figure.querySelectorAll('.xray-edge-label tspan')].map((el) => ({
          text: el.textContent,
          r: box(el),
        }));
        const over = labels.flatMap(({ text, r }) =>
          states
            .filter((s) => r.left < s.right - 1 && s.left < r.right - 1 && r.top < s.bottom - 1 && s.top < r.bottom - 1)
            .map(() => text),
        );
        return { machine: figure.getAttribute('data-machine'), texts: labels.map((l) => l.text ?? ''), over };
      }),
    );
    expect(drawn.map((d) => d.machine)).toContain('locarno');
    for (const { machine, texts, over } of drawn) {
      expect(texts.length, `${machine}`).toBeGreaterThan(0);
      // Code names are camelCase, dotted or in square brackets: words are none of these.
      for (const text of texts) expect(text, `${machine}`).not.toMatch(/\[|\b[a-z]+[A-Z]\w*|\b[a-z]+\.[a-z]/);
      expect(over, `labels drawn over a state in ${machine}`).toEqual([]);
    }
    await locarno.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'rhineland-locarno-labels.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names every state by its title in words, on one line inside its box, and in the path list', async () => {
    const id = 'germany-attacks-ussr-britain-objects';
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}#${id}`);
    await expect.poll(() => page.locator('#xray-main').getAttribute('data-ready')).toBe(id);
    const drawn = await page.locator('figure.xray').evaluateAll((figures) =>
      figures.flatMap((figure) =>
        [...figure.querySelectorAll('svg [data-state]')].map((g) => {
          const text = g.querySelector('.xray-label');
          const box = g.querySelector('.xray-box')?.getBoundingClientRect();
          const r = text?.getBoundingClientRect();
          // How far the title runs past either side of its box, in pixels (0 when it fits).
          const over =
            box === undefined || r === undefined
              ? Number.POSITIVE_INFINITY
              : Math.max(0, box.left - r.left, r.right - box.right);
          return {
            machine: figure.getAttribute('data-machine'),
            state: g.getAttribute('data-state') ?? '',
            text: text?.textContent,
            over,
          };
        }),
      ),
    );
    expect(new Set(drawn.map((d) => d.machine))).toEqual(
      new Set(['francoSovietPact', 'covenantCouncil', 'locarno', 'czechoslovakSoviet']),
    );
    for (const { state, text } of drawn) expect(text, state).toBe(stateTitle(state));
    const overflowing = drawn.filter((d) => d.over > 0).map((d) => `${d.state}: ${d.text} (${d.over.toFixed(1)}px)`);
    expect(overflowing, 'titles running out of their boxes').toEqual([]);
    const locarno = page.locator('[data-treaty="locarno"] figure[data-machine="locarno"]');
    expect(await locarno.locator('[data-state="locarno.ukVerdict"] .xray-label').textContent()).toBe(
      "Britain's verdict",
    );
    const section = page.locator('[data-treaty="franco-soviet"]');
    const listed = await section
      .locator('ol.xray-path > li')
      .evaluateAll((items) =>
        items.map((li) => [li.getAttribute('data-state') ?? '', li.querySelector('.xray-step-label')?.textContent]),
      );
    expect(listed.length).toBeGreaterThan(0);
    for (const [state, text] of listed) expect(text, state).toBe(stateTitle(state ?? ''));
    const stop = caseResult(id).verdicts['franco-soviet'].path.at(-1)?.state ?? '';
    expect(await section.locator('.xray-hollow').textContent()).toContain(`"${stateTitle(stop)}"`);
    await locarno.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'state-titles-locarno.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('replays the path step by step, as a crisis unfolds, from the keyboard', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}#rhineland-1936-03-07`);
    await expect.poll(() => page.locator('#xray-main').getAttribute('data-ready')).toBe('rhineland-1936-03-07');
    const path = caseResult('rhineland-1936-03-07').verdicts['franco-soviet'].path;
    const section = page.locator('[data-treaty="franco-soviet"]');
    const figure = section.locator('figure[data-machine="francoSovietPact"]');
    const slider = section.getByRole('slider', { name: /Step through the path/ });
    await slider.focus();
    await page.keyboard.press('Home');
    expect(await figure.getAttribute('data-current')).toBe(path[0]?.state);
    expect(await figure.locator('.xray-state.visited').count()).toBe(1);
    expect(await figure.locator('.xray-edge.taken').count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    expect(await figure.getAttribute('data-current')).toBe(path[1]?.state);
    expect(await figure.locator('.xray-edge.taken').count()).toBe(1);
    expect(await section.locator('ol.xray-path > li[aria-current="step"]').getAttribute('data-state')).toBe(
      path[1]?.state,
    );
    expect(await section.locator('.xray-stepper-value').textContent()).toBe(`step 2 of ${path.length}`);
    await page.keyboard.press('End');
    expect(await figure.getAttribute('data-current')).toBe(NOT_IN_FORCE);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks where practice stopped the letter, in the drawing and in words', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}#germany-attacks-ussr-britain-objects`);
    await expect
      .poll(() => page.locator('#xray-main').getAttribute('data-ready'))
      .toBe('germany-attacks-ussr-britain-objects');
    const result = caseResult('germany-attacks-ussr-britain-objects');
    expect(result.hollow).toContain('franco-soviet');
    const stopState = result.verdicts['franco-soviet'].path.at(-1)?.state;
    const section = page.locator('[data-treaty="franco-soviet"]');
    const stops = await section
      .locator('.xray-state.stop')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-state')));
    expect(stops).toEqual([stopState]);
    expect(await section.locator('.xray-state.stop .xray-stop-text').isVisible()).toBe(true);
    expect(await section.locator(`li[data-state="${stopState}"] .xray-step-stop`).textContent()).toBe(
      ' Here practice stopped the letter.',
    );
    expect(await section.locator('.xray-hollow').textContent()).toMatch(/^Hollow: the letter owed help/);
    // The Council's procedure and the Locarno check the pact waited for are drawn beside it.
    const figures = await section.locator('figure').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-machine')));
    expect(figures).toEqual(['francoSovietPact', 'covenantCouncil', 'locarno']);
    for (const machine of ['francoSovietPact', 'covenantCouncil', 'locarno'] as const) {
      await expectWhole(section.locator(`figure[data-machine="${machine}"]`), machine);
    }
    // For a projector: the whole machine fitted to the width, and back.
    const fit = section
      .locator('figure[data-machine="francoSovietPact"]')
      .getByRole('button', { name: /Fit the whole/ });
    await fit.click();
    expect(await fit.getAttribute('aria-pressed')).toBe('true');
    const svgWidth = await section
      .locator('figure[data-machine="francoSovietPact"] svg.xray-svg')
      .evaluate((el) => el.getBoundingClientRect().width);
    const frameWidth = await section
      .locator('figure[data-machine="francoSovietPact"] .xray-scroll')
      .evaluate((el) => el.clientWidth);
    expect(svgWidth).toBeLessThanOrEqual(frameWidth + 1);
    await page.screenshot({ path: join(SHOTS, 'hollow-fitted.png') });
    await fit.click();
    expect(await fit.getAttribute('aria-pressed')).toBe('false');
    await section.locator('.xray-state.stop').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'hollow-stop.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
