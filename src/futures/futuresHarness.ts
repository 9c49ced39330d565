/**
 * Harness for the futures page's browser test and `npm run bench:futures`:
 * `futures.html` built alone (its worker included), served, in Chromium.
 */
import { type PageHarness, startPageHarness } from '../testing/browser';

export interface FuturesHarness extends PageHarness {
  /** The futures page's address. */
  readonly url: string;
}

/** Build `futures.html` into a temporary folder, serve it, and start Chromium. */
export async function startFuturesHarness(): Promise<FuturesHarness> {
  const harness = await startPageHarness({
    name: 'futures',
    pages: { futures: 'futures.html' },
    viewport: { width: 1400, height: 900 },
  });
  return { ...harness, url: `${harness.base}futures.html` };
}
