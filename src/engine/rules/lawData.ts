/**
 * The dated legal facts, countries, assistance table and reason texts, read
 * from `scenarios/law/` unchecked (see `shipped` in `../validation.ts`: `shippedDataProblems()`
 * checks them against these schemas in a unit test and in `npm run validate`).
 * Every fact carries a source from ../shared/history or says it is the model's assumption.
 */
import { z } from 'zod';
import calendarJson from '../../../scenarios/law/calendar.json';
import councilVotesJson from '../../../scenarios/law/councilVotes.json';
import countriesJson from '../../../scenarios/law/countries.json';
import feasibilityJson from '../../../scenarios/law/feasibility.json';
import reasonsJson from '../../../scenarios/law/reasons.json';
import { isIsoDate } from '../dates';
import { lazily } from '../memo';
import { shipped } from '../validation';
import { ASSISTANCE_TYPES, COUNTRY_IDS, ELECTED_SEAT, REASON_CODES } from './types';

const isoDate = lazily(() => z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD'));
const country = lazily(() => z.enum(COUNTRY_IDS));
const assistanceType = lazily(() => z.enum(ASSISTANCE_TYPES));
const guarantor = lazily(() => z.enum(['uk', 'italy']));

/**
 * Provenance: a source in ../shared/history (with a confidence tag), or the
 * model's own assumption, or both (a sourced fact read in a stated way).
 */
const PROVENANCE = lazily(() => ({
  source: z.string().min(1).optional(),
  confidence: z.enum(['C', 'S', 'U']).optional(),
  reading: z.enum(['ANALYSIS', 'DECISION', 'UNCONFIRMED']).optional(),
  assumption: z.string().min(1).optional(),
}));

function hasProvenance(value: object): boolean {
  return Reflect.get(value, 'source') !== undefined || Reflect.get(value, 'assumption') !== undefined;
}

/** A strict object of `shape` that also carries its provenance, and must have a source or an assumption. */
export function sourced<T extends z.core.$ZodLooseShape>(shape: T) {
  return z
    .strictObject({ ...shape, ...PROVENANCE })
    .refine((p: object) => hasProvenance(p), { message: 'needs a source or an assumption' });
}

const countriesSchema = lazily(() =>
  z.strictObject({
    $comment: z.string(),
    version: z.literal(1),
    countries: z.record(country, sourced({ name: z.string(), european: z.boolean() })),
  }),
);

export const LOCARNO_STATUSES = ['in-force', 'repudiated', 'belgium-released'] as const;
export type LocarnoStatus = (typeof LOCARNO_STATUSES)[number];

const membershipSchema = lazily(() =>
  z.union([
    sourced({
      from: isoDate.nullable(),
      until: isoDate.nullable(),
      stopsParticipating: isoDate.optional(),
    }),
    sourced({ member: z.literal(false) }),
  ]),
);

const calendarSchema = lazily(() =>
  z.strictObject({
    $comment: z.string(),
    version: z.literal(1),
    treaties: z.strictObject({
      'franco-soviet': sourced({ signed: isoDate, inForceFrom: isoDate }),
      'czechoslovak-soviet': sourced({ signed: isoDate, inForceFrom: isoDate }),
      locarno: sourced({ signed: isoDate, inForceFrom: isoDate }),
    }),
    locarnoStatus: z.array(sourced({ from: isoDate, status: z.enum(LOCARNO_STATUSES) })).min(1),
    /** The guarantors whose verdict on a French action counts, by Locarno's status (treaty-and-rules.md §5.8). */
    locarnoGuarantors: sourced({
      'in-force': z.array(guarantor),
      repudiated: z.array(guarantor),
      'belgium-released': z.array(guarantor),
    }),
    /** Protocol of Signature, point I §2: help stays due when the Council recommends nothing (a rule variant may switch it off). */
    protocolPointI: sourced({ overrideWithoutRecommendation: z.boolean() }),
    leagueMembers: z.record(country, membershipSchema),
    councilPermanent: z.array(sourced({ state: country, from: isoDate.nullable(), until: isoDate.optional() })),
    councilNonPermanent: z.strictObject({ modelled: z.literal(false), note: z.string() }),
  }),
);

const feasibilitySchema = lazily(() =>
  z.strictObject({
    $comment: z.string(),
    version: z.literal(1),
    source: z.string(),
    transitStates: z.array(country).min(1),
    routes: z.array(
      z.strictObject({
        helper: country,
        victim: country,
        always: z.array(assistanceType),
        needsTransit: z.array(assistanceType),
      }),
    ),
    /** The practical steps both treaty machines share: their summaries, facts with sources. */
    steps: z.strictObject({
      feasibility: sourced({ text: z.string().min(1) }),
      transitPoland: sourced({ text: z.string().min(1) }),
      transitRomania: sourced({ text: z.string().min(1) }),
    }),
    delivery: z.strictObject({
      none: sourced({ level: z.literal('improvised'), text: z.string() }),
      'staff-contacts': sourced({ level: z.literal('prepared'), text: z.string() }),
      signed: sourced({ level: z.literal('planned'), text: z.string() }),
    }),
  }),
);

const reasonsSchema = lazily(() =>
  z.strictObject({
    $comment: z.string(),
    version: z.literal(1),
    reasons: z.record(
      z.enum(REASON_CODES),
      z.strictObject({ kind: z.enum(['letter', 'practice']), title: z.string(), text: z.string(), source: z.string() }),
    ),
  }),
);

const voteRule = (vote: 'for' | 'against') => sourced({ vote: z.literal(vote), text: z.string().min(1) });

/** How the Council chamber gives each member a vote from the Council's result: the model's rules, with their sources. */
const councilVotesSchema = lazily(() =>
  z.strictObject({
    $comment: z.string(),
    version: z.literal(1),
    parties: sourced({ text: z.string().min(1) }),
    aggressor: voteRule('against'),
    victim: voteRule('for'),
    /** The elected seats, shown as one place: their holders are unconfirmed (calendar.json). */
    elected: sourced({ name: z.string().min(1), text: z.string().min(1) }),
    dissent: sourced({ order: z.array(z.union([country, z.literal(ELECTED_SEAT)])).min(1), text: z.string().min(1) }),
    others: voteRule('for'),
  }),
);

export const COUNTRIES = shipped(countriesSchema, countriesJson).countries;
export const CALENDAR = shipped(calendarSchema, calendarJson);
export const FEASIBILITY = shipped(feasibilitySchema, feasibilityJson);
export const REASONS = shipped(reasonsSchema, reasonsJson).reasons;
export const COUNCIL_VOTE_RULES = shipped(councilVotesSchema, councilVotesJson);

export type Calendar = typeof CALENDAR;
export type FeasibilityTable = typeof FEASIBILITY;

/** The schemas the legal data files are checked against (exported for tests and the validate command). */
export const LAW_SCHEMAS = {
  'countries.json': countriesSchema,
  'calendar.json': calendarSchema,
  'feasibility.json': feasibilitySchema,
  'reasons.json': reasonsSchema,
  'councilVotes.json': councilVotesSchema,
} as const;

/** The files as bundled, by name, before any check: what `shippedDataProblems()` checks. */
export const LAW_FILES: Readonly<Record<keyof typeof LAW_SCHEMAS, unknown>> = {
  'countries.json': countriesJson,
  'calendar.json': calendarJson,
  'feasibility.json': feasibilityJson,
  'reasons.json': reasonsJson,
  'councilVotes.json': councilVotesJson,
};
