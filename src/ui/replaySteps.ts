/**
 * What a step of the replay tells of its month's log: the month's step, all of it; the crisis's step, what
 * followed the month's (its answer, its outcome, and what rested on the move after it), not the month's
 * dispatches again: neither its events nor a side's own initiatives told as the player's (`diverged`), which
 * the month's step told.
 */
import type { LogEntry } from '../engine';

/**
 * The dispatches a month logged after its crisis was answered: what rested on the German move, in its month
 * (the engine's `afterMoves`: the League Council's finding of 19 March 1936 after the Rhineland's crisis).
 */
export function dispatchesAfterAnswer(entries: readonly LogEntry[]): readonly LogEntry[] {
  const answered = entries.findIndex((e) => e.kind === 'crisis');
  return answered < 0 ? [] : entries.slice(answered + 1).filter((e) => e.kind === 'event' || e.kind === 'diverged');
}

export function stepEntries(entries: readonly LogEntry[], crisis: boolean): readonly LogEntry[] {
  if (!crisis) return entries;
  const later = new Set(dispatchesAfterAnswer(entries));
  return entries.filter((e) => later.has(e) || (e.kind !== 'event' && e.kind !== 'diverged'));
}
