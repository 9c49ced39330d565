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
  type CountryId,
  type CrisisRecord,
  countryWords,
  listWords,
  locarnoHeadline,
  MOVES,
  type PathStep,
  REASONS,
  TREATY_IDS,
  TREATY_NAMES,
  type TreatyId,
  treatyHeadline,
  type WorldState,
} from '../engine';

export const HOLLOW_LINE = 'The letter owed help, practice stopped it.';

/** What came of a move neither France nor the USSR went to war over. */
export const UNOPPOSED_LINE = 'No help came: neither France nor the Soviet Union fought the move, and it went through.';

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

/** The states that stood against the move other than its victim: the help that came (none if the move went through). */
export function helpers(record: CrisisRecord): CountryId[] {
  if (record.result === 'unopposed') return [];
  const victim = MOVES.find((m) => m.id === record.move)?.incident.victim;
  return record.metBy.filter((state) => state !== victim);
}

/** Did help come to the move's victim: did any state but the victim itself stand against the move? */
export const helpCame = (record: CrisisRecord): boolean => helpers(record).length > 0;

/**
 * What came of the move, in one sentence. A victim that stood against the move itself (France at the
 * Rhineland, Czechoslovakia, Poland) is not help: it is named beside the states that helped it, or alone.
 */
export function resultLine(record: CrisisRecord): string {
  // Neither ally went to war: the victim may have resisted (Poland in 1939), but no help came to it.
  if (record.result === 'unopposed') return UNOPPOSED_LINE;
  const helped = helpers(record);
  const victim = record.metBy.find((state) => !helped.includes(state));
  const named = (states: readonly CountryId[]) => listWords(states.map((state) => countryWords(state)));
  const after = record.result === 'deterred' ? ', and Germany backed down.' : ', and it meant war.';
  if (helped.length === 0) return `No help came: ${named(record.metBy)} stood against the move alone${after}`;
  const beside = victim === undefined ? '' : ` beside ${countryWords(victim)}`;
  return record.result === 'deterred'
    ? `Help came: ${named(helped)} stood against the move${beside}${after}`
    : `Help came, and with it war: ${named(helped)} stood against the move${beside}.`;
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
          : treatyHeadline(verdicts[id], 'is', rebuilt?.legalCase.transit);
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
