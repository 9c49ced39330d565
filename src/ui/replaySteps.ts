/**
 * What a step of the replay tells of its month's log: the month's step, all of it; the crisis's step, what
 * followed the month's (its answer, its outcome), not the month's dispatches again: neither its events nor a
 * side's own initiatives told as the player's (`diverged`), which the month's step told.
 */
import type { LogEntry } from '../engine';

export function stepEntries(entries: readonly LogEntry[], crisis: boolean): readonly LogEntry[] {
  return crisis ? entries.filter((e) => e.kind !== 'event' && e.kind !== 'diverged') : entries;
}
