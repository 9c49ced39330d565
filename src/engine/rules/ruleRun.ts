/**
 * Running a rule machine step by step with XState's pure transition functions,
 * recording every state it passes through — eventless steps included — as a
 * cited step of the path. No actor, no clock, no side effects.
 */
import {
  type AnyStateMachine,
  type ContextFrom,
  type EventFromLogic,
  getInitialMicrosteps,
  getMicrosteps,
  type InputFrom,
  type SnapshotFrom,
} from 'xstate';
import type { PathStep, StepMeta } from './types';

/** Facts learnt at a state, to be shown beside its citation. */
export type StepNote<M extends AnyStateMachine> = (state: string, context: ContextFrom<M>) => string | undefined;

/** A machine in the middle of a case: its snapshot and the path so far. */
export interface RuleRun<M extends AnyStateMachine> {
  readonly machine: M;
  readonly snapshot: SnapshotFrom<M>;
  readonly path: readonly PathStep[];
  readonly note: StepNote<M> | undefined;
}

/** The name of the (single, top-level) state a flat rule machine is in. */
export function stateName(snapshot: SnapshotFrom<AnyStateMachine>): string {
  const value: unknown = snapshot.value;
  if (typeof value !== 'string') throw new Error(`rule machines are flat; got state ${JSON.stringify(value)}`);
  return value;
}

/** The context of a rule machine's snapshot. */
export function contextOf<M extends AnyStateMachine>(snapshot: SnapshotFrom<M>): ContextFrom<M> {
  return (snapshot as unknown as { context: ContextFrom<M> }).context;
}

/** The `meta` of the state `snapshot` is in. */
export function metaOf(snapshot: SnapshotFrom<AnyStateMachine>): StepMeta {
  const name = stateName(snapshot);
  const meta: unknown = snapshot.getMeta()[`${snapshot.machine.id}.${name}`];
  if (meta === undefined) throw new Error(`state ${snapshot.machine.id}.${name} has no meta`);
  return meta as StepMeta;
}

function stepsOf<M extends AnyStateMachine>(
  machine: M,
  microsteps: ReadonlyArray<readonly [SnapshotFrom<M>, unknown]>,
  note: StepNote<M> | undefined,
): PathStep[] {
  return microsteps.map(([snapshot]) => {
    const state = stateName(snapshot);
    const meta = metaOf(snapshot);
    const text = note?.(state, contextOf<M>(snapshot));
    return {
      state: `${machine.id}.${state}`,
      cite: meta.cite,
      kind: meta.kind,
      summary: meta.summary,
      ...(meta.reading === undefined ? {} : { reading: meta.reading }),
      ...(text === undefined ? {} : { note: text }),
    };
  });
}

/** Start `machine` with `input`, recording the states it enters before its first event. */
export function startRun<M extends AnyStateMachine>(machine: M, input: InputFrom<M>, note?: StepNote<M>): RuleRun<M> {
  const microsteps = getInitialMicrosteps(machine, input) as ReadonlyArray<readonly [SnapshotFrom<M>, unknown]>;
  const last = microsteps[microsteps.length - 1];
  if (last === undefined) throw new Error(`machine ${machine.id} produced no initial state`);
  return { machine, snapshot: last[0], path: stepsOf(machine, microsteps, note), note };
}

/** The event types the run waits for now (none once it has finished). */
export function awaitsOf(run: RuleRun<AnyStateMachine>): readonly string[] {
  return isDone(run) ? [] : (metaOf(run.snapshot).awaits ?? []);
}

/** True once the run has reached a final state. */
export function isDone(run: RuleRun<AnyStateMachine>): boolean {
  return run.snapshot.status === 'done';
}

/**
 * Send one fact to the run. A fact the current state does not wait for is a
 * programming error in the caller (a fact source answers only what is asked),
 * so it throws rather than being silently dropped.
 */
export function sendFact<M extends AnyStateMachine>(run: RuleRun<M>, event: EventFromLogic<M>): RuleRun<M> {
  const awaits = awaitsOf(run);
  // Event types are strings; a non-string type is named as text and, like any unasked fact, refused.
  const type = String(event.type);
  if (!awaits.includes(type)) {
    throw new Error(
      `${run.machine.id}.${stateName(run.snapshot)} waits for ${awaits.join(' or ') || 'nothing'}, not ${type}`,
    );
  }
  const microsteps = getMicrosteps(run.machine, run.snapshot, event) as ReadonlyArray<
    readonly [SnapshotFrom<M>, unknown]
  >;
  const last = microsteps[microsteps.length - 1];
  if (last === undefined) throw new Error(`${run.machine.id}.${stateName(run.snapshot)} ignored ${type}`);
  return { ...run, snapshot: last[0], path: [...run.path, ...stepsOf(run.machine, microsteps, run.note)] };
}

/** Insert another machine's steps into this run's path (a child procedure's account, spliced where it ran). */
export function withSteps<M extends AnyStateMachine>(run: RuleRun<M>, steps: readonly PathStep[]): RuleRun<M> {
  return { ...run, path: [...run.path, ...steps] };
}

/** The verdict a finished run's final state stands for. */
export function finalVerdictOf(run: RuleRun<AnyStateMachine>): NonNullable<StepMeta['verdict']> {
  const verdict = metaOf(run.snapshot).verdict;
  if (!isDone(run) || verdict === undefined) {
    throw new Error(`${run.machine.id}.${stateName(run.snapshot)} is not a final state with a verdict`);
  }
  return verdict;
}
