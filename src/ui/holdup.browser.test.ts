/**
 * Issue 13 §4 in a real browser: every screen of the game and every demo page
 * passes axe-core (default rules, best practices, every impact); the built pages
 * carry a Content-Security-Policy and break none of it; no request leaves the
 * test server; the game plays offline after the first visit.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11yAudit';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';
import { activate, type PlayLog, playStep, screenshot, tabTo } from './gameDriver';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function audit(page: Page, screen: string, found: Record<string, unknown>): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) found[screen] = violations;
}

describe('accessibility: axe-core on every screen', () => {
  it('the game: title, new-game choice, month panel, convention cards, a crisis, the ending', async () => {
    const { page, errors } = await harness.newPage();
    const found: Record<string, unknown> = {};
    await page.goto(`${harness.url}?seed=axe`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await audit(page, 'title', found);
    await activate(page, 'mouse', '#new-game');
    await audit(page, 'new-game', found);
    await page.locator('input[name="scenario"][value="talks-1939"]').check();
    await activate(page, 'mouse', '#start-game');
    await page.locator('#hud-month').waitFor();
    await audit(page, 'month', found);
    await activate(page, 'mouse', '#open-convention');
    await page.locator('#clause-cards').waitFor();
    await audit(page, 'convention', found);
    // Every clause's card lies within the panel's width: none is cut at its edge or hidden sideways.
    const panel = await page.locator('#cards').boundingBox();
    const cards = await page.locator('#clause-cards .card').evaluateAll((all) =>
      all.map((card) => {
        const box = card.getBoundingClientRect();
        return { left: box.left, right: box.right };
      }),
    );
    expect(cards.length).toBe(7);
    for (const card of cards) {
      expect(card.left).toBeGreaterThanOrEqual(panel?.x ?? Number.NaN);
      expect(card.right).toBeLessThanOrEqual((panel?.x ?? 0) + (panel?.width ?? 0));
    }
    await screenshot(page, 'convention-cards');
    await activate(page, 'mouse', '#close-convention');
    const log: PlayLog = { months: [], crises: [], offered: false };
    const options = { answer: 'refer-council', shots: 'axe' };
    let crisisSeen = false;
    for (let step = 0; step < 100; step++) {
      if (!crisisSeen && (await page.locator('#crisis-answers').isVisible())) {
        await audit(page, 'crisis', found);
        crisisSeen = true;
      }
      if ((await playStep(page, 'mouse', options, log)) === 'ending') break;
    }
    expect(crisisSeen).toBe(true);
    await expect.poll(() => page.locator('#ending-title').textContent()).toMatch(/\S/);
    await audit(page, 'ending', found);
    expect(found).toEqual({});
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it.each([
    ['cases.html', '[data-treaty]'],
    ['xray.html', '#xray-cases button'],
    ['glossary.html', 'main h2'],
    ['teaching.html', 'main h2'],
    ['debrief.html', 'main h2'],
    ['futures.html', 'main button'],
    ['share.html', 'main button'],
  ])('%s', async (file, ready) => {
    const { page, errors } = await harness.newPage();
    const found: Record<string, unknown> = {};
    await page.goto(`${harness.url}${file}`);
    await page.locator(ready).first().waitFor();
    await audit(page, file, found);
    await screenshot(page, `axe-${file.replace('.html', '')}`);
    expect(found).toEqual({});
    expect(errors).toEqual([]);
    await page.close();
  });
});

declare global {
  interface Window {
    /** Every Content-Security-Policy violation the page reported. */
    cspViolations?: string[];
  }
}

/** Records every `securitypolicyviolation` event, with the directive and what was blocked. */
const RECORD_CSP_VIOLATIONS = () => {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.cspViolations?.push(
      `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
    );
  });
};

describe('security: the Content-Security-Policy of the built pages', () => {
  it('every built page has the policy, with script-src self and nothing unsafe', async () => {
    const pages = ['index', 'cases', 'xray', 'glossary', 'teaching', 'debrief', 'futures', 'share'];
    for (const name of pages) {
      const html = await (await fetch(`${harness.url}${name}.html`)).text();
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
        .exec(html)?.[1]
        ?.replaceAll('&#39;', "'");
      expect(policy, name).toContain("script-src 'self';");
      expect(policy, name).toContain("object-src 'none'");
      expect(policy, name).toContain("default-src 'self'");
      expect(policy, name).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(html, name).not.toMatch(/href="data:/);
      // The policy comes before any script or style of the page.
      expect(html.indexOf('Content-Security-Policy'), name).toBeLessThan(html.search(/<script|<style|<link/));
    }
  });

  it('no violation and no request to another host: a month played, the X-ray, the futures worker', async () => {
    const { page, errors } = await harness.newPage();
    const origin = new URL(harness.url).origin;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin && !request.url().startsWith('data:')) elsewhere.push(request.url());
    });
    await page.addInitScript(RECORD_CSP_VIOLATIONS);
    await page.goto(`${harness.url}?seed=csp`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await activate(page, 'mouse', '#new-game');
    await activate(page, 'mouse', '#start-game');
    const month = await page.locator('#hud-month').textContent();
    await activate(page, 'mouse', '#end-month');
    await expect.poll(() => page.locator('#hud-month').textContent()).not.toBe(month);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);

    await page.goto(`${harness.url}xray.html`);
    await page.locator('#xray-cases button').first().click();
    await page.locator('#xray-main svg').first().waitFor();
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);

    await page.goto(`${harness.url}futures.html`);
    await page.locator('#futures-run').click();
    await expect
      .poll(() => page.locator('#futures-main').getAttribute('data-futures'), { timeout: 20_000 })
      .toBe('done');
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('at 200% zoom', () => {
  it('a 1280×800 screen at 200% (640×400 CSS pixels): nothing cut off sideways, every control reached by Tab', async () => {
    const { page, errors } = await harness.newPage();
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(`${harness.url}?seed=zoom`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await activate(page, 'keyboard', '#new-game');
    await activate(page, 'keyboard', '#start-game');
    await page.locator('#hud-month').waitFor();
    await screenshot(page, 'zoom-200-month');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide).toBeLessThanOrEqual(0);
    for (const selector of ['#end-month', '#open-convention', '#orders button']) {
      await tabTo(page, selector);
      const box = await page.evaluate(() => {
        const rect = document.activeElement?.getBoundingClientRect();
        return rect === undefined ? null : { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
      });
      expect(box, selector).not.toBeNull();
      // Focus is visible: an outline or a ring drawn around the focused control.
      const ring = await page.evaluate(() => {
        const active = document.activeElement;
        if (active === null) return 'none';
        const style = getComputedStyle(active);
        return style.outlineStyle !== 'none' && style.outlineWidth !== '0px' ? style.outlineStyle : style.boxShadow;
      });
      expect(ring, selector).not.toBe('none');
      expect(box?.left ?? -1, selector).toBeGreaterThanOrEqual(0);
      expect(box?.right ?? 9999, selector).toBeLessThanOrEqual(640);
      expect(box?.top ?? -1, selector).toBeGreaterThanOrEqual(0);
      expect(box?.bottom ?? 9999, selector).toBeLessThanOrEqual(400);
    }
    await activate(page, 'keyboard', '#end-month');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
