/**
 * Presentation mode in a real browser (issue 14 §1, §8): turned on from the
 * title screen by keyboard, a game paced to a crisis by the keyboard alone
 * (→ and Space, never a mouse event), each dispatch hidden until it is
 * reached, the teacher panel hidden and then shown with the crisis's notes,
 * the key list, legible type at 1920×1080 and 1024×768, remembered after a
 * reload; axe-core finds nothing, no console error. Screenshots to screenshots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilTableBefore, createGame, formatDate } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { axeViolations } from './a11yAudit';
import { type BrowserHarness, COUNT_POINTER_EVENTS, startBrowserHarness } from './browserHarness';
import { gapBetween, type MapBounds, type MapObject, mapLabelClashes, newGame, screenshot, tabTo } from './gameDriver';
import { PRESENTATION_TEXT, ROUTE_TOWNS_IN, ROUTES } from './mapModel';
import { NO_ORDER_YET } from './presentation';

let harness: BrowserHarness;

/** The states of the game's stage, west to east, whose labels the class must see. */
const STAGE = ['france', 'germany', 'czechoslovakia', 'poland', 'romania', 'ussr'];
/** Their names on the map. */
const STAGE_NAMES = ['France', 'Germany', 'Czechoslovakia', 'Poland', 'Romania', 'USSR'];

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

/**
 * Where the sound captions show, with one on screen (a line of our own if no sound is
 * captioned just now): their box, and the boxes of what is read that it covers (the panel,
 * the teacher's notes, the presentation bar), by id.
 */
async function captionsPlace(page: Page): Promise<{ covers: string[]; bottomGap: number; aboveStanding: number }> {
  return page.evaluate(() => {
    const region = document.getElementById('captions');
    if (region === null) throw new Error('no #captions region');
    let own: HTMLElement | null = null;
    if (region.querySelector('.sound-caption') === null) {
      own = document.createElement('p');
      own.className = 'sound-caption';
      own.textContent = 'Music: grim (1938–39)';
      region.append(own);
    }
    const box = region.getBoundingClientRect();
    const covers: string[] = [];
    for (const id of ['panel', 'teacher-panel', 'presentation-bar']) {
      const other = document.getElementById(id);
      if (other === null || other.checkVisibility() === false) continue;
      const o = other.getBoundingClientRect();
      const overlap = Math.min(box.right, o.right) - Math.max(box.left, o.left);
      const across = Math.min(box.bottom, o.bottom) - Math.max(box.top, o.top);
      if (overlap > 0.5 && across > 0.5) covers.push(id);
    }
    const standing = document.getElementById('standing')?.getBoundingClientRect();
    own?.remove();
    return {
      covers,
      bottomGap: window.innerHeight - box.bottom,
      aboveStanding: standing === undefined ? Number.NaN : standing.top - box.top,
    };
  });
}

/** Whether a marked button's text contrasts with its background by 7:1 or more, and its outline lies inside the panel's view. */
async function markedButton(
  page: Page,
  selector: string,
): Promise<{ contrastAtLeast7: boolean; insidePanel: boolean }> {
  return page.evaluate((sel) => {
    const node = document.querySelector(sel);
    const panel = document.getElementById('panel');
    if (node === null || panel === null) throw new Error(`no ${sel} or #panel`);
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (css: string) => {
      const [r = 0, g = 0, b = 0] = rgb(css).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const style = getComputedStyle(node);
    const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
    const ratio = ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
    const box = node.getBoundingClientRect();
    const view = panel.getBoundingClientRect();
    const outline = Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset);
    return {
      contrastAtLeast7: ratio >= 7,
      insidePanel: box.top - outline >= view.top && box.bottom + outline <= view.bottom,
    };
  }, selector);
}

/** The map's words' size on screen, as a multiple of their drawn size (their scale times the camera's zoom). */
async function mapTextScale(page: Page): Promise<number> {
  return page.evaluate(() => {
    interface Scene {
      cameras: { main: { zoom: number } };
      children: { list: { type: string; scaleX: number }[] };
    }
    const scene = window.hollowPactMap as unknown as Scene | undefined;
    const text = scene?.children.list.find((child) => child.type === 'Text');
    return (text?.scaleX ?? 0) * (scene?.cameras.main.zoom ?? 0);
  });
}

/**
 * The map's words as the class sees them: each label's text, its size on
 * screen (px: its font size, its scale, the camera's zoom, and the canvas's
 * size in the window), and whether it is shown.
 */
async function mapWords(page: Page): Promise<{ words: string; px: number; visible: boolean }[]> {
  return page.evaluate(() => {
    interface Scene {
      cameras: { main: { zoom: number } };
      game: { canvas: HTMLCanvasElement };
      scale: { width: number };
      children: {
        list: {
          type: string;
          name: string;
          text: string;
          visible: boolean;
          scaleX: number;
          style: { fontSize: string };
        }[];
      };
    }
    const scene = window.hollowPactMap as unknown as Scene;
    const onScreen = scene.game.canvas.getBoundingClientRect().width / scene.scale.width;
    return scene.children.list
      .filter((child) => child.type === 'Text' && child.name.startsWith('label:'))
      .map((child) => ({
        words: child.text,
        px: Number.parseFloat(child.style.fontSize) * child.scaleX * scene.cameras.main.zoom * onScreen,
        visible: child.visible,
      }));
  });
}

/** The routes' labels shown on the map: their words, and their right edge on the page (px). */
async function routeLabelsOnScreen(page: Page): Promise<{ words: string; right: number }[]> {
  return page.evaluate(() => {
    interface Scene {
      cameras: { main: { zoom: number; worldView: { x: number } } };
      game: { canvas: HTMLCanvasElement };
      scale: { width: number };
      children: {
        list: { type: string; name: string; text: string; visible: boolean; getBounds(): { right: number } }[];
      };
    }
    const scene = window.hollowPactMap as unknown as Scene;
    const rect = scene.game.canvas.getBoundingClientRect();
    const cam = scene.cameras.main;
    return scene.children.list
      .filter((child) => child.type === 'Text' && child.name === 'label:route' && child.visible)
      .map((child) => ({
        words: child.text,
        right: rect.left + ((child.getBounds().right - cam.worldView.x) * cam.zoom * rect.width) / scene.scale.width,
      }));
  });
}

/**
 * What covers the words a class must read on the map: each shown route label (an answer, the air reach) over a
 * quarter or more of a stage state's name, as "route over name" (two words whose outlines only touch are both
 * legible); and each shown label over a tenth or more of the crisis's caption, "Germany moves".
 */
async function coveredWords(
  page: Page,
  names: readonly string[],
): Promise<{ routesOverStage: string[]; overCaption: string[] }> {
  return page.evaluate((stage) => {
    type Bounds = MapBounds;
    const scene = window.hollowPactMap as unknown as { children: { list: MapObject[] } };
    const shown = scene.children.list.filter((c) => c.type === 'Text' && c.name.startsWith('label:') && c.visible);
    /** Does `a` cover at least `share` of `b`? */
    const covers = (a: Bounds, b: Bounds, share: number) => {
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      return w > 0 && h > 0 && w * h >= b.width * b.height * share;
    };
    const states = shown.filter((c) => c.name === 'label:state' && stage.some((n) => (c.text ?? '').startsWith(n)));
    const routesOverStage = shown
      .filter((c) => c.name === 'label:route')
      .flatMap((route) =>
        states
          .filter((state) => covers(route.getBounds(), state.getBounds(), 1 / 4))
          .map((state) => `${route.text} over ${state.text}`),
      );
    const marker = scene.children.list.find((c) => c.type === 'Container' && c.visible);
    const caption = marker?.list?.find((c) => c.name === 'marker:caption')?.getBounds();
    const overCaption =
      caption === undefined ? [] : shown.filter((c) => covers(c.getBounds(), caption, 1 / 10)).map((c) => c.text ?? '');
    return { routesOverStage, overCaption };
  }, names);
}

/**
 * Each shown route label: its route, and the route of the town its anchor stands by (the nearest of every route's
 * towns; "both" for a town the two routes share, Košice).
 */
async function routeLabelsNearest(page: Page): Promise<{ words: string; own: string; nearest: string }[]> {
  return page.evaluate(
    ({ routes, inside }: { routes: Record<string, readonly string[]>; inside: Record<string, readonly string[]> }) => {
      interface Scene {
        map: { places: { id: string; x: number; y: number }[] };
        children: { list: { type: string; name: string; text: string; visible: boolean; x: number; y: number }[] };
      }
      const scene = window.hollowPactMap as unknown as Scene;
      const towns = Object.entries(routes).flatMap(([via, ids]) =>
        ids.slice(1, -1).flatMap((id) => {
          const shared = Object.entries(routes).some(([other, list]) => other !== via && list.includes(id));
          // A town of the route outside the transit state (Kiev, Minsk: in the USSR) is told apart.
          const inState = (inside[via] ?? []).includes(id);
          return scene.map.places
            .filter((p) => p.id === id)
            .map((p) => ({ via: shared ? 'both' : inState ? via : `${via} (outside it)`, x: p.x, y: p.y }));
        }),
      );
      return scene.children.list
        .filter((child) => child.type === 'Text' && child.name === 'label:route' && child.visible)
        .filter((child) => /^Through (Poland|Romania)/.test(child.text))
        .map((child) => {
          const nearest = [...towns].sort(
            (a, b) => Math.hypot(a.x - child.x, a.y - child.y) - Math.hypot(b.x - child.x, b.y - child.y),
          )[0];
          return {
            words: child.text,
            own: child.text.startsWith('Through Poland') ? 'poland' : 'romania',
            nearest: nearest?.via ?? '',
          };
        });
    },
    {
      routes: ROUTES as unknown as Record<string, readonly string[]>,
      inside: ROUTE_TOWNS_IN as unknown as Record<string, readonly string[]>,
    },
  );
}

/** The smallest font size (px) of any visible text in the game's overlays, and where it is. */
async function smallestText(page: Page): Promise<{ size: number; where: string }> {
  return page.evaluate(() => {
    let smallest = { size: Number.POSITIVE_INFINITY, where: '' };
    for (const root of document.querySelectorAll('#panel, #hud, #teacher-panel, #presentation-bar, #standing')) {
      for (const node of root.querySelectorAll('*')) {
        const hasText = [...node.childNodes].some((c) => c.nodeType === 3 && (c.textContent ?? '').trim() !== '');
        const box = node.getBoundingClientRect();
        const style = getComputedStyle(node);
        if (!hasText || box.width === 0 || style.visibility === 'hidden' || node.closest('.sr-only') !== null) continue;
        // SVG text is drawn at its font size times the drawing's scale on screen.
        const scale = node instanceof SVGGraphicsElement ? Math.abs(node.getScreenCTM()?.a ?? 1) : 1;
        const size = Number.parseFloat(style.fontSize) * scale;
        if (size < smallest.size)
          smallest = { size, where: `${node.tagName} ${node.getAttribute('class') ?? ''}: ${node.textContent}` };
      }
    }
    return smallest;
  });
}

/** The Council table the engine seats at the first crisis of `scenarioId` played with no orders (`councilTableBefore`). */
function councilBefore(scenarioId: string, seed: string) {
  const game = createGame(loadScenario(scenarioId), { seed, role: 'france' });
  for (let guard = 0; guard < 100 && game.getSnapshot().world.phase === 'orders'; guard++)
    game.send({ type: 'turn.end' });
  const table = councilTableBefore(game.getSnapshot().world);
  if (table === null) throw new Error(`no crisis in ${scenarioId}`);
  return table;
}

describe('presentation mode', () => {
  it('paces munich-1938 to a crisis by keyboard alone, with the teacher panel hidden and then shown', async () => {
    const { page, errors } = await harness.newPage();
    await page.addInitScript(COUNT_POINTER_EVENTS);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${harness.url}?seed=presentation`);
    await page.locator('#map[data-ready="true"]').waitFor();

    // On from the title screen's button, by keyboard; the worksheet is linked there.
    expect(await page.locator('#teaching-link').getAttribute('href')).toBe('teaching.html');
    const plainText = await mapTextScale(page);
    expect(plainText).toBeCloseTo(1, 5);
    await tabTo(page, '#presentation-toggle');
    await page.keyboard.press('Enter');
    await page.locator('body.presenting #presentation-bar').waitFor();
    // The map's words are larger for the projector.
    await expect.poll(() => mapTextScale(page)).toBeCloseTo(PRESENTATION_TEXT, 5);
    expect(await page.locator('#presentation-toggle').getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'presentation-title');
    expect(await axeViolations(page)).toEqual([]);

    await newGame(page, 'keyboard', 'munich-1938', 'france');
    // The month opens on its heading; the dispatches wait until the teacher reaches them.
    const firstDispatch = page.locator('#dispatches .entries > li, #dispatches > p.quiet').first();
    expect(await page.locator('#month-heading').getAttribute('class')).toContain('pres-current');
    expect(await firstDispatch.isVisible()).toBe(false);
    expect(await page.locator('#end-month').isVisible()).toBe(false);
    await page.keyboard.press('ArrowRight');
    expect(await firstDispatch.isVisible()).toBe(true);
    expect(await firstDispatch.getAttribute('class')).toContain('pres-current');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('pres-current'))).toBe(true);
    // ← goes back, → comes again.
    await page.keyboard.press('ArrowLeft');
    expect(await firstDispatch.isVisible()).toBe(false);
    await page.keyboard.press('ArrowRight');
    await screenshot(page, 'presentation-dispatch');

    // With → and Space alone, past the orders and "End the month", until a crisis waits for the class's answer.
    let sawEnd = false;
    for (let presses = 0; !(await page.locator('#crisis-heading').isVisible()); presses++) {
      expect(presses).toBeLessThan(200);
      if (!sawEnd && (await page.locator('#end-month.pres-current').isVisible())) {
        sawEnd = true;
        // Marked, the button stays legible (its own white-on-blue gives way to dark on light), outline and all in view.
        expect(await markedButton(page, '#end-month')).toEqual({ contrastAtLeast7: true, insidePanel: true });
        await screenshot(page, 'presentation-end-month');
        // No order given: a stray press does not end the month; it says so, and the next press ends it.
        const month = await page.locator('#hud-month').textContent();
        await page.keyboard.press('ArrowRight');
        expect(await page.locator('#presentation-status').textContent()).toBe(NO_ORDER_YET);
        expect(await page.locator('#hud-month').textContent()).toBe(month);
        expect(await page.locator('#end-month').getAttribute('class')).toContain('pres-current');
      }
      await page.keyboard.press(presses % 2 === 0 ? 'ArrowRight' : ' ');
    }
    expect(sawEnd).toBe(true);
    expect(await page.locator('#crisis-heading').textContent()).toBe('Crisis: The Sudeten crisis');
    // The verdicts come one by one, then the rules X-ray (opened when reached), the League Council beside
    // them, then the answers.
    const firstVerdict = page.locator('#verdicts li').first();
    expect(await firstVerdict.isVisible()).toBe(false);
    const council = page.locator('#council-slot');
    let councilReached = false;
    let xrayReached = false;
    for (let presses = 0; !(await page.locator('#crisis-answers.pres-current').isVisible()); presses++) {
      expect(presses).toBeLessThan(30);
      await page.keyboard.press('ArrowRight');
      if (await page.locator('#crisis-xray.pres-current').isVisible()) {
        // Reached, the X-ray opens with its first machine's ringed state in the class's view, not below the fold.
        await page.locator('#crisis-xray-region svg').first().waitFor();
        const ringInPanel = () =>
          page.evaluate(() => {
            const panel = document.getElementById('panel')?.getBoundingClientRect();
            const ring = document.querySelector('#crisis-xray-region .xray-nodes .current')?.getBoundingClientRect();
            if (panel === undefined || ring === undefined) return false;
            const y = ring.top + ring.height / 2;
            return y > panel.top && y < panel.bottom;
          });
        await expect.poll(ringInPanel).toBe(true);
        xrayReached = true;
      }
      if (await page.locator('#council-slot.pres-current').isVisible()) {
        councilReached = true;
        await page.locator('#crisis-xray-region svg').first().waitFor();
      }
    }
    expect(councilReached).toBe(true);
    expect(xrayReached).toBe(true);
    // The Council on the crisis's day, as the engine seats it, with no vote before the class answers.
    const table = councilBefore('munich-1938', 'presentation');
    expect(await council.locator('h3').textContent()).toBe(`The League Council on ${formatDate(table.date)}`);
    expect(
      await council.locator('#council-seated > li').evaluateAll((items) => items.map((i) => i.dataset.state)),
    ).toEqual(table.members.map((m) => m.state));
    expect(await council.locator('#council-seated > li').first().textContent()).toContain(
      table.members[0]?.name ?? '?',
    );
    expect(await council.textContent()).toContain(`Art. ${table.article}`);
    // Germany is no Member in 1938: the box says Art. 16 comes through the Art. 17 invitation, refused.
    expect(table.invitation).toBe('refuse-and-war');
    expect(await council.locator('#council-invitation').textContent()).toMatch(
      /^Germany is not a Member: the Council first invites it .*\(Art\. 17 §1\), and Art\. 16 applies against it only if it refuses and goes to war \(Art\. 17 §3\)/,
    );
    expect(await council.textContent()).toContain('No vote yet');
    expect(await council.locator('.council-vote').count()).toBe(0);
    expect(await firstVerdict.isVisible()).toBe(true);
    expect(await page.locator('#crisis-xray-button').getAttribute('aria-expanded')).toBe('true');
    await page.locator('#crisis-xray-region svg').first().waitFor();
    // Each machine drawn at projector size opens with its current state in its frame, not scrolled off it.
    const framed = await page.locator('#crisis-xray-region .xray').evaluateAll((figures) =>
      figures.map((figure) => {
        const frame = figure.querySelector('.xray-scroll')?.getBoundingClientRect();
        const node = figure.querySelector('.xray-nodes .current')?.getBoundingClientRect();
        if (frame === undefined || node === undefined) return 'no current state';
        const centreX = node.left + node.width / 2;
        const centreY = node.top + node.height / 2;
        return centreX > frame.left && centreX < frame.right && centreY > frame.top && centreY < frame.bottom;
      }),
    );
    expect(framed.length).toBeGreaterThan(0);
    expect(framed).toEqual(framed.map(() => true));
    // Past the answers, → does not answer for the class.
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#crisis-heading').isVisible()).toBe(true);
    expect(await page.locator('#presentation-status').textContent()).toContain("The class's answer");

    // The teacher panel: hidden from the projected view until T.
    expect(await page.locator('#teacher-panel').isVisible()).toBe(false);
    await screenshot(page, 'presentation-crisis');
    await page.keyboard.press('t');
    const teacher = page.getByRole('complementary', { name: /^Teacher notes: / });
    await teacher.waitFor();
    expect(await page.locator('#teacher-panel-heading').textContent()).toBe(
      'Teacher notes: The Sudeten crisis, September 1938',
    );
    expect(await page.locator('#teacher-point-notes').textContent()).toContain('treaty-and-rules.md §5.4');
    expect(await page.locator('#teacher-point-questions li').count()).toBeGreaterThan(0);
    expect(await page.locator('#teacher-scenario-questions').textContent()).toContain(
      'Was Munich a legal failure of the treaties, or a political one?',
    );
    expect(await page.locator('#teacher-toggle').getAttribute('aria-expanded')).toBe('true');
    // Shown, it says it is seen by the class (one screen), not that it is hidden from it.
    expect(await teacher.textContent()).toContain('Shown on the screen the class sees: T hides it again.');
    await screenshot(page, 'presentation-teacher');
    // The sound captions take the bottom line, over the standing line: never over the notes or the panel.
    expect(await captionsPlace(page)).toEqual({ covers: [], bottomGap: 0, aboveStanding: 0 });
    expect(await axeViolations(page)).toEqual([]);
    const wide = await smallestText(page);
    expect(wide.size, wide.where).toBeGreaterThanOrEqual(18);

    // The key list on ?, labelled; Escape closes it and gives the focus back.
    const before = await page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);
    await page.keyboard.press('?');
    const keys = page.getByRole('dialog', { name: 'Keys for the teacher' });
    await keys.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('keys-close');
    expect(await keys.textContent()).toContain('Show or hide the teacher panel');
    // A presenter's clicker sends Page Down and Page Up: the list names them.
    expect(await keys.textContent()).toContain('Page Down');
    expect(await keys.textContent()).toContain('← or Page Up');
    await screenshot(page, 'presentation-keys');
    await page.keyboard.press('Escape');
    await expect.poll(() => keys.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName)).toBe(before);

    // Full screen on F, where the browser allows it; otherwise a line says how, and nothing breaks.
    await page.keyboard.press('f');
    await expect
      .poll(async () =>
        (await page.evaluate(() => document.fullscreenElement !== null))
          ? 'full'
          : ((await page.locator('#presentation-status').textContent()) ?? ''),
      )
      .toMatch(/^full$|refused full screen/);
    if (await page.evaluate(() => document.fullscreenElement !== null)) {
      await page.keyboard.press('f');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    }

    // A projector at 1024×768: the type stays legible.
    await page.setViewportSize({ width: 1024, height: 768 });
    const narrow = await smallestText(page);
    expect(narrow.size, narrow.where).toBeGreaterThanOrEqual(18);
    await screenshot(page, 'presentation-1024');
    // The key list fits a short projector: its Close button on screen, reached by the focus.
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keys for the teacher' }).waitFor();
    // It opens on its first keys, not scrolled down to its Close button; what each key does has room to read.
    expect(await page.locator('.presentation-keys').evaluate((d) => d.scrollTop)).toBe(0);
    const columns = await page.locator('.presentation-key-list').evaluate((list) => {
      const dt = list.querySelector('dt')?.getBoundingClientRect().width ?? 0;
      const dd = list.querySelector('dd')?.getBoundingClientRect().width ?? 0;
      return { dt, dd };
    });
    expect(columns.dd).toBeGreaterThan(columns.dt);
    await page.locator('#keys-close').scrollIntoViewIfNeeded();
    const close = await page.locator('#keys-close').boundingBox();
    expect(close?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((close?.y ?? 9999) + (close?.height ?? 0)).toBeLessThanOrEqual(768);
    const box = await page.getByRole('dialog', { name: 'Keys for the teacher' }).boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 9999) + (box?.height ?? 0)).toBeLessThanOrEqual(768);
    await page.keyboard.press('Escape');
    expect(await captionsPlace(page)).toEqual({ covers: [], bottomGap: 0, aboveStanding: 0 });
    await page.keyboard.press('t');
    expect(await page.locator('#teacher-panel').isVisible()).toBe(false);

    // Remembered after a reload; P turns it off again.
    await page.reload();
    await page.locator('#map[data-ready="true"]').waitFor();
    await page.locator('body.presenting').waitFor();
    expect(await page.locator('#presentation-toggle').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('body.presenting').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('hollow-pact:presentation'))).toBeNull();

    expect(await page.evaluate(() => window.pointerEvents)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('after a hand-over, steps the next delegation’s screen from its top: one → does not end its month', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=presentation-seats`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await tabTo(page, '#presentation-toggle');
    await page.keyboard.press('Enter');
    await page.locator('body.presenting #presentation-bar').waitFor();
    await tabTo(page, '#delegations-game');
    await page.keyboard.press('Enter');
    await tabTo(page, '#start-delegations');
    await page.keyboard.press('Enter');
    await page.locator('#hud-month').waitFor();
    await expect.poll(() => page.locator('#delegation-turn').textContent()).toContain('the French delegation');
    const month = await page.locator('#hud-month').innerText();
    // The French delegation steps to its last stop, and → there ends its orders (twice: it gave none): the
    // hand-over comes.
    for (let presses = 0; !(await page.locator('#end-month.pres-current').isVisible()); presses++) {
      expect(presses).toBeLessThan(40);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#presentation-status').textContent()).toBe(NO_ORDER_YET);
    await page.keyboard.press('ArrowRight');
    await page.locator('#handover').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#handover').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('#delegation-turn').textContent()).toContain('the Soviet delegation');
    // The Soviet screen opens on its heading, its orders and "End the month" still to come.
    await expect.poll(() => page.locator('#month-heading').getAttribute('class')).toContain('pres-current');
    expect(await page.locator('#end-month').isVisible()).toBe(false);
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#hud-month').innerText()).toBe(month);
    expect(await page.locator('#delegation-turn').textContent()).toContain('the Soviet delegation');
    // Off again, as the class leaves: the choice is remembered for the next page (the tests share a browser).
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('body.presenting').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('keeps the orders on screen and the focus on an order the teacher gives, its dispatch added above them', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=presentation-orders`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await page.keyboard.press('p');
    await page.locator('body.presenting #presentation-bar').waitFor();
    await newGame(page, 'keyboard', 'pact-1935', 'france');
    for (let presses = 0; !(await page.locator('.orders-section.pres-current').isVisible()); presses++) {
      expect(presses).toBeLessThan(40);
      await page.keyboard.press('ArrowRight');
    }
    const heading = page.locator('#orders-heading');
    const capitalBefore = await heading.textContent();
    const order = '#orders button[data-action="diplomacy.demarche:romania"]';
    await tabTo(page, order);
    await page.keyboard.press('Enter');
    // The month is drawn again, the order's dispatch among the stops above the orders: the place stays where the
    // teacher acted.
    await expect.poll(() => heading.textContent()).not.toBe(capitalBefore);
    // What it did is told on the status line, in view: its dispatch is above the orders, out of the place.
    const ownLast = await page.locator('#this-month .entries > li .entry-text').last().textContent();
    expect(await page.locator('#presentation-status').textContent()).toBe(`This month so far: ${ownLast}`);
    expect(await page.locator('.orders-section').getAttribute('class')).toContain('pres-current');
    expect(await page.locator(order).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe(
      'diplomacy.demarche:romania',
    );
    // A second order, with no → and no Tab through the panel again.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.locator('.orders-section').getAttribute('class')).toContain('pres-current');
    // Orders given, → at "End the month" ends it at the first press.
    const month = await page.locator('#hud-month').textContent();
    for (let presses = 0; !(await page.locator('#end-month.pres-current').isVisible()); presses++) {
      expect(presses).toBeLessThan(10);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#hud-month').textContent()).not.toBe(month);
    // Presentation mode is remembered: off again, for the next test's page.
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('body.presenting').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('paces the Rhineland’s note on the month’s later dispatches after the crisis’s own words, not before them', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=presentation-later`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await page.keyboard.press('p');
    await page.locator('body.presenting #presentation-bar').waitFor();
    await newGame(page, 'keyboard', 'rhineland-1936', 'france');
    for (let presses = 0; !(await page.locator('#crisis-heading').isVisible()); presses++) {
      expect(presses).toBeLessThan(40);
      await page.keyboard.press('ArrowRight');
    }
    const note = page.locator('#crisis-later-dispatches');
    // Hidden until the teacher reaches it, after the crisis's day and its move.
    expect(await note.isVisible()).toBe(false);
    const before: string[] = [];
    for (let presses = 0; !(await page.locator('#crisis-later-dispatches.pres-current').isVisible()); presses++) {
      expect(presses).toBeLessThan(10);
      await page.keyboard.press('ArrowRight');
      before.push(await page.evaluate(() => document.querySelector('.pres-current')?.className ?? ''));
    }
    expect(before.some((c) => c.includes('crisis-when'))).toBe(true);
    expect(await note.innerText()).toMatch(/^The crisis is judged as on 7 March 1936/);
    // The Council beside the map says where it sat in history: under Locarno, with no Art. 16 vote.
    const history = page.locator('#council-slot #council-before-history');
    await history.waitFor({ state: 'attached' });
    expect(await history.textContent()).toMatch(
      /^In history: France took the breach to the Council, as Locarno Art\. 4/,
    );
    expect(await history.textContent()).toContain('not a recommendation of measures under Art. 16');
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('body.presenting').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('steps by → alone from talks-1939 to its ending, through the debrief loaded there, the crisis prompt said only at the crisis', async () => {
    const { page, errors } = await harness.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${harness.url}?seed=presentation-end`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await page.keyboard.press('p');
    await page.locator('body.presenting #presentation-bar').waitFor();
    await newGame(page, 'keyboard', 'talks-1939', 'france');
    const status = page.locator('#presentation-status');
    let crises = 0;
    for (let presses = 0; !(await page.locator('#ending-title').isVisible()); presses++) {
      expect(presses).toBeLessThan(300);
      if (await page.locator('#crisis-answers.pres-current').isVisible()) {
        await page.keyboard.press('ArrowRight');
        expect(await status.textContent()).toBe("The class's answer: Tab to it and press Enter.");
        await page.locator('#crisis-answers [data-choice="refer-council"]').focus();
        await page.keyboard.press('Enter');
        await page.locator('#crisis-outcome').waitFor();
        // The answer given, the prompt to give it is gone.
        await expect.poll(() => status.textContent()).toMatch(/^Presentation mode: → or Space/);
        crises++;
        continue;
      }
      await page.keyboard.press('ArrowRight');
    }
    expect(crises).toBeGreaterThan(0);
    expect(await status.textContent()).toMatch(/^Presentation mode: → or Space/);
    // The debrief comes with its own code, after the ending: → still reaches its table, one month at a time (a
    // month's row fills a projector's screen), and then each question.
    await page.locator('#ending-debrief .debrief-table').waitFor({ state: 'attached' });
    // On a projector at 1024×768, where a month's row was taller than the screen.
    await page.setViewportSize({ width: 1024, height: 768 });
    const rows = await page.locator('#ending-debrief .debrief-table tbody tr').count();
    const reached: string[] = [];
    const months = new Set<string>();
    for (let presses = 0; presses < rows + 12; presses++) {
      await page.keyboard.press('ArrowRight');
      const current = await page.evaluate(() => {
        const node = document.querySelector('.pres-current');
        if (node?.matches('.debrief-table tbody tr')) return `row ${node.getAttribute('data-month')}`;
        return node?.matches('.debrief-questions > li') ? 'question' : '';
      });
      if (current.startsWith('row ')) {
        months.add(current);
        // The month's name is in view, under the HUD, whatever the row's height (a tall row shows its top).
        const place = await page.evaluate(() => {
          const name = document.querySelector('.pres-current th')?.getBoundingClientRect();
          const pane = document.querySelector('#screen')?.getBoundingClientRect();
          return name === undefined || pane === undefined
            ? null
            : name.top >= pane.top - 1 && name.bottom <= pane.bottom + 1;
        });
        expect(place, current).toBe(true);
      }
      const kind = current.split(' ')[0] ?? '';
      if (kind !== '' && reached.at(-1) !== kind) reached.push(kind);
    }
    expect(reached).toEqual(['row', 'question']);
    expect(months.size).toBe(rows);
    // The question reached is in view, above the presentation bar, not behind it.
    expect((await page.locator('.pres-current').boundingBox())?.height).toBeGreaterThan(0);
    const place = await gapBetween(page, '.pres-current', '#presentation-bar');
    expect(place.lowerHeight).toBeGreaterThan(0);
    expect(place.gap).toBeGreaterThanOrEqual(0);
    await screenshot(page, 'presentation-ending-debrief');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('frames the stage from Paris to Moscow beside the panel, at 1024×768, 1366×768 and 1920×1080, at a crisis too', async () => {
    for (const [width, height] of [
      [1024, 768],
      [1366, 768],
      [1920, 1080],
    ] as const) {
      const { page, errors } = await harness.newPage();
      await page.setViewportSize({ width, height });
      // Presentation mode is remembered from the pages before: each page starts without it, and P turns it on.
      await page.addInitScript(() => localStorage.removeItem('hollow-pact:presentation'));
      await page.goto(`${harness.url}?seed=presentation-frame`);
      await page.locator('#map[data-ready="true"]').waitFor();
      await page.keyboard.press('p');
      await page.locator('body.presenting #presentation-bar').waitFor();
      await newGame(page, 'keyboard', 'munich-1938', 'ussr');
      // Each state's label point, in page pixels (null: off the map's canvas).
      const points = () =>
        page.evaluate((ids) => {
          const map = window.hollowPactMap as unknown as {
            clientPointOf(id: string): { x: number; y: number } | null;
          };
          return ids.map((id) => map.clientPointOf(id));
        }, STAGE);
      const onStage = async (when: string) => {
        const panel = (await page.locator('#panel').boundingBox())?.x ?? 0;
        const shown = await points();
        shown.forEach((point, i) => {
          expect(point, `${STAGE[i]} ${when} at ${width}`).not.toBeNull();
          expect(point?.x ?? 9999, `${STAGE[i]} ${when} at ${width}`).toBeLessThan(panel);
        });
      };
      await expect.poll(async () => (await points()).every((p) => p !== null)).toBe(true);
      await onStage('in a month');
      // Paced as the teacher paces it: → through each month to the crisis.
      for (let presses = 0; !(await page.locator('#crisis-answers').isVisible()); presses++) {
        expect(presses).toBeLessThan(150);
        await page.keyboard.press('ArrowRight');
      }
      await onStage('at the crisis');
      await screenshot(page, `presentation-frame-${width}`);
      // Every word on the map is 18px or more on screen, a capital's name and a route's answer too; the stage's
      // names are all shown, none covered by another label or by the crisis's ring.
      const words = await mapWords(page);
      for (const word of words.filter((w) => w.visible)) {
        expect(word.px, `"${word.words}" at ${width}`).toBeGreaterThanOrEqual(18 - 0.01);
      }
      expect(words.filter((w) => w.visible && w.words.startsWith('Through ')).length).toBeGreaterThan(0);
      for (const name of STAGE_NAMES) {
        expect(
          words.some((w) => w.visible && w.words.startsWith(name)),
          `${name} named at ${width}`,
        ).toBe(true);
      }
      expect(await mapLabelClashes(page), `at ${width}`).toEqual([]);
      // No route's words over a stage state's name ("wavering" over "Poland −" at 1366×768), and no word over the
      // crisis's "Germany moves" ("Austria ⊘" was).
      expect(await coveredWords(page, STAGE_NAMES), `at ${width}`).toEqual({ routesOverStage: [], overCaption: [] });
      // Each route's answer stands by a town only its own route passes, never by the other's or by Košice (on both);
      // at 1920×1080 by a town of the transit state itself (beside Kiev, in the USSR, "Through Romania" read as
      // Poland's). On a smaller screen the state is a few dozen pixels wide beside its own name and its capital's:
      // its answer may stand by its route's towns beyond it.
      for (const route of await routeLabelsNearest(page)) {
        const allowed = width < 1920 ? [route.own, `${route.own} (outside it)`] : [route.own];
        expect(allowed, `"${route.words}" at ${width}: by ${route.nearest}`).toContain(route.nearest);
      }
      // A route's answer is not cut by the panel (at most the white outline of a line's last letter, 6px, runs under it).
      // (No word is cut by the canvas's left edge either: `mapLabelClashes`, above; "United Kingdom" at 1024×768 was.)
      const panelLeft = (await page.locator('#panel').boundingBox())?.x ?? 0;
      for (const route of await routeLabelsOnScreen(page)) {
        expect(route.right, `"${route.words}" at ${width}`).toBeLessThanOrEqual(panelLeft + 6);
      }
      // Stepped to the answers, at least three of the five are in view whole, help lines and all.
      for (let presses = 0; !(await page.locator('#crisis-answers.pres-current').isVisible()); presses++) {
        expect(presses).toBeLessThan(40);
        await page.keyboard.press('ArrowRight');
      }
      const inView = await page.evaluate(() => {
        const panel = document.getElementById('panel')?.getBoundingClientRect();
        if (panel === undefined) return 0;
        return [...document.querySelectorAll('#crisis-answers button')].filter((b) => {
          const box = b.getBoundingClientRect();
          return box.top >= panel.top && box.bottom <= panel.bottom;
        }).length;
      });
      await screenshot(page, `presentation-answers-${width}`);
      expect(inView, `answers in view at ${width}`).toBeGreaterThanOrEqual(3);
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 120_000);
});
