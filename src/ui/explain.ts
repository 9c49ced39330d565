/**
 * The one place a log entry becomes words on screen: its sentence, then the
 * factors behind it. The engine's explanations are becoming data (bias,
 * terms, chance, roll) with rendered sentences; when they do, only this file
 * changes.
 */
import type { LogEntry } from '../engine';
import { el } from './dom';

/** The factors of an entry, worded for a student: "chance 40%, rolled 9" becomes "a 40% chance; the roll was 9". */
export function factorLines(entry: Pick<LogEntry, 'factors'>): string[] {
  return (entry.factors ?? []).map((factor) =>
    factor.replace(/chance (\d+)%, rolled (\d+)/g, (_, chance: string, roll: string) => {
      const happened = Number(roll) < Number(chance);
      return `a ${chance}% chance; the roll was ${roll}, so it ${happened ? 'happened' : 'did not happen'}`;
    }),
  );
}

/** An entry as an element: its sentence, and a list of the factors behind it, if any. */
export function renderEntry(entry: LogEntry, extra: (Node | string)[] = []): HTMLElement {
  const factors = factorLines(entry);
  return el('li', { className: `entry entry-${entry.kind}`, attrs: { 'data-kind': entry.kind, 'data-id': entry.id } }, [
    el('p', { className: 'entry-text', text: entry.text }),
    ...extra,
    factors.length === 0
      ? null
      : el('details', { className: 'factors' }, [
          el('summary', { text: 'Why' }),
          el(
            'ul',
            {},
            factors.map((f) => el('li', { text: f })),
          ),
        ]),
  ]);
}
