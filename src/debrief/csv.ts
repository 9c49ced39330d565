/**
 * The debrief as CSV for a spreadsheet (issue 14 §6): one row per month (the
 * month, the class's orders, history's choices, whether they differ, the
 * events, the crisis, the verdicts, the key rolls' odds) and the outcome on
 * the last month's row; in a game of delegations, one block of months per
 * side, with a last column naming the side, then a row for each answer of a further delegation (Poland, Romania,
 * Czechoslovakia, Britain) beside history's. RFC 4180: comma-separated, CRLF line ends, a field
 * quoted when it holds a comma, a quote or a line break. A cell a spreadsheet
 * would read as a formula (starting with = + - @, a tab or a carriage return)
 * is prefixed with an apostrophe.
 */
import type { Debrief } from '../engine';
import { fill, WHY_TEXT, type WhyText } from '../why/text';
import {
  citationWords,
  classWords,
  crisisWords,
  eventsWords,
  furtherHistory,
  furtherQuestion,
  historyWords,
  keyRollWords,
  verdictWords,
} from './words';

/** The characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, safe from formula injection and quoted as RFC 4180 requires. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows of cells as CSV text, each line ended by CRLF. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** One side's months as rows of cells (no header), the outcome on its last month's row. */
function monthRows(debrief: Debrief, months: Debrief['months'], role: Debrief['role'], t: WhyText): string[][] {
  const d = t.debrief;
  const last = months.at(-1)?.month;
  return months.map((month) => [
    month.month,
    classWords(month, role, t),
    historyWords(month, role, t),
    month.diverged ? d.csvYes : d.csvNo,
    eventsWords(month, t).join('; '),
    month.crises.map((c) => crisisWords(c, role, t)).join(' | '),
    month.crises.flatMap((c) => c.verdicts.map((v) => `${verdictWords(v, t)} [${citationWords(v, t)}]`)).join(' | '),
    month.keyRolls.map((r) => keyRollWords(r, t)).join('; '),
    month.month === last && debrief.ending !== null
      ? fill(d.csvEnding, { title: debrief.ending.title, month: month.label })
      : '',
  ]);
}

/**
 * The debrief's months as rows of cells (a header first), before quoting. In a
 * game of delegations, one block of months per side (the world's role first),
 * each row ending with a column saying whose it is (`delegations.csvSide`).
 */
export function debriefRows(debrief: Debrief, t: WhyText = WHY_TEXT): string[][] {
  const d = t.debrief;
  if (debrief.sides === undefined) return [[...d.csvColumns], ...monthRows(debrief, debrief.months, debrief.role, t)];
  const g = d.delegations;
  return [
    [...d.csvColumns, g.csvSide],
    ...debrief.sides.flatMap((side) =>
      monthRows(debrief, side.months, side.role, t).map((row) => [...row, g.names[side.role]]),
    ),
    ...furtherRows(debrief, t),
  ];
}

/**
 * The further delegations' answers, one row each, in the columns of the months' rows: the month, the question and
 * the answer, history's, whether they differ (empty where history gave no such answer), the crisis, and whose.
 */
function furtherRows(debrief: Debrief, t: WhyText): string[][] {
  const d = t.debrief;
  const differs = (value: boolean | null) => (value === null ? '' : value ? d.csvYes : d.csvNo);
  return (debrief.furtherAnswers ?? []).map((answer) => [
    answer.month,
    `${furtherQuestion(debrief, answer, t)}: ${answer.answerLabel}`,
    furtherHistory(answer),
    differs(answer.differs),
    '',
    debrief.crises.find((c) => c.move === answer.move && c.month === answer.month)?.title ?? '',
    '',
    '',
    '',
    d.further[answer.by],
  ]);
}

/** The debrief as CSV text: the decisions month by month, and the outcome. */
export function debriefCsv(debrief: Debrief, t: WhyText = WHY_TEXT): string {
  return csvText(debriefRows(debrief, t));
}

/** Read CSV text back into rows of cells (RFC 4180), undoing the quoting but not the apostrophe. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
