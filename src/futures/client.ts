/**
 * The page's side of the futures worker: a promise for each batch or A/B
 * comparison, progress as it comes, and cancelling through an AbortSignal.
 *
 * @example
 * const futures = createFuturesClient();
 * const controller = new AbortController();
 * const result = await futures.run(
 *   { scenario, world: game.getSnapshot().world, runs: 1000, seed: 'lesson-4', policy: 'random' },
 *   { signal: controller.signal, onProgress: (done, runs) => bar.update(done, runs) },
 * );
 */
import type { Comparison, FuturesResult, GameAction } from '../engine';
import type { FuturesJob, FuturesRequest, FuturesResponse } from './protocol';

export interface JobOptions {
  readonly signal?: AbortSignal;
  /** Told about every 50 games, and after the last. */
  readonly onProgress?: (done: number, runs: number) => void;
  /**
   * After a cancel (the promise is rejected at once with an AbortError): told
   * when the worker has stopped, with how many futures it had played.
   */
  readonly onStopped?: (done: number) => void;
}

export interface FuturesClient {
  /** Play `job.runs` futures from `job.world` and count their endings. */
  run(job: FuturesJob, options?: JobOptions): Promise<FuturesResult>;
  /** The futures after `choiceA` against those after `choiceB`, with the same dice. */
  compare(
    job: FuturesJob & { readonly choiceA: GameAction; readonly choiceB: GameAction },
    options?: JobOptions,
  ): Promise<Comparison>;
  /** Stop the worker; every job still waiting is rejected. */
  dispose(): void;
}

/** The worker as Vite bundles it: a module worker of its own. */
export function createFuturesWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

interface Pending {
  readonly resolve: (response: FuturesResponse) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (done: number, runs: number) => void;
}

/** How many futures a job had played when the worker last spoke of it. */
function playedBy(response: FuturesResponse): number {
  switch (response.type) {
    case 'progress':
    case 'cancelled':
      return response.done;
    case 'result':
      return response.result.runs;
    case 'comparison':
      return response.comparison.a.runs;
    case 'error':
      return 0;
  }
}

/** The error a cancelled job's promise is rejected with (its `name` is "AbortError", as `fetch`'s). */
function abortError(): DOMException {
  return new DOMException('the futures were cancelled', 'AbortError');
}

/** A client for one worker, started at the first job (pass a worker of your own in tests). */
export function createFuturesClient(makeWorker: () => Worker = createFuturesWorker): FuturesClient {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  /** Cancelled jobs whose worker has not yet said it stopped. */
  const stopping = new Map<number, (done: number) => void>();

  const failAll = (error: Error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };

  const started = (): Worker => {
    if (worker !== null) return worker;
    const created = makeWorker();
    created.addEventListener('message', (event: MessageEvent<FuturesResponse>) => {
      const response = event.data;
      const stopped = stopping.get(response.id);
      if (stopped !== undefined && response.type !== 'progress') {
        stopping.delete(response.id);
        stopped(playedBy(response));
      }
      const job = pending.get(response.id);
      if (job === undefined) return;
      if (response.type === 'progress') {
        job.onProgress?.(response.done, response.runs);
        return;
      }
      pending.delete(response.id);
      job.resolve(response);
    });
    created.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      failAll(new Error(`the futures worker failed: ${event.message || 'it could not start'}`));
    });
    worker = created;
    return created;
  };

  const send = (request: FuturesRequest & { type: 'run' | 'compare' }, options: JobOptions) =>
    new Promise<FuturesResponse>((resolve, reject) => {
      const { signal, onProgress, onStopped } = options;
      if (signal?.aborted) {
        reject(abortError());
        return;
      }
      const target = started();
      const onAbort = () => {
        if (!pending.delete(request.id)) return;
        if (onStopped !== undefined) stopping.set(request.id, onStopped);
        target.postMessage({ type: 'cancel', id: request.id } satisfies FuturesRequest);
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle =
        <T>(then: (value: T) => void) =>
        (value: T) => {
          signal?.removeEventListener('abort', onAbort);
          then(value);
        };
      pending.set(request.id, { resolve: settle(resolve), reject: settle(reject), onProgress });
      target.postMessage(request);
    });

  /** The world without its event log: the futures keep none, and the page need not copy it. */
  const lean = <T extends FuturesJob>(job: T): T => ({ ...job, world: { ...job.world, log: [] } });

  const unexpected = (response: FuturesResponse): Error =>
    response.type === 'error' ? new Error(response.message) : abortError();

  return {
    async run(job, options = {}) {
      const response = await send({ type: 'run', id: nextId++, ...lean(job) }, options);
      if (response.type === 'result') return response.result;
      throw unexpected(response);
    },
    async compare(job, options = {}) {
      const response = await send({ type: 'compare', id: nextId++, ...lean(job) }, options);
      if (response.type === 'comparison') return response.comparison;
      throw unexpected(response);
    },
    dispose() {
      worker?.terminate();
      worker = null;
      stopping.clear();
      failAll(abortError());
    },
  };
}
