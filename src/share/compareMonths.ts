/**
 * Two games side by side, month by month (issue 13 §1): any two games, of one
 * scenario or of two, lined up by calendar month rather than by turn record.
 * A month where one game had a crisis has two records in it and the other one
 * record: the world compared is the one after the month's last record, so the
 * rows stay on the same month however many crises either game had.
 */
import { compareGames, type GameFile, type Scenario } from '../engine';
import type { GameComparison } from './types';

type Row = GameComparison['rows'][number];
type Side = Row['a'];

/** Each month's last compared world of one side of a turn-by-turn comparison. */
function lastByMonth(rows: readonly Row[], side: 'a' | 'b'): Map<string, NonNullable<Side>> {
  const months = new Map<string, NonNullable<Side>>();
  for (const row of rows) {
    const world = row[side];
    if (world !== null) months.set(world.month, world);
  }
  return months;
}

/**
 * Compare `a` (of `scenarioA`) and `b` (of `scenarioB`) month by month: one row
 * per calendar month either game played, in order; `same` when both played it
 * and their worlds' hashes agree after it. The divergence is the first month
 * that is not the same (`length` where only one game played it).
 */
export function compareByMonth(a: GameFile, b: GameFile, scenarioA: Scenario, scenarioB = scenarioA): GameComparison {
  const byTurn = compareGames(a, b, scenarioA, scenarioB);
  const left = lastByMonth(byTurn.rows, 'a');
  const right = lastByMonth(byTurn.rows, 'b');
  // Months are `YYYY-MM`: their order as text is their order in time.
  const months = [...new Set([...left.keys(), ...right.keys()])].sort();
  const rows: Row[] = [];
  let divergence: GameComparison['divergence'] = null;
  months.forEach((month, index) => {
    const x = left.get(month) ?? null;
    const y = right.get(month) ?? null;
    const same = x !== null && y !== null && x.hash === y.hash;
    rows.push({ index, a: x, b: y, same });
    const at = x ?? y;
    if (!same && divergence === null && at !== null) {
      divergence = { index, turn: at.turn, month, kind: x !== null && y !== null ? 'world' : 'length' };
    }
  });
  return { divergence, rows };
}
