/**
 * Schemas of the world model's data in `scenarios/model/`: parameters,
 * actors and their decision rules, governments, historical events, German
 * moves, the convention's clauses, and the endings. Every number that is a
 * fact carries a source from ../shared/history; every other number is marked
 * as the model's assumption. The schemas refuse one with neither.
 */
import { z } from 'zod';
import { lazily } from '../memo';
import type { COUNTRY_IDS } from '../rules/types';
import { dayOrMonthString, isoDateString, yearMonthString } from '../validation';
import {
  actorId,
  type Condition,
  clauseId,
  conditionSchema,
  countryId,
  type Effects,
  effectsSchema,
  type GovernedCountry,
  type GovernmentIds,
  levelId,
} from '../world/changes';
import { APPROVERS, CONVENTION_PHASES } from '../world/worldState';
import { FACTOR_IDS } from './factorIds';

export {
  actorId,
  type Condition,
  clauseId,
  conditionSchema,
  countryId,
  type Effects,
  effectsSchema,
  type GovernedCountry,
  type GovernmentIds,
  levelId,
};

const yearMonth = lazily(() => yearMonthString());
const dayOrMonth = lazily(() => dayOrMonthString());
const level = lazily(() => z.number().int().min(0).max(100));
const text = lazily(() => z.string().min(1));

/** Where a number or fact comes from: a source in ../shared/history, or the model's own assumption. */
const provenance = lazily(() => ({
  source: text.optional(),
  assumption: text.optional(),
}));

function hasProvenance(value: object): boolean {
  return Reflect.get(value, 'source') !== undefined || Reflect.get(value, 'assumption') !== undefined;
}

/** A strict object that must say where its numbers come from. */
export function sourced<T extends z.core.$ZodLooseShape>(shape: T) {
  return z
    .strictObject({ ...shape, ...provenance })
    .refine((v: object) => hasProvenance(v), { message: 'needs a source or an assumption' });
}

export const factorId = lazily(() => z.enum(FACTOR_IDS));

/** One weighted reason in a decision: `weight × factor / 100` points, explained by `label`. */
export const termSchema = lazily(() =>
  sourced({
    factor: factorId,
    weight: z.number().int().min(-200).max(200),
    label: text,
  }),
);
export type Term = z.infer<typeof termSchema>;

/**
 * A decision rule: a score of `bias` plus each term. `threshold`: yes when the
 * score is at least 0. `chance`: the score, clamped to [min, max], is the
 * percentage chance of yes, and the seeded die decides.
 */
export const ruleSchema = lazily(() =>
  z.strictObject({
    label: text,
    mode: z.enum(['threshold', 'chance']),
    bias: sourced({ value: z.number().int().min(-200).max(200) }),
    terms: z.array(termSchema),
    min: z.number().int().min(0).max(100).optional(),
    max: z.number().int().min(0).max(100).optional(),
  }),
);
export type Rule = z.infer<typeof ruleSchema>;

/** A monthly drift of a level: `rule`'s score divided by `divisor`, rounded, clamped to ±`limit`. */
export const driftSchema = lazily(() =>
  z.strictObject({
    level: levelId,
    rule: ruleSchema,
    divisor: z.number().int().min(1),
    limit: z.number().int().min(1).max(100),
  }),
);

const actorSchema = lazily(() =>
  z.strictObject({
    name: text,
    start: sourced({ stance: z.number().int().min(-100).max(100), trust: level }),
    decisions: z.record(text, ruleSchema),
    monthly: z.array(driftSchema),
  }),
);
export type ActorModel = z.infer<typeof actorSchema>;

export const actorsFileSchema = lazily(() =>
  z.strictObject({
    $comment: text,
    version: z.literal(1),
    actors: z.record(actorId, actorSchema),
  }),
);

export const eventSchema = lazily(() =>
  sourced({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: text,
    date: dayOrMonth,
    /** fixed: happens on its date unless switched off or `unless` holds; contingent: may happen while its window is open. */
    kind: z.enum(['fixed', 'contingent']),
    text: text,
    /**
     * A German move (moves.json) whose crisis the event belongs to (Moscow's answer to Beneš in the Sudeten crisis):
     * dispatched as that crisis opens, in whatever month Germany moves, and never without it; its date is history's.
     */
    during: z.string().optional(),
    requires: z.array(conditionSchema).optional(),
    /** A fixed event does not happen if any of these holds: the world has diverged enough. */
    unless: z.array(conditionSchema).optional(),
    /** A contingent event: the last month it may still happen. */
    until: yearMonth.optional(),
    chance: ruleSchema.optional(),
    effects: effectsSchema,
    confidence: z.enum(['C', 'S', 'U']).optional(),
    /** The timeline gives its day as uncertain (17 March 1938, "U (exact day)"), or the month alone and the day is the project's (21 October 1935): the day is told with "about". */
    dayUncertain: z.literal(true).optional(),
    /**
     * A decision of one side's own government (Moscow's offer of February 1937): in a game played as that side the
     * player decides by its own orders, so the event never rolls or happens there, and the log tells it as history's.
     */
    decidedBy: z.enum(['france', 'ussr']).optional(),
    /**
     * A decision of that government the model still takes in a game played as that side (the Molotov-Ribbentrop
     * Pact: the player's orders move its odds, not the decision): the log says so to that side's player.
     */
    modelDecides: z.enum(['france', 'ussr']).optional(),
  }),
);
export type HistoricalEvent = z.infer<typeof eventSchema>;

export const eventsFileSchema = lazily(() =>
  z.strictObject({
    $comment: text,
    version: z.literal(1),
    events: z.array(eventSchema),
  }),
);

export const governmentsFileSchema = lazily(() =>
  z.strictObject({
    $comment: text,
    version: z.literal(1),
    governments: z.record(
      text,
      sourced({
        country: z.enum(['france', 'uk', 'ussr', 'romania']),
        name: text,
        from: dayOrMonth,
        /**
         * How it is named before `from`, in the months the model already follows its line (Laval's from May
         * 1935, when he was Foreign Minister under Flandin): never as in office before it was.
         */
        before: text.optional(),
        /** How far this government favours the convention and the eastern commitment (0-100). */
        conventionSupport: level,
        confidence: z.enum(['C', 'S', 'U']).optional(),
      }),
    ),
  }),
);

export const moveSchema = lazily(() =>
  sourced({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: text,
    historical: isoDateString(),
    /** The first month the move can be made: its opportunity. */
    opens: yearMonth,
    requires: z.array(conditionSchema),
    /** The legal incident the move is, for the rules. */
    incident: z.strictObject({
      kind: z.enum(['threat', 'attack', 'zone-violation']),
      victim: countryId,
      target: z.enum(['own-territory', 'ally', 'other']),
    }),
    /** The chance, each month from `opens`, that Germany goes ahead. */
    attempt: ruleSchema,
    /** When the move is met by force: the chance Germany backs down rather than fights. */
    backDown: ruleSchema,
    /** Who is attacked and who may answer: the states a war over this move would involve. */
    defenders: z.array(countryId),
    effects: z.strictObject({ done: effectsSchema, deterred: effectsSchema }),
    /** Historical moves end the game when they start a war (Poland, September 1939). */
    war: z.boolean(),
    /**
     * What each government did besides the answer the game scripts for it (`historicalChoices.crises`), in a
     * clause the log adds to "as its government did": France's Council referral behind its "stand aside" of
     * March 1936, the Red Army's entry into Poland behind the USSR's of September 1939.
     */
    /** What each government did besides its answer in history, and Britain as a Locarno guarantor (`uk`, its own sources). */
    historicalAnswers: z
      .strictObject({
        france: text.optional(),
        ussr: text.optional(),
        uk: z.strictObject({ text, source: text }).optional(),
        source: text,
      })
      .optional(),
    /**
     * What the League Council did in history over this move, where it sat on it (the Rhineland: a finding
     * under Locarno, not a vote under Art. 16): the Council chamber shows it beside the game's own vote.
     */
    historicalCouncil: z.strictObject({ text, source: text }).optional(),
    /**
     * What came of the move in history, in the timeline's words (the Munich Agreement, the declarations of war of
     * 3 September 1939): a crisis's outcome in the game is told beside it, so that a class reads both.
     */
    historicalOutcome: z.strictObject({ text, source: text }).optional(),
  }),
);
export type GermanMove = z.infer<typeof moveSchema>;

export const movesFileSchema = lazily(() =>
  z.strictObject({
    $comment: text,
    version: z.literal(1),
    moves: z.array(moveSchema),
  }),
);

const valuationSchema = lazily(() => sourced({ values: z.array(z.number().int().min(-100).max(100)) }));

export const conventionFileSchema = lazily(() =>
  z.strictObject({
    $comment: text,
    version: z.literal(1),
    /** The words of the offer and draft reasons in the log: prose, so neither source nor assumption. */
    labels: z.strictObject({
      $comment: text,
      approvers: z.record(z.enum(APPROVERS), text),
      offer: text,
      draft: text,
      draftWorst: text,
    }),
    clauses: z.record(clauseId, sourced({ label: text, options: z.array(text).min(2) })),
    /** How each side values each option of each clause (same order as the options). */
    valuations: z.record(z.enum([...APPROVERS, 'uk', 'poland']), z.record(clauseId, valuationSchema)),
    /** Rules for the other side's answer to an offer and for the approvals. */
    rules: z.strictObject({
      acceptAt: sourced({ value: z.number().int() }),
      counterAt: sourced({ value: z.number().int() }),
      minStaffTalkMonths: sourced({ value: z.number().int().min(0) }),
      stallResumeChance: sourced({ value: level }),
      credibilityPerMonthOfTalks: sourced({ value: level }),
      trustPerAgreedClause: sourced({ value: level }),
    }),
  }),
);

/**
 * When something happened, for an ending's predicate: `null` never; `true` at
 * some month; `{ from, before }` in a month from `from` (inclusive) to
 * `before` (exclusive), either bound optional.
 */
export type MonthTest = null | true | { readonly from?: string; readonly before?: string };
const monthTest: z.ZodType<MonthTest> = lazily(() =>
  z.union([z.null(), z.literal(true), z.strictObject({ from: yearMonth.optional(), before: yearMonth.optional() })]),
);

const moveStatus = lazily(() => z.enum(['pending', 'done', 'met', 'deterred', 'cancelled']));

/** A condition on one resolved crisis (`world.crises`): every field given must hold. */
export interface CrisisTest {
  readonly move?: string;
  readonly month?: MonthTest;
  /** Resolved in or after the month the convention was signed (false if it never was). */
  readonly sinceConventionSigned?: true;
  readonly result?: readonly ('unopposed' | 'deterred' | 'war')[];
  /** Every one of these states met the move. */
  readonly metBy?: readonly (typeof COUNTRY_IDS)[number][];
  /** At least one of these states did not meet the move. */
  readonly notMetByAll?: readonly (typeof COUNTRY_IDS)[number][];
  /** The convention's phase at the time was one of these. */
  readonly convention?: readonly string[];
  /** Poland or Romania let Soviet forces pass. */
  readonly transitGranted?: true;
  /** Britain's verdict as a guarantor was one of these. */
  readonly uk?: readonly ('lawful' | 'violation-flagrant' | 'violation-nonflagrant' | 'no-view')[];
}
const crisisTest: z.ZodType<CrisisTest> = lazily(() =>
  z.strictObject({
    move: text.optional(),
    month: monthTest.optional(),
    sinceConventionSigned: z.literal(true).optional(),
    result: z
      .array(z.enum(['unopposed', 'deterred', 'war']))
      .min(1)
      .optional(),
    metBy: z.array(countryId).min(1).optional(),
    notMetByAll: z.array(countryId).min(1).optional(),
    convention: z.array(z.enum(CONVENTION_PHASES)).min(1).optional(),
    transitGranted: z.literal(true).optional(),
    uk: z
      .array(z.enum(['lawful', 'violation-flagrant', 'violation-nonflagrant', 'no-view']))
      .min(1)
      .optional(),
  }),
);

/**
 * A predicate over the final world, for the endings (`scenarios/model/endings.json`):
 * combinators `all`, `any`, `not`; the months things happened (`lastMonth`, the
 * convention's signature and entry into force, the Soviet-German deal, the triple
 * alliance, the war); the war's allies and the move it began over; a German
 * move's outcome; a resolved crisis.
 */
export type EndingPredicate =
  | { readonly all: readonly EndingPredicate[] }
  | { readonly any: readonly EndingPredicate[] }
  | { readonly not: EndingPredicate }
  | { readonly lastMonth: MonthTest }
  | { readonly conventionSigned: MonthTest }
  | { readonly conventionInForce: MonthTest }
  | { readonly sovietGermanDeal: MonthTest }
  | { readonly tripleAlliance: MonthTest }
  | { readonly war: MonthTest }
  | { readonly alliesInclude: readonly (typeof COUNTRY_IDS)[number][] }
  | { readonly alliesIncludeAny: readonly (typeof COUNTRY_IDS)[number][] }
  | { readonly warOver: readonly string[] }
  | { readonly move: string; readonly status: readonly z.infer<typeof moveStatus>[]; readonly month?: MonthTest }
  | { readonly crisis: CrisisTest };
/**
 * A fresh schema of an ending's predicate, recursive through `z.lazy`, whose
 * union is built the first time it parses. The data is read with the one made
 * at import (`endingPredicateSchema`); a test makes its own, so that the union
 * is built inside the test (a mutation run switches mutants on only there).
 */
export function makeEndingPredicateSchema(): z.ZodType<EndingPredicate> {
  const self: z.ZodType<EndingPredicate> = z.lazy(() =>
    z.union([
      z.strictObject({ all: z.array(self).min(1) }),
      z.strictObject({ any: z.array(self).min(1) }),
      z.strictObject({ not: self }),
      z.strictObject({ lastMonth: monthTest }),
      z.strictObject({ conventionSigned: monthTest }),
      z.strictObject({ conventionInForce: monthTest }),
      z.strictObject({ sovietGermanDeal: monthTest }),
      z.strictObject({ tripleAlliance: monthTest }),
      z.strictObject({ war: monthTest }),
      z.strictObject({ alliesInclude: z.array(countryId).min(1) }),
      z.strictObject({ alliesIncludeAny: z.array(countryId).min(1) }),
      z.strictObject({ warOver: z.array(text).min(1) }),
      z.strictObject({ move: text, status: z.array(moveStatus).min(1), month: monthTest.optional() }),
      z.strictObject({ crisis: crisisTest }),
    ]),
  );
  return self;
}
export const endingPredicateSchema: z.ZodType<EndingPredicate> = lazily(() => makeEndingPredicateSchema());

export const endingsFileSchema = lazily(() =>
  z.strictObject({
    $comment: text,
    version: z.literal(2),
    endings: z.array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        title: text,
        text: text,
        historians: text,
        historical: z.boolean(),
        /** What the final world must be for this ending: every ending's text is true of every world it accepts. */
        when: endingPredicateSchema,
        /**
         * Where `text` offers alternatives ("went to war … or stood aside …"), which one this game took: each
         * case's sentence is shown where its condition holds, and exactly one holds of every world the ending accepts.
         */
        cases: z.array(z.strictObject({ when: endingPredicateSchema, text })).optional(),
        /** Why each claim of the text is encoded as it is. */
        $comment: text.optional(),
        /**
         * Where the ending is not reached in 1% of some shipped policy's games (over every
         * scenario) for a role, why: a deliberately rare catch-all, or a world that role cannot make.
         */
        rare: z.strictObject({ france: text.optional(), ussr: text.optional() }).optional(),
      }),
    ),
  }),
);

export const modelFileSchema = lazily(() =>
  z.strictObject({
    $comment: text,
    version: z.literal(1),
    levels: z.record(levelId, sourced({ start: level, meaning: text })),
    start: sourced({
      month: yearMonth,
      governments: z.strictObject({ france: text, uk: text, ussr: text, romania: text }),
      conventionCredibility: level,
    }),
    capitalPerMonth: sourced({ value: z.number().int().min(1).max(10) }),
    actions: z.record(text, sourced({ cost: z.number().int().min(0).max(10), effects: effectsSchema.optional() })),
    /**
     * Moscow's initiatives for collective security (`diplomacy.collectiveSecurity`): whether London and Paris take
     * the proposal up (`answer`, a chance rule), and what follows either way.
     */
    collectiveSecurity: sourced({ answer: ruleSchema, answered: effectsSchema, rebuffed: effectsSchema }),
    deterrence: z.strictObject({
      terms: z.array(termSchema),
      /** What the legal engine's answer is worth to the factors `frenchHelpOwed` and `sovietHelpDeliverable`. */
      legal: sourced({
        frenchHelpOwed: z.strictObject({ rendered: level, owed: level }),
        sovietHelpDeliverable: z.strictObject({ militaryRendered: level, rendered: level, owed: level }),
      }),
    }),
    westernCredibility: z.strictObject({ terms: z.array(termSchema) }),
    diminishing: sourced({
      keepPercent: z.strictObject({
        'diplomacy.demarche': level,
        'diplomacy.reassureBritain': level,
        'diplomacy.collectiveSecurity': level,
        'domestic.rally': level,
      }),
      forgetAfterMonths: z.number().int().min(1).max(60),
    }),
    transit: sourced({
      start: z.strictObject({ poland: level, romania: level }),
      grantedAt: level,
      /**
       * Transit states that let the Red Army pass whenever it is asked, whatever their
       * level: none in history (actors.md: Poland and Romania refused); a rule variant may name one.
       */
      alwaysGrants: z.array(z.enum(['poland', 'romania'])),
      /** Below `grantedAt`, a transit state at or above this level is wavering (the game's record says so). */
      waveringAt: level,
      demarcheGain: z.number().int(),
      demarcheChance: level,
      /** How far démarches alone can soften each transit state, and what lifts that ceiling. */
      demarcheCeiling: z.strictObject({
        alone: z.strictObject({ poland: level, romania: level }),
        withBritain: z.strictObject({ poland: level, romania: level }),
        britishCommitmentAt: level,
        conventionTransitOption: z.strictObject({
          poland: z.number().int().min(0).max(3),
          romania: z.number().int().min(0).max(3),
        }),
      }),
      ceilingSource: text,
      ceilingAssumption: text,
    }),
    crisis: z.strictObject({
      ukVerdict: ruleSchema,
      italyVerdict: ruleSchema,
      councilRecommends: ruleSchema,
      frenchParliament: ruleSchema,
      verdictBands: sourced({ lawfulAt: z.number().int(), violationAt: z.number().int() }),
      ukJoinsAt: sourced({ value: level }),
      /** The victims a side's mobilisation commits it to fight for (the model's reading of 1938 and 1939). */
      mobilisationBinds: sourced({ france: z.array(countryId), ussr: z.array(countryId) }),
      /** The share (%) of its coalition weight a mobilisation that commits to nothing carries in Germany's eyes. */
      mobilisationWeighs: sourced({ value: z.number().int().min(0).max(100) }),
      /** The sides whose mobilisation weighs only where passage is granted this crisis: forces that cannot reach Germany. */
      mobilisationNeedsPassage: sourced({ sides: z.array(z.enum(['france', 'ussr'])) }),
    }),
    coalition: sourced({ weights: z.partialRecord(countryId, z.number().int().min(0).max(100)) }),
    endings: sourced({
      historicalWar: yearMonth,
      historicalDeal: yearMonth,
      dealDriftAt: level,
      earlyDealFrom: yearMonth,
      tripleAllianceFrom: yearMonth,
    }),
  }),
);
