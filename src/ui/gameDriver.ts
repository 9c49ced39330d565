/**
 * Drives the game in a real browser as a person would, with the mouse or with
 * the keyboard alone, for the browser tests. Each step waits for what a
 * person would see before acting.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './browserHarness';

export type Input = 'mouse' | 'keyboard';

/** Save a screenshot of the screen under screenshots/ (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** A box on the map, in map units, as a game object of the map scene gives its bounds (types only: erased in the page). */
export interface MapBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a page-side check reads of a game object of the map scene (a label, the crisis's marker). */
export interface MapObject {
  type: string;
  name: string;
  text?: string;
  visible: boolean;
  depth: number;
  list?: MapObject[];
  getData(key: string): unknown;
  getBounds(): MapBounds;
}

/**
 * What covers what among the map's labels, as drawn now: any label drawn
 * under the crisis's ring (a quarter of it or more; one drawn over it reads), a capital's name over another label (it should have moved or
 * been hidden), or a state's or a route's label hidden (it never should be). Empty
 * when the map reads clearly. The labels are named by kind in the map scene
 * (`label:state`, `label:route`, `label:capital`).
 */
export async function mapLabelClashes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Shown = MapObject;
    type Bounds = MapBounds;
    const scene = window.hollowPactMap as unknown as
      | {
          children: { list: Shown[] };
          cameras: { main: { zoom: number; worldView: { x: number; y: number } } };
          scale: { width: number };
        }
      | undefined;
    const shown = scene?.children.list ?? [];
    const presenting = document.body.classList.contains('presenting');
    const labels = shown
      .filter((c) => c.type === 'Text' && c.name.startsWith('label:'))
      .map((c) => ({
        kind: c.name.slice(6),
        words: c.text ?? '',
        visible: c.visible,
        // In presentation mode the name of a state outside the model or taken by Germany, and the air reach's label,
        // may give way (the map scene's `declutter`), and so may the name of a state whose label point is out of view
        // (beyond the canvas's left edge, under the panel or the map's key).
        mayHide:
          c.name === 'label:capital' ||
          (presenting &&
            (c.getData('minor') === true || c.getData('givesWay') === true || c.getData('taken') === true)) ||
          c.getData('offView') === true,
        depth: c.depth,
        box: c.getBounds(),
      }));
    // The crisis's ring (not its thin halo) and its caption.
    const container = shown.find((c) => c.type === 'Container' && c.visible);
    const markerDepth = container?.depth ?? 0;
    const ring = (container?.list ?? []).filter((c) => c.name === 'marker:ring' || c.name === 'marker:caption');
    const covers = (a: Bounds, b: Bounds) =>
      Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
      Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
    const clashes: string[] = labels.some((l) => l.kind === 'capital') ? [] : ['no capital named on the map'];
    // The canvas's left edge, in map units: a word there is cut (its white outline, 4px on screen, may run over).
    const cam = scene?.cameras.main;
    const leftEdge = cam === undefined ? Number.NEGATIVE_INFINITY : cam.worldView.x - 4 / cam.zoom;
    // The map's key, open or closed, in map units: a word under it is covered.
    const canvas = document.querySelector('#map canvas')?.getBoundingClientRect();
    const key = document.getElementById('map-key');
    const keyBox =
      cam === undefined || canvas === undefined || key === null || !key.checkVisibility()
        ? null
        : (() => {
            const k = key.getBoundingClientRect();
            const per = (scene?.scale.width ?? canvas.width) / canvas.width / cam.zoom;
            return {
              x: cam.worldView.x + (k.left - canvas.left) * per,
              y: cam.worldView.y + (k.top - canvas.top) * per,
              width: k.width * per,
              height: k.height * per,
            };
          })();
    for (const label of labels) {
      if (!label.visible && !label.mayHide) clashes.push(`hidden: ${label.words}`);
      if (label.visible && label.box.x < leftEdge) clashes.push(`${label.words} cut by the map's left edge`);
      if (label.visible && keyBox !== null && covers(label.box, keyBox))
        clashes.push(`${label.words} under the map key`);
      // Under the ring: a quarter of the label or more inside its bounds (a word that only touches its edge reads).
      const under = (part: Bounds) => {
        const b = label.box;
        const w = Math.min(b.x + b.width, part.x + part.width) - Math.max(b.x, part.x);
        const h = Math.min(b.y + b.height, part.y + part.height) - Math.max(b.y, part.y);
        return w > 0 && h > 0 && w * h >= (b.width * b.height) / 4;
      };
      if (label.visible && label.depth <= markerDepth && ring.some((part) => under(part.getBounds())))
        clashes.push(`${label.words} under the crisis's ring`);
      if (!label.visible || label.kind !== 'capital') continue;
      for (const other of labels) {
        if (other !== label && other.visible && covers(label.box, other.box))
          clashes.push(`${label.words} covers ${other.words}`);
      }
    }
    return clashes;
  });
}

/** Press Tab until the focused element matches `selector`; throw if it never does. */
/**
 * How far (px) the top of `lower` lies below the bottom of `upper` (negative where they overlap;
 * -Infinity where `upper` is missing), and the height of `lower` (0 where it is missing).
 */
export async function gapBetween(
  page: Page,
  upper: string,
  lower: string,
): Promise<{ gap: number; lowerHeight: number }> {
  return page.evaluate(
    ([up, low]) => {
      const above = document.querySelector(up)?.getBoundingClientRect();
      const below = document.querySelector(low)?.getBoundingClientRect();
      return { gap: (below?.top ?? 0) - (above?.bottom ?? Number.POSITIVE_INFINITY), lowerHeight: below?.height ?? 0 };
    },
    [upper, lower] as const,
  );
}

/**
 * Press Tab until the focus is on `selector`, as a keyboard user would. The page first counts the tab stops it is
 * sure of between the focus and the target (buttons, links, fields, summaries, `tabindex="0"`; visible, enabled,
 * not inert, not in a closed `<details>`; radios left out, one of a group being a stop): those Tabs are pressed
 * without looking, the last one looked at. The count never runs past the target (a stop it is unsure of is left
 * out, and found by the next count), so every Tab is still a real key press, only fewer round trips.
 */
export async function tabTo(page: Page, selector: string, limit = 400): Promise<void> {
  for (let pressed = 0; pressed < limit; ) {
    const ahead = await page.evaluate((s) => {
      const active = document.activeElement;
      if (active?.matches(s) === true) return 0;
      const target = document.querySelector(s);
      if (target === null) return 1;
      const sure = [
        ...document.querySelectorAll<HTMLElement>(
          'button, a[href], input:not([type="radio"]):not([type="hidden"]), select, textarea, summary, [tabindex="0"]',
        ),
      ].filter(
        (node) =>
          !node.matches(':disabled, [tabindex="-1"]') &&
          node.closest('[inert], [hidden]') === null &&
          node.getClientRects().length > 0 &&
          getComputedStyle(node).visibility !== 'hidden' &&
          (node.closest('details:not([open])') === null || node.matches('details > summary')),
      );
      const from = active === null || active === document.body ? -1 : sure.indexOf(active as HTMLElement);
      const to = sure.indexOf(target as HTMLElement);
      // Not sure of the target, or of where the focus is, or the target is behind: one Tab at a time.
      if (to < 0 || (from < 0 && active !== null && active !== document.body) || to <= from) return 1;
      return to - from;
    }, selector);
    if (ahead === 0) return;
    for (let i = 0; i < ahead && pressed < limit; i++, pressed++) await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Activate a control: click it, or Tab to it and press Enter. */
export async function activate(page: Page, input: Input, selector: string): Promise<void> {
  if (input === 'mouse') {
    await page.locator(selector).click();
    return;
  }
  await tabTo(page, selector);
  await page.keyboard.press('Enter');
}

/** Choose a radio button: click it, or Tab into its group and move with the arrow keys. */
export async function chooseRadio(page: Page, input: Input, name: string, value: string): Promise<void> {
  const selector = `input[type="radio"][name="${name}"][value="${value}"]`;
  if (input === 'mouse') {
    await page.locator(selector).check();
    return;
  }
  await tabTo(page, `input[type="radio"][name="${name}"]`);
  for (let i = 0; i < 20; i++) {
    if (await page.locator(selector).isChecked()) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not choose ${value} in ${name}`);
}

/** From the title screen: a new game of `scenario` as `role`. */
export async function newGame(page: Page, input: Input, scenario: string, role: 'france' | 'ussr'): Promise<void> {
  await activate(page, input, '#new-game');
  await chooseRadio(page, input, 'scenario', scenario);
  await chooseRadio(page, input, 'role', role);
  await screenshot(page, `setup-${input}`);
  await activate(page, input, '#start-game');
  await page.locator('#hud-month').waitFor();
}

export interface PlayLog {
  months: string[];
  /** Each crisis: its title, verdicts and outcome, and what covers what on the map as it opened (`mapLabelClashes`). */
  crises: {
    title: string;
    verdicts: string;
    outcome: string;
    mapClashes: string[];
    /** The bar's month as the crisis opened, once it was answered, and once the player went on (null: to the ending). */
    hud: { asked: string; answered: string; after: string | null };
    /** The kind of the first entry told after the answer, and those of the month's earlier entries told below it. */
    told: { first: string | null; earlier: string[] };
  }[];
  offered: boolean;
  /** Each month's "What came of last month", where it had one (playToEnd keeps them). */
  outcomes?: string[];
  /** The months with no dispatch of their own whose panel still told what came of the month before. */
  quietWithOutcome?: string[];
}

/** Push the convention forward with the first convention order allowed, if any. */
async function pushConvention(page: Page, input: Input): Promise<void> {
  const push = page.locator(
    '#orders button:not([aria-disabled])[data-action^="convention."]:not([data-action="convention.submit"])',
  );
  if ((await push.count()) === 0) return;
  const action = await push.first().getAttribute('data-action');
  await activate(page, input, `#orders button[data-action="${action}"]`);
}

export interface PlayOptions {
  readonly answer: string;
  readonly offer?: { readonly clause: string; readonly option: number };
  readonly shots: string;
}

/**
 * One step of play: answer a crisis with `answer` (reading its verdicts and
 * what followed), or play a month: push the convention, make an offer on the
 * map once drafting begins, and end the month. Says which it was.
 */
export async function playStep(
  page: Page,
  input: Input,
  options: PlayOptions,
  log: PlayLog,
): Promise<'ending' | 'crisis' | 'month'> {
  if (await page.locator('#ending').isVisible()) return 'ending';
  if (await page.locator('#crisis-answers').isVisible()) {
    const title = (await page.locator('#crisis-heading').textContent()) ?? '';
    const verdicts = (await page.locator('#verdicts').textContent()) ?? '';
    if (log.crises.length === 0) await screenshot(page, `${options.shots}-crisis`);
    const mapClashes = await mapLabelClashes(page);
    const hudMonth = async () => (await page.locator('#hud-month').textContent()) ?? '';
    const asked = await hudMonth();
    // An answer the screen refuses (a USSR come to terms with Germany acting against it) is standing aside, as the
    // refused answer's line says.
    const wanted = page.locator(`[data-choice="${options.answer}"]`);
    const choice = (await wanted.getAttribute('aria-disabled')) === 'true' ? 'stand-aside' : options.answer;
    await activate(page, input, `[data-choice="${choice}"]`);
    await page.locator('#crisis-outcome').waitFor();
    const outcome = (await page.locator('#crisis-outcome').textContent()) ?? '';
    const told = {
      first: await page
        .locator('#crisis-outcome > ul.entries')
        .first()
        .locator('> li')
        .first()
        .getAttribute('data-kind'),
      earlier: await page
        .locator('#crisis-earlier > li')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind') ?? '')),
    };
    const answered = await hudMonth();
    if (log.crises.length === 0) await screenshot(page, `${options.shots}-crisis-answered`);
    await activate(page, input, '#crisis-continue');
    const after = (await page.locator('#ending').isVisible()) ? null : await hudMonth();
    log.crises.push({ title, verdicts, outcome, mapClashes, hud: { asked, answered, after }, told });
    return 'crisis';
  }
  log.months.push((await page.locator('#hud-month').textContent()) ?? '');
  const outcome = page.locator('#panel .outcome');
  if (log.outcomes !== undefined && (await outcome.count()) > 0) {
    log.outcomes.push((await outcome.textContent()) ?? '');
    if ((await page.locator('#dispatches .entries > li').count()) === 0)
      log.quietWithOutcome?.push(log.months.at(-1) ?? '');
  }
  await pushConvention(page, input);
  const drafting = ((await page.locator('.hud-convention').textContent()) ?? '').includes('drafting');
  if (drafting && !log.offered && options.offer !== undefined) {
    await makeOffer(page, input, options.offer.clause, options.offer.option, options.shots);
    log.offered = true;
  }
  await activate(page, input, '#end-month');
  return 'month';
}

/** Play on to the ending. */
export async function playToEnd(page: Page, input: Input, options: PlayOptions, maxSteps = 100): Promise<PlayLog> {
  const log: PlayLog = { months: [], crises: [], offered: false, outcomes: [], quietWithOutcome: [] };
  for (let i = 0; i < maxSteps; i++) {
    if ((await playStep(page, input, options, log)) === 'ending') return log;
  }
  throw new Error(`no ending after ${maxSteps} steps`);
}

/** Open the convention, choose an option on its card (the map shows it), make the offer, and close the cards. */
export async function makeOffer(
  page: Page,
  input: Input,
  clause: string,
  option: number,
  shots: string,
): Promise<void> {
  await activate(page, input, '#open-convention');
  await page.locator('#clause-cards').waitFor();
  await chooseRadio(page, input, `clause-${clause}`, String(option));
  await page
    .locator('#map-caption')
    .filter({ hasText: /^The map shows / })
    .waitFor();
  await screenshot(page, `${shots}-convention`);
  await activate(page, input, `[data-offer="${clause}"]`);
  await page.locator('#answers .entry').first().waitFor();
  await screenshot(page, `${shots}-offer-answered`);
  await activate(page, input, '#close-convention');
}
