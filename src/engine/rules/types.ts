/**
 * Shared vocabulary of the legal engine: countries, outcomes, reason codes,
 * assistance types and the cited steps that make up a verdict's path.
 */

/** The states that decide month by month in the world model, in the order they resolve (its actors). */
export const ACTING_COUNTRY_IDS = [
  'france',
  'ussr',
  'germany',
  'uk',
  'italy',
  'poland',
  'romania',
  'czechoslovakia',
  'belgium',
] as const;

/** Every state the legal engine knows; names and facts about them are in `scenarios/law/`. */
export const COUNTRY_IDS = [...ACTING_COUNTRY_IDS, 'austria', 'japan'] as const;
export type CountryId = (typeof COUNTRY_IDS)[number];

/**
 * The League Council's elected seats, shown as one place at the table: which
 * states held them in 1935-1939 is unconfirmed (calendar.json), so the
 * Council chamber does not name them (councilVotes.json `elected`).
 */
export const ELECTED_SEAT = 'elected';
/** A place at the Council table: a state, or the elected seats as one. */
export type SeatId = CountryId | typeof ELECTED_SEAT;

/** The three treaties every legal case gets a verdict for. */
export const TREATY_IDS = ['franco-soviet', 'czechoslovak-soviet', 'locarno'] as const;
export type TreatyId = (typeof TREATY_IDS)[number];

/** Whether a step is the treaty's (or Covenant's, or a constitution's) letter, or political and military practice. */
export type StepKind = 'letter' | 'practice';

/** How treaty-and-rules.md qualifies a reading that is not plain text of a treaty. */
export type Reading = 'ANALYSIS' | 'DECISION' | 'UNCONFIRMED';

export const ASSISTANCE_TYPES = [
  'economic',
  'air',
  'naval',
  'expeditionary_by_sea',
  'land_via_transit',
  'offensive_in_west',
] as const;
export type AssistanceType = (typeof ASSISTANCE_TYPES)[number];

/** Military help: every kind of assistance but economic help (air, naval, troops by sea or by land, an offensive). */
export const MILITARY_ASSISTANCE_TYPES: readonly AssistanceType[] = ASSISTANCE_TYPES.filter((t) => t !== 'economic');

/** True if `types` include military help: the one definition the world model and the crisis read. */
export function isMilitaryHelp(types: readonly string[]): boolean {
  return types.some((t) => MILITARY_ASSISTANCE_TYPES.some((military) => military === t));
}

export const TREATY_OUTCOMES = ['rendered', 'blocked', 'declined', 'not-applicable', 'consultation'] as const;
export type TreatyOutcome = (typeof TREATY_OUTCOMES)[number];

export const LOCARNO_OUTCOMES = ['lawful', 'violation', 'not-engaged'] as const;
export type LocarnoOutcome = (typeof LOCARNO_OUTCOMES)[number];

/** What the League Council produced: a recommendation (advice, measures, an adopted report), a report by majority only, or nothing. */
export type CouncilOutcome = 'recommendation' | 'report-only' | 'no-unanimity';

/** Reason codes: treaty-and-rules.md §5.7, plus the project's own (§5.8 allows them). Texts in `scenarios/law/reasons.json`. */
export const REASON_CODES = [
  'NOT_IN_FORCE',
  'NOT_EUROPEAN',
  'NOT_A_PARTY',
  'NOT_OWN_TERRITORY',
  'PROVOKED',
  'OUTSIDE_THREE_PARTY',
  'AGGRESSOR_IS_PARTY',
  'LOCARNO_PROTOCOL_II',
  'GUARANTOR_OPPOSED',
  'NO_PARLIAMENT_ASSENT',
  'POLITICAL_REFUSAL',
  'NO_TRANSIT',
  'NO_CONVENTION',
  'NO_FEASIBLE_ASSISTANCE',
  'NO_FRENCH_ASSISTANCE',
  'CONSULTATION_ONLY',
  'NO_FRENCH_ACTION',
  'NOT_AGAINST_LOCARNO_PARTY',
  'OUTSIDE_ART2_EXCEPTIONS',
  'NO_COUNCIL_RECOMMENDATION',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** What a rule machine's state node carries in `meta`: its citation and whether it is letter or practice. */
export interface StepMeta {
  /** The article, protocol point or source the state implements, e.g. `Covenant Art. 15 §7`. */
  readonly cite: string;
  readonly kind: StepKind;
  /** One plain sentence for players and teachers. */
  readonly summary: string;
  /** Set where treaty-and-rules.md marks the point ANALYSIS, DECISION or UNCONFIRMED. */
  readonly reading?: Reading;
  /** Event types the state waits for: where the game can pause for a fact or a choice. */
  readonly awaits?: readonly string[];
  /** On final states: the verdict the state stands for. */
  readonly verdict?: {
    readonly outcome: TreatyOutcome | LocarnoOutcome | CouncilOutcome;
    readonly reason: ReasonCode | null;
  };
}

/** What a guard of a rule machine implements: its citation, and whether it is the letter or practice. */
export interface Citation {
  readonly cite: string;
  readonly kind: StepKind;
  readonly reading?: Reading;
}

/** One step of a verdict's path: a state visited, with its citation. */
export interface PathStep {
  /** `machineId.stateName`, e.g. `francoSovietPact.obligationArises`. */
  readonly state: string;
  readonly cite: string;
  readonly kind: StepKind;
  readonly summary: string;
  readonly reading?: Reading;
  /** Facts learnt at this step (who voted, what the helper decided, a default used). */
  readonly note?: string;
}

/** How well prepared delivered help is: the military convention's effect (`scenarios/law/feasibility.json`). */
export type Delivery = 'improvised' | 'prepared' | 'planned';

export interface TreatyVerdict {
  readonly outcome: TreatyOutcome;
  readonly reason: ReasonCode | null;
  /** The state that owes help (null unless the duty arose). */
  readonly helper: CountryId | null;
  /** The kinds of help that could be delivered (empty unless rendered). */
  readonly types: readonly AssistanceType[];
  /** The letter's duty arose (the path reached the obligation): the test of a "hollow" verdict. */
  readonly owed: boolean;
  /** Practical obstacles met after the duty arose, in order (e.g. NO_TRANSIT, NO_CONVENTION). */
  readonly obstacles: readonly ReasonCode[];
  /** How prepared the help is (Franco-Soviet only), or null. */
  readonly delivery: Delivery | null;
  readonly path: readonly PathStep[];
}

export interface LocarnoVerdict {
  readonly outcome: LocarnoOutcome;
  readonly reason: ReasonCode | null;
  readonly path: readonly PathStep[];
}

export interface CaseVerdicts {
  readonly 'franco-soviet': TreatyVerdict;
  readonly 'czechoslovak-soviet': TreatyVerdict;
  readonly locarno: LocarnoVerdict;
}

/** The engine's answer to a legal case. */
export interface CaseResult {
  readonly id: string;
  readonly verdicts: CaseVerdicts;
  /** Treaties whose letter owed help that practice then blocked or declined: the hollow pact made visible. */
  readonly hollow: readonly TreatyId[];
}
