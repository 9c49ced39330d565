/**
 * The debrief in a real browser (Debian's Chromium), as a teacher would use
 * it: play a seeded game, open a decision's factors with the keyboard,
 * download the CSV and read it back, and print the debrief to PDF (A4, then
 * Letter), whose text (read with Debian's pdftotext) must say what the game
 * did: the ending, each crisis's month and verdicts, the first divergence.
 * Screenshots and PDFs go to $DEBRIEF_SCREENSHOTS (default: a folder in the
 * system's temporary directory), outside the tree.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debriefOf, simulate } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { TEACHER_NOTES } from '../ui/teacherNotes';
import { factorsView } from '../why/factors';
import { WHY_TEXT } from '../why/text';
import { csvCell, debriefRows, parseCsv } from './csv';
import { type DebriefHarness, startDebriefHarness } from './debriefHarness';
import { routineRollWords, verdictWords } from './words';

const SHOTS = process.env.DEBRIEF_SCREENSHOTS ?? join(tmpdir(), 'hollow-pact-debrief-screenshots');
const GAME = { scenario: 'as-it-happened', role: 'france', policy: 'alliance-first', seed: 'pdf-1' } as const;
const HASH = new URLSearchParams(GAME).toString();

const scenario = loadScenario(GAME.scenario);
const result = simulate(scenario, { seed: GAME.seed, policy: GAME.policy, role: GAME.role });
const debrief = debriefOf(scenario, result.world, result.turns);

let harness: DebriefHarness;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  harness = await startDebriefHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function openDebrief(page: Page): Promise<void> {
  await page.goto(`${harness.url}#${HASH}`);
  await expect.poll(() => page.locator('#debrief-main').getAttribute('data-ready')).toBe(HASH);
}

/** A PDF's text as pdftotext reads it, with ligatures unfolded and all white space as single spaces. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).normalize('NFKC').replace(/\s+/g, ' ');
}

function pdfPageSize(file: string): string {
  return /Page size:\s+(.*)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
}

const flat = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ');

describe('the debrief page', () => {
  it("shows the game's months beside history's, with the divergences marked", async () => {
    const { page, errors } = await harness.newPage();
    await openDebrief(page);
    const rows = page.locator('.debrief-table tbody tr');
    expect(await rows.count()).toBe(debrief.months.length);
    const diverged = await page
      .locator('.debrief-table tbody tr[data-diverged="true"]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-month')));
    expect(diverged).toEqual(debrief.months.filter((m) => m.diverged).map((m) => m.month));
    expect(debrief.firstDivergence).not.toBeNull();
    expect(await page.locator('.debrief-first').getAttribute('data-month')).toBe(debrief.firstDivergence);
    expect(await page.locator('.debrief-ending-title').textContent()).toBe(debrief.ending?.title);
    expect(await page.locator('.debrief-crisis').count()).toBe(result.world.crises.length);
    expect(await page.locator('.debrief-roll').count()).toBe(debrief.keyRolls.length);
    // The démarches are counted after the key rolls, a sentence for each state, not listed one by one.
    expect(debrief.routineRolls.length).toBeGreaterThan(0);
    expect(await page.locator('.debrief-routine li').allTextContents()).toEqual(
      debrief.routineRolls.map((r) => routineRollWords(r)),
    );
    // Legible on a projector: the base font is at least 18px.
    const size = await page.locator('.debrief').evaluate((n) => Number.parseFloat(getComputedStyle(n).fontSize));
    expect(size).toBeGreaterThanOrEqual(18);
    await page.screenshot({ path: join(SHOTS, 'debrief-screen.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a decision's factors from the keyboard: headline, a bar per term, the dice", async () => {
    const { page, errors } = await harness.newPage();
    await openDebrief(page);
    const month = await page.locator('#demo-month').inputValue();
    const entries = result.world.log.find((m) => m.month === month)?.entries ?? [];
    const explanation = entries.flatMap((e) => e.reasons ?? []).find((r) => r.explanation !== undefined)?.explanation;
    if (explanation === undefined) throw new Error(`no decision in ${month}`);
    const first = page.locator('#demo-why-panel details.why-decision').first();
    await page.locator('#demo-month').focus();
    let open = false;
    for (let presses = 0; presses < 5 && !open; presses++) {
      await page.keyboard.press('Tab');
      open = await page.evaluate(() => document.activeElement?.classList.contains('why-summary') ?? false);
    }
    expect(open).toBe(true);
    expect(await first.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press('Enter');
    expect(await first.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const view = factorsView(explanation);
    const drawer = first.locator('.why-factors');
    expect(await drawer.locator('.why-headline').textContent()).toBe(view.headline);
    expect(await drawer.locator('.why-row').count()).toBe(explanation.terms.length + 2);
    expect(await drawer.locator('.why-row-term .why-source').allTextContents()).toEqual(
      view.rows.filter((r) => r.kind === 'term').map((r) => r.source),
    );
    if (explanation.chance !== null && explanation.roll !== null) {
      expect(await drawer.locator('.why-square').count()).toBe(100);
      expect(await drawer.locator('.why-square-yes').count()).toBe(explanation.chance);
      expect(await drawer.locator('.why-rolled').getAttribute('data-roll')).toBe(String(explanation.roll));
      // A screen reader hears the dice in words.
      expect(await drawer.getByRole('img').getAttribute('aria-label')).toBe(view.chance?.label);
    }
    // For and against differ in more than colour: against bars are hatched.
    const against = drawer.locator('.why-bar-against').first();
    if ((await against.count()) > 0) {
      expect(await against.evaluate((b) => getComputedStyle(b).backgroundImage)).toContain('repeating-linear-gradient');
    }
    await drawer.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'why-drawer.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reaches each section from its contents by keyboard, and prints without them', async () => {
    const { page, errors } = await harness.newPage();
    await openDebrief(page);
    const links = page.locator('nav.debrief-contents a');
    const headings = await page.locator('.debrief-section > h2').allTextContents();
    expect(headings.length).toBe(7);
    expect(await links.allTextContents()).toEqual(headings);
    expect(await page.locator('nav.debrief-contents').getAttribute('aria-label')).toBe(WHY_TEXT.debrief.contents);
    // From the page's top, a few Tabs reach the contents, then one more link at a time.
    await page.locator('body').focus();
    let presses = 0;
    while (
      presses < 12 &&
      !(await page.evaluate(() => document.activeElement?.closest('.debrief-contents') !== null))
    ) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(presses).toBeLessThan(12);
    const crises = WHY_TEXT.debrief.sections.crises;
    while ((await page.evaluate(() => document.activeElement?.textContent ?? '')) !== crises) {
      await page.keyboard.press('Tab');
      presses += 1;
      expect(presses).toBeLessThan(20);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe('debrief-crises-heading');
    const top = await page.locator('#debrief-crises-heading').evaluate((h) => h.getBoundingClientRect().top);
    // Scrolled to the heading's top (to within a pixel's fraction).
    expect(top).toBeGreaterThan(-2);
    expect(top).toBeLessThan(200);
    // The next Tab goes on into the section, not back to the top.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('[data-section]')?.getAttribute('data-section') ?? ''),
    ).not.toBe('ending');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.debrief-contents').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the decisions and the outcome as CSV that reads back to the same rows', async () => {
    const { page, errors } = await harness.newPage();
    await openDebrief(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: WHY_TEXT.debrief.download }).click(),
    ]);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    const rows = parseCsv(csv);
    const expected = debriefRows(debrief).map((row) =>
      row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
    );
    expect(rows).toEqual(expected);
    expect(rows).toHaveLength(debrief.months.length + 1);
    expect(rows[0]).toEqual(WHY_TEXT.debrief.csvColumns);
    expect(rows.at(-1)?.at(-1)).toContain(debrief.ending?.title ?? '(no ending)');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints to an A4 PDF without buttons, whose text says what the game did', async () => {
    const { page, errors } = await harness.newPage();
    await openDebrief(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.debrief-actions').isVisible()).toBe(false);
    expect(await page.locator('#demo-bar').isVisible()).toBe(false);
    expect(await page.locator('.debrief').evaluate((n) => getComputedStyle(n).color)).toBe('rgb(0, 0, 0)');
    const file = join(SHOTS, 'debrief-a4.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    expect(pdfPageSize(file)).toMatch(/\(A4\)/);
    const text = pdfText(file);
    expect(text).toContain(flat(debrief.ending?.title ?? '(no ending)'));
    const first = debrief.months.find((m) => m.firstDivergence);
    expect(text).toContain(flat(`Your class first left history's path in ${first?.label}.`));
    for (const crisis of debrief.crises) {
      const label = debrief.months.find((m) => m.month === crisis.month)?.label ?? '';
      expect(text).toContain(flat(`${label}: ${crisis.title}`));
      for (const verdict of crisis.verdicts) expect(text).toContain(flat(verdictWords(verdict)));
    }
    for (const question of scenario.questions) expect(text).toContain(flat(question));
    // The teacher panel's notes and questions for each crisis of the game, with their sources: a teacher with one
    // projected screen reads them here before the lesson (the README's lesson plan).
    const crisisPoints = debrief.crises.flatMap((crisis) => {
      const point = TEACHER_NOTES.points[`crisis:${crisis.move}`];
      return point === undefined ? [] : [{ crisis, point }];
    });
    expect(crisisPoints.length).toBeGreaterThan(0);
    for (const { crisis, point } of crisisPoints) {
      // Headed as this game met the crisis, in its month (the notes' own label gives history's).
      const label = debrief.months.find((m) => m.month === crisis.month)?.label ?? '';
      expect(text).toContain(flat(`${crisis.title}, ${label}`));
      for (const item of [...point.notes, ...point.questions]) expect(text).toContain(flat(item.text));
    }
    // Each question once: the scenario's own, under the questions for discussion, not again among the notes.
    for (const question of scenario.questions) expect(text.split(flat(question)).length - 1).toBe(1);
    // A page break before each long section (the months, the rolls, the crises, the questions), and few pages
    // for a class's pile of printouts: the rolls run on from page to page, and the notes and sources follow the
    // questions: 25 pages for this game of 53 months, where each roll and each section began a page (33).
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBeLessThanOrEqual(27);
    await page.screenshot({ path: join(SHOTS, 'debrief-print.png'), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints on Letter paper when the class chooses it', async () => {
    const { page, errors } = await harness.newPage();
    await openDebrief(page);
    await page.getByRole('combobox', { name: WHY_TEXT.debrief.paper }).selectOption('letter');
    const file = join(SHOTS, 'debrief-letter.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true });
    expect(pdfPageSize(file)).toMatch(/\(letter\)/);
    expect(pdfText(file)).toContain(flat(debrief.ending?.title ?? '(no ending)'));
    expect(errors).toEqual([]);
    await page.close();
  });
});
