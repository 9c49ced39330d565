/**
 * Which actors' stance toward the pact moved between two worlds of one game,
 * and the log entries that moved it (issue 12 §3: "on the map, an actor's
 * stance change shows its main reason on hover"). A stance moves only by the
 * effects of the model's data: a dated event (`events.json`), an order
 * (`model.json` actions) or a crisis's end (`moves.json`); each new log entry
 * is matched to the stance effect its data gives the actor, the largest first.
 * Pure: it changes nothing in how a game plays.
 */
import type { LogEntry } from '../log/types';
import { EVENTS, MODEL, MOVES } from '../model/modelData';
import type { Effects } from '../model/modelSchemas';
import { ACTOR_IDS, type ActorId, type WorldState } from '../world/worldState';

export interface StanceCause {
  readonly entry: LogEntry;
  /** The stance points the entry's data gives the actor (before any repetition discount). */
  readonly delta: number;
}

export interface StanceChange {
  readonly state: ActorId;
  readonly from: number;
  readonly to: number;
  /** The new entries that moved it, the largest effect first: the first is the main reason. */
  readonly causes: readonly StanceCause[];
}

/** The effects the data gives a log entry, if it is an event, an order or a crisis's end. */
function effectsOf(entry: LogEntry): Effects | undefined {
  if (entry.kind === 'event') return EVENTS.find((e) => e.id === entry.id)?.effects;
  if (entry.kind === 'action') return MODEL.actions[entry.id]?.effects;
  if (entry.kind === 'crisis') {
    const move = MOVES.find((m) => entry.id.startsWith(`${m.id}-`));
    if (move === undefined) return undefined;
    return entry.id.endsWith('-deterred') ? move.effects.deterred : move.effects.done;
  }
  return undefined;
}

/** The entries `after` logged since `before` (the same game, later). */
export function newEntries(before: WorldState, after: WorldState): LogEntry[] {
  const seen = new Map(before.log.map((m) => [m.month, m.entries.length]));
  return after.log.flatMap((m) => m.entries.slice(seen.get(m.month) ?? 0));
}

/** Every actor whose stance differs between `before` and `after`, with the entries that moved it. */
export function stanceChanges(before: WorldState, after: WorldState): StanceChange[] {
  const entries = newEntries(before, after);
  const changes: StanceChange[] = [];
  for (const state of ACTOR_IDS) {
    const from = before.actors[state].stance;
    const to = after.actors[state].stance;
    if (from === to) continue;
    const causes = entries
      .map((entry) => ({ entry, delta: effectsOf(entry)?.stance?.[state] ?? 0 }))
      .filter((c) => c.delta !== 0)
      .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
    changes.push({ state, from, to, causes });
  }
  return changes;
}
