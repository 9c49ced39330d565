/**
 * The game's side of the futures workers (issue 12 §4, issue 14 §3): one pool
 * of workers for the whole page (src/futures/pool.ts: as many as the machine
 * has cores, at most four), started and warmed when the futures panel opens,
 * and a job run with a progress bar and a Cancel button. The page never waits
 * on the futures: they are played in the workers (src/futures/worker.ts).
 */

import { type ProgressHandle, renderProgress } from '../futures/chart';
import { createFuturesPool, type FuturesPool } from '../futures/pool';

let shared: FuturesPool | null = null;

/** The page's futures pool (the same workers for every panel). */
export function futuresClient(): FuturesPool {
  shared ??= createFuturesPool();
  return shared;
}

/** How a job ended: its value, or why there is none. */
export type JobEnd<T> =
  | { readonly kind: 'done'; readonly value: T }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Run `job` with a progress bar and Cancel in `container`; `state` (on
 * `owner`'s data-state) says "running", then "done", "cancelled" or "failed",
 * for a person's eye and for the tests.
 */
export async function withProgress<T>(
  container: HTMLElement,
  owner: HTMLElement,
  label: string,
  job: (signal: AbortSignal, progress: ProgressHandle) => Promise<T>,
): Promise<JobEnd<T>> {
  const controller = new AbortController();
  const progress = renderProgress(container, label, () => controller.abort());
  owner.dataset.state = 'running';
  try {
    const value = await job(controller.signal, progress);
    progress.finish('Done.');
    owner.dataset.state = 'done';
    return { kind: 'done', value };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      progress.finish('Cancelled.');
      owner.dataset.state = 'cancelled';
      return { kind: 'cancelled' };
    }
    const message = error instanceof Error ? error.message : String(error);
    progress.finish(`Failed: ${message}`);
    owner.dataset.state = 'failed';
    return { kind: 'failed', message };
  }
}

/** When the Cancel button that had the focus is gone, give the focus to `button` (the one that started the job). */
export function keepFocus(button: HTMLElement): void {
  if (document.activeElement === null || document.activeElement === document.body) button.focus();
}
