/**
 * "Why did no help come?" as data, for an answered crisis: each treaty's
 * verdict in words, the step that decided it (its summary, citation and
 * kind), the reason's title, text and citation (scenarios/law/reasons.json),
 * and whether the letter owed help that practice stopped. Pure: no DOM, so
 * it is tested for every crisis in Node; `crisisLaw.ts` draws it.
 */
import {
  answeredCrisisCase,
  type CaseVerdicts,
  type CrisisRecord,
  countryName,
  locarnoHeadline,
  type PathStep,
  REASONS,
  TREATY_IDS,
  TREATY_NAMES,
  type TreatyId,
  treatyHeadline,
  type WorldState,
} from '../engine';

export const HOLLOW_LINE = 'The letter owed help, practice stopped it.';

export interface TreatyWhy {
  readonly treaty: TreatyId;
  readonly name: string;
  /** The verdict in words (the engine's headline). */
  readonly headline: string;
  /** The last step of the verdict's path: where it was decided (null if the case could not be rebuilt). */
  readonly step: PathStep | null;
  readonly reason: {
    readonly code: string;
    readonly title: string;
    readonly text: string;
    readonly source: string;
  } | null;
  readonly hollow: boolean;
}

export interface CrisisWhy {
  /** Did help come? One sentence. */
  readonly result: string;
  readonly treaties: readonly TreatyWhy[];
  /** The full verdicts, rebuilt, when they match the record (for the X-ray); null otherwise. */
  readonly verdicts: CaseVerdicts | null;
}

/** What came of the move, in one sentence. */
export function resultLine(record: CrisisRecord): string {
  if (record.result === 'unopposed') return 'No help came: no one fought the move, and it went through.';
  const who = record.metBy.map((c) => countryName(c)).join(', ');
  return record.result === 'deterred'
    ? `Help came: ${who} stood against the move, and Germany backed down.`
    : `Help came, and with it war: ${who} stood against the move.`;
}

/** `before` is the world as the crisis opened; `record` what the engine recorded when it resolved it. */
export function crisisWhy(before: WorldState, record: CrisisRecord): CrisisWhy {
  const rebuilt = answeredCrisisCase(before, record);
  const verdicts = rebuilt?.exact === true ? rebuilt.result.verdicts : null;
  const treaties = TREATY_IDS.map((id): TreatyWhy => {
    const recorded = record.verdicts[id];
    const reason = recorded.reason === null ? null : REASONS[recorded.reason];
    const headline =
      verdicts === null
        ? recorded.outcome
        : id === 'locarno'
          ? locarnoHeadline(verdicts.locarno, 'is')
          : treatyHeadline(verdicts[id], 'is');
    return {
      treaty: id,
      name: TREATY_NAMES[id],
      headline,
      step: verdicts?.[id].path.at(-1) ?? null,
      reason:
        reason === undefined || reason === null || recorded.reason === null
          ? null
          : { code: recorded.reason, title: reason.title, text: reason.text, source: reason.source },
      hollow: record.hollow.includes(id),
    };
  });
  return { result: resultLine(record), treaties, verdicts };
}
