/**
 * A legal case: one situation (who threatens or attacks whom, on what date,
 * what the Council, the guarantors and the governments answer) that the
 * assistance pipeline turns into a verdict for every treaty.
 */
import { z } from 'zod';
import { lazily } from '../memo';
import { describeValue, isoDateString, type Parsed, parseJsonText, parseWith } from '../validation';
import { LOCARNO_STATUSES } from './lawData';
import { ASSISTANCE_TYPES, COUNTRY_IDS, LOCARNO_OUTCOMES, REASON_CODES, TREATY_IDS, TREATY_OUTCOMES } from './types';

/** The earliest and latest day a case may be set on: the span the legal data covers. */
export const CASE_DATE_RANGE = { first: '1934-01-01', last: '1939-12-31' } as const;

export const INCIDENT_KINDS = ['threat', 'attack', 'zone-violation'] as const;
export const TARGETS = ['own-territory', 'ally', 'other'] as const;
export const COUNCIL_RESULTS = ['unanimous-excluding-parties', 'unanimous', 'majority-only', 'none'] as const;
export const COUNCIL_ARTICLES = [10, 11, 15, 16] as const;
export const INVITATION_ANSWERS = ['accept', 'refuse-and-war'] as const;
export const GUARANTOR_VERDICTS = ['lawful', 'violation-flagrant', 'violation-nonflagrant', 'no-view'] as const;
export const CONVENTION_LEVELS = ['none', 'staff-contacts', 'signed'] as const;
export const LOCARNO_READINGS = ['french', 'german'] as const;

export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export type Target = (typeof TARGETS)[number];
export type CouncilResult = (typeof COUNCIL_RESULTS)[number];
export type CouncilArticle = (typeof COUNCIL_ARTICLES)[number];
export type InvitationAnswer = (typeof INVITATION_ANSWERS)[number];
export type GuarantorVerdict = (typeof GUARANTOR_VERDICTS)[number];
export type ConventionLevel = (typeof CONVENTION_LEVELS)[number];
export type LocarnoReading = (typeof LOCARNO_READINGS)[number];

const country = lazily(() => z.enum(COUNTRY_IDS));

const caseDate = lazily(() =>
  isoDateString().refine((d) => d >= CASE_DATE_RANGE.first && d <= CASE_DATE_RANGE.last, {
    error: (issue) =>
      `${describeValue(issue.input)} is outside the period the legal data covers (${CASE_DATE_RANGE.first} to ${CASE_DATE_RANGE.last})`,
  }),
);

/** The states a verdict's path passes through, in order (`machineId.state`, the Council's steps included). */
const expectedPath = lazily(() =>
  z.array(z.string().regex(/^[a-zA-Z]+\.[a-zA-Z0-9]+$/, { message: 'expected machineId.state' })),
);

const expectedTreaty = lazily(() =>
  z.strictObject({
    outcome: z.enum(TREATY_OUTCOMES),
    reason: z.enum(REASON_CODES).nullable().optional(),
    helper: country.nullable().optional(),
    types: z.array(z.enum(ASSISTANCE_TYPES)).optional(),
    path: expectedPath.optional(),
  }),
);

export const legalCaseSchema = lazily(() =>
  z
    .strictObject({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'expected lower-case letters, digits and hyphens' }),
      /** A short heading for the case picker. */
      title: z.string().min(1).max(120).optional(),
      /** What the case shows, for players and teachers. */
      summary: z.string().max(2000).optional(),
      /** Where the facts of a historical case come from (../shared/history), or why it is a what-if. */
      sources: z.array(z.string().min(1)).optional(),
      date: caseDate,
      event: z.strictObject({
        kind: z.enum(INCIDENT_KINDS),
        aggressor: country,
        victim: country,
        target: z.enum(TARGETS),
        unprovoked: z.boolean(),
      }),
      council: z.strictObject({
        /** The article the Council is seized under; by default Art. 11 for a threat and Art. 16 for an attack. A non-Member aggressor is first invited under Art. 17. */
        article: z.union(COUNCIL_ARTICLES.map((a) => z.literal(a))).optional(),
        result: z.enum(COUNCIL_RESULTS),
        /** Art. 15 §10: the dispute referred to the Assembly, and whether its report was adopted. */
        assembly: z.enum(['adopted', 'not-adopted']).optional(),
      }),
      nonMember: z.strictObject({ invitation: z.enum(INVITATION_ANSWERS) }).optional(),
      guarantors: z.strictObject({ uk: z.enum(GUARANTOR_VERDICTS), italy: z.enum(GUARANTOR_VERDICTS) }),
      decisions: z.strictObject({
        franceCabinet: z.boolean(),
        frenchParliament: z.boolean(),
        sovietLeadership: z.boolean(),
        czechoslovakGovernment: z.boolean(),
        franceAssistsCzechoslovakia: z.boolean(),
      }),
      transit: z.strictObject({ poland: z.boolean(), romania: z.boolean() }),
      convention: z.enum(CONVENTION_LEVELS),
      /** Facts that override what the date gives, to reach situations history did not. */
      world: z
        .strictObject({
          treatyInForce: z.boolean().optional(),
          czechoslovakSovietInForce: z.boolean().optional(),
          locarno: z.enum(LOCARNO_STATUSES).optional(),
          leagueMembers: z.array(country).optional(),
          /** Whose reading of Locarno Art. 2 applies to Protocol I help without a Council recommendation (the German memorandum of 25 May 1935 against the French view). */
          locarnoReading: z.enum(LOCARNO_READINGS).optional(),
          /** Kinds of help this situation rules out, e.g. economic help under a blockade. */
          unavailableTypes: z.array(z.enum(ASSISTANCE_TYPES)).optional(),
          /** The guarantors whose verdict counts (a rule variant: Locarno without Italy); by default the calendar's for the status. */
          guarantors: z.array(z.enum(['uk', 'italy'])).optional(),
          /** Whether Protocol I §2 keeps help due without a recommendation (a rule variant may switch it off); by default the calendar's. */
          protocolOverride: z.boolean().optional(),
        })
        .optional(),
      /** The verdicts the case is known to produce; checked by the case tests. */
      expected: z
        .strictObject({
          'franco-soviet': expectedTreaty.optional(),
          'czechoslovak-soviet': expectedTreaty.optional(),
          locarno: z
            .strictObject({
              outcome: z.enum(LOCARNO_OUTCOMES),
              reason: z.enum(REASON_CODES).nullable().optional(),
              path: expectedPath.optional(),
            })
            .optional(),
          hollow: z.array(z.enum(TREATY_IDS)).optional(),
        })
        .optional(),
    })
    .superRefine((c, ctx) => {
      const problem = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      if (c.event.aggressor === c.event.victim) {
        problem(['event', 'victim'], 'the victim must differ from the aggressor');
      }
      if (c.event.kind === 'zone-violation') {
        if (c.event.aggressor !== 'germany') {
          problem(
            ['event', 'aggressor'],
            `only Germany can breach the demilitarised Rhineland (Versailles Arts. 42-43), got "${c.event.aggressor}"`,
          );
        }
        if (c.event.victim !== 'france' && c.event.victim !== 'belgium') {
          problem(
            ['event', 'victim'],
            `a zone violation is directed against France or Belgium (Locarno Art. 4), got "${c.event.victim}"`,
          );
        }
        if (c.event.target !== 'other') {
          problem(
            ['event', 'target'],
            `the zone is German territory, not the victim's: expected "other", got "${c.event.target}"`,
          );
        }
      }
      if (c.council.assembly !== undefined && c.council.article !== 15) {
        problem(
          ['council', 'assembly'],
          'only a dispute under Art. 15 can be referred to the Assembly (Art. 15 §10): set council.article to 15',
        );
      }
      if (
        c.event.kind === 'threat' &&
        c.council.article !== undefined &&
        c.council.article !== 10 &&
        c.council.article !== 11
      ) {
        problem(['council', 'article'], `a threat goes to the Council under Art. 10 or 11, got ${c.council.article}`);
      }
      if (c.event.kind !== 'threat' && (c.council.article === 10 || c.council.article === 11)) {
        problem(
          ['council', 'article'],
          `an attack is dealt with under Art. 15 or 16 (Art. 17 for a non-Member), got ${c.council.article}`,
        );
      }
    }),
);

export type LegalCase = z.infer<typeof legalCaseSchema>;

/** Validate an already-parsed value as a legal case. */
export function parseLegalCase(data: unknown): Parsed<LegalCase> {
  return parseWith(legalCaseSchema, data);
}

/** Validate the text of a case file: JSON first, then the schema. */
export function parseLegalCaseText(text: string): Parsed<LegalCase> {
  const json = parseJsonText(text);
  return json.ok ? parseLegalCase(json.value) : json;
}
