/**
 * One finished game as a record for anyone who studies the results (`sim
 * --games`): its seed and ending, when each turning point happened, who fought,
 * each German move's status, the transit states' answers, and every crisis with
 * the legal engine's verdicts at resolution. Ids and codes, never sentences;
 * months are always "YYYY-MM".
 */
import { MODEL, MOVES } from './model/modelData';
import type { CountryId, LocarnoOutcome, ReasonCode } from './rules/types';
import type { MoveState, TreatyRecord, WorldState } from './world/worldState';

/** A transit state's answer, from its stance: at or above `grantedAt` it grants, at or above `waveringAt` it wavers. */
export type TransitAnswer = 'refused' | 'wavering' | 'granted';

export interface GameRecord {
  readonly seed: string;
  readonly ending: string;
  readonly endMonth: string;
  readonly conventionSigned: string | null;
  readonly conventionInForce: string | null;
  readonly sovietGermanDeal: string | null;
  readonly tripleAlliance: string | null;
  readonly war: { readonly month: string; readonly allies: readonly CountryId[] } | null;
  readonly moves: Readonly<Record<string, MoveState['status']>>;
  readonly transit: { readonly poland: TransitAnswer; readonly romania: TransitAnswer };
  readonly crises: readonly {
    readonly move: string;
    readonly month: string;
    readonly answer: string;
    readonly verdicts: {
      readonly 'franco-soviet': TreatyRecord;
      readonly 'czechoslovak-soviet': TreatyRecord;
      readonly locarno: { readonly outcome: LocarnoOutcome; readonly reason: ReasonCode | null };
    };
    readonly hollow: readonly string[];
  }[];
}

/** How a transit state answers at this level (`model.json`: `transit.grantedAt`, `transit.waveringAt`). */
export function transitAnswer(level: number): TransitAnswer {
  if (level >= MODEL.transit.grantedAt) return 'granted';
  return level >= MODEL.transit.waveringAt ? 'wavering' : 'refused';
}

/** The record of a finished game played from `seed`. */
export function gameRecord(seed: string, world: WorldState): GameRecord {
  if (world.ending === null) throw new Error(`the game from seed "${seed}" has not ended`);
  return {
    seed,
    ending: world.ending,
    endMonth: world.month,
    conventionSigned: world.conventionSigned,
    conventionInForce: world.conventionInForce,
    sovietGermanDeal: world.sovietGermanDeal,
    tripleAlliance: world.tripleAlliance,
    war: world.war === null ? null : { month: world.war.month, allies: [...world.war.allies] },
    moves: Object.fromEntries(MOVES.map((m) => [m.id, world.moves[m.id]?.status ?? 'pending'])),
    transit: { poland: transitAnswer(world.transit.poland), romania: transitAnswer(world.transit.romania) },
    crises: world.crises.map((c) => ({
      move: c.move,
      month: c.month,
      answer: c.answer,
      verdicts: c.verdicts,
      hollow: [...c.hollow],
    })),
  };
}

/** The CSV's columns, in order: the record flattened (`war` in two columns, one per move, one per transit state). */
export const GAME_RECORD_COLUMNS: readonly string[] = [
  'seed',
  'ending',
  'endMonth',
  'conventionSigned',
  'conventionInForce',
  'sovietGermanDeal',
  'tripleAlliance',
  'warMonth',
  'warAllies',
  ...MOVES.map((m) => `move.${m.id}`),
  'transit.poland',
  'transit.romania',
  'crises',
];

function csvCell(value: string | null): string {
  if (value === null) return '';
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The record as one CSV row: null is an empty cell, lists are joined by spaces, crises as `move month answer` joined by "; ". */
export function gameRecordCsvRow(record: GameRecord): string {
  const cells = [
    record.seed,
    record.ending,
    record.endMonth,
    record.conventionSigned,
    record.conventionInForce,
    record.sovietGermanDeal,
    record.tripleAlliance,
    record.war?.month ?? null,
    record.war === null ? null : record.war.allies.join(' '),
    ...MOVES.map((m) => record.moves[m.id] ?? null),
    record.transit.poland,
    record.transit.romania,
    record.crises.map((c) => `${c.move} ${c.month} ${c.answer}`).join('; '),
  ];
  return cells.map(csvCell).join(',');
}
