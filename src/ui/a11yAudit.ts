/**
 * axe-core in the browser tests: injected through the DevTools protocol (so the
 * pages' Content-Security-Policy need not let an inline script in), run with its
 * default rules, best practices included and no tag filter. Used only by
 * `*.browser.test.ts`.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE: string = createRequire(import.meta.url)('axe-core').source;

/** One violation, in a line a person can read in a test's failure. */
export interface Violation {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

declare global {
  interface Window {
    axe?: { run(context: Document, options: object): Promise<AxeResults> };
  }
}

/** Every axe-core violation on the page as it stands, of any impact. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = window.axe;
    if (axe === undefined) throw new Error('axe-core did not load');
    const run = await axe.run(document, { resultTypes: ['violations'] });
    return run.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    }));
  });
  return results;
}
