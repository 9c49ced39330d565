/**
 * What a step of the replay tells of its month's log. A month with a crisis is told in two steps: the month's
 * step, up to the crisis (its dispatches, its orders and their answers); the crisis's step, from the crisis on
 * (the events that came with it, the move, the answer, the outcome, and what rested on the move after it). Each
 * entry is told once.
 */
import { eventsDuring, type LogEntry } from '../engine';

/**
 * The dispatches a month logged after its crisis was answered: what rested on the German move, in its month
 * (the engine's `afterMoves`: the League Council's finding of 19 March 1936 after the Rhineland's crisis).
 */
export function dispatchesAfterAnswer(entries: readonly LogEntry[]): readonly LogEntry[] {
  const answered = entries.findIndex((e) => e.kind === 'crisis');
  return answered < 0 ? [] : entries.slice(answered + 1).filter((e) => e.kind === 'event' || e.kind === 'diverged');
}

/** Where a month's crisis begins in its log: the first of the events that came with it, else the move; -1 if none. */
export function crisisStart(entries: readonly LogEntry[]): number {
  const move = entries.findIndex((e) => e.kind === 'move');
  if (move < 0) return -1;
  const during = new Set(eventsDuring(entries[move]?.id ?? '').map((e) => e.id));
  let start = move;
  while (start > 0) {
    const before = entries[start - 1];
    if (before === undefined || !(before.kind === 'event' || before.kind === 'diverged') || !during.has(before.id))
      break;
    start -= 1;
  }
  return start;
}

export function stepEntries(entries: readonly LogEntry[], crisis: boolean): readonly LogEntry[] {
  const start = crisisStart(entries);
  if (start < 0) return crisis ? [] : entries;
  return crisis ? entries.slice(start) : entries.slice(0, start);
}
