/**
 * The scenario format (GAME.md §6): where a game starts and ends, who can be
 * played, how the world differs from history at the start, which events are
 * switched off, the choices history actually made, and what a teacher needs.
 */
import { z } from 'zod';
import { lazily } from '../memo';
import { DELEGATION_DATA } from '../model/delegationData';
import { clauseId } from '../model/modelSchemas';
import { isYearMonth, monthsBetween } from '../months';
import { CRISIS_CHOICES, gameActionSchema } from '../turn/actions';
import { describeValue, recordOf, yearMonthString } from '../validation';
import { ACTOR_IDS, CONVENTION_PHASES, DELEGATIONS, isSide, LEVEL_IDS, type Role } from '../world/worldState';

/** The scenario format's version; older versions are migrated on load (see `migrations.ts`). */
export const SCENARIO_FORMAT = 1;

/** The first and last months a game can cover. */
export const GAME_SPAN = { first: '1935-05', last: '1939-09' } as const;

const month = lazily(() =>
  yearMonthString().refine((m) => m >= GAME_SPAN.first && m <= GAME_SPAN.last, {
    error: (issue) =>
      `${describeValue(issue.input)} is outside the game's span (${GAME_SPAN.first} to ${GAME_SPAN.last})`,
  }),
);

const text = lazily(() => z.string().min(1).max(4000));

const historicalChoice = lazily(() =>
  z.strictObject({
    month,
    actions: z.array(gameActionSchema).max(20),
    /**
     * What the government did, in words, where the game's orders only stand in for it (an offer made by an attaché,
     * a month the model picked): the debrief's History column says it before the orders. Prose, left out of the
     * scenario's hash as `source` is.
     */
    said: text,
    /** Why this was the historical choice: a source from ../shared/history. */
    source: text,
  }),
);

export const scenarioSchema = lazily(() =>
  z
    .strictObject({
      format: z.literal(SCENARIO_FORMAT),
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'expected lower-case letters, digits and hyphens' }),
      title: z.string().min(1).max(120),
      summary: text,
      start: month,
      end: month,
      /** The roles offered: France and the USSR, and any further delegation (Poland) the scenario offers. */
      roles: z.array(z.enum(DELEGATIONS)).min(1),
      /** How the world at the start differs from history's course up to that month. */
      overrides: z
        .strictObject({
          levels: recordOf(LEVEL_IDS, 'level', z.number().int().min(0).max(100)).optional(),
          actors: recordOf(
            ACTOR_IDS,
            'actor',
            z.strictObject({
              stance: z.number().int().min(-100).max(100).optional(),
              trust: z.number().int().min(0).max(100).optional(),
            }),
          ).optional(),
          transit: z
            .strictObject({
              poland: z.number().int().min(0).max(100).optional(),
              romania: z.number().int().min(0).max(100).optional(),
            })
            .optional(),
          convention: z
            .strictObject({
              phase: z.enum(CONVENTION_PHASES).optional(),
              /**
               * The month that phase began, where it began before the scenario starts (talks already running): the
               * months the staffs have talked count towards drafting. At most the start; the start if not given.
               */
              phaseSince: month.optional(),
              /**
               * Talks stalled before the scenario starts (`phase: stalled`): the phase they resume in if a side
               * revives them. Required with that phase, or "Resume the talks" could never revive them.
               */
              resumePhase: z.enum(['attacheContacts', 'staffTalks', 'drafting']).optional(),
              agreed: z.partialRecord(clauseId, z.number().int().min(0).max(3)).optional(),
              credibility: z.number().int().min(0).max(100).optional(),
            })
            .optional(),
          francoSovietInForce: z.boolean().optional(),
          /** Why the world differs: a source, or the what-if it stands for. */
          note: text,
        })
        .optional(),
      /**
       * History's choices scripted (the `as-it-happened` replay): with `crises`, the side
       * the player does not play answers each German move as its government did
       * (`historicalChoices.crises`); `events` are events that happen as they did (a
       * contingent one at its date, without a roll; a side's own initiative even played
       * as that side), and `moves` German moves that come in their historical month,
       * without a roll, whenever their premises hold. A free game has none.
       */
      script: z
        .strictObject({
          crises: z.boolean(),
          events: z.array(z.string().min(1)),
          /** German moves that come in their historical month, without a roll, whenever their premises hold. */
          moves: z.array(z.string().min(1)).optional(),
          /**
           * The months in which the French cabinet and Moscow agree to general-staff talks as they did, without a
           * roll, when either side proposes them (autumn 1936: timeline.md Sept 1936).
           */
          staffTalks: z.array(month).optional(),
          /** Why: the sources of what is scripted. */
          note: text,
        })
        .optional(),
      /** Historical events switched off for this scenario (what-ifs such as "no military purge"). */
      disabledEvents: z.array(z.string().min(1)).optional(),
      /** The choices history made, for the `historical` policy and the replay of what happened. */
      historicalChoices: z.strictObject({
        france: z.array(historicalChoice),
        ussr: z.array(historicalChoice),
        /** The response to each German move, by move id. */
        crises: z.strictObject({
          france: z.record(z.string(), z.enum(CRISIS_CHOICES)),
          ussr: z.record(z.string(), z.enum(CRISIS_CHOICES)),
        }),
      }),
      teacherNotes: z.array(text).min(1),
      questions: z.array(text).min(1),
      sources: z.array(text).min(1),
    })
    .superRefine((scenario, ctx) => {
      // A further delegation joins France's and the USSR's (issue 14 §2: every scenario keeps both).
      const further = scenario.roles.find((role) => !isSide(role));
      if (further !== undefined && !(scenario.roles.includes('france') && scenario.roles.includes('ussr'))) {
        ctx.addIssue({
          code: 'custom',
          path: ['roles'],
          message: `a scenario offering ${further} offers France and the USSR too`,
        });
      }
      // Czechoslovakia decides only while it exists: its decisions end with March 1939 (timeline.md, 15 Mar 1939).
      const { lastMonth } = DELEGATION_DATA.czechoslovakia.decisions.standAtCrisis;
      if (scenario.roles.includes('czechoslovakia') && scenario.start > lastMonth) {
        ctx.addIssue({
          code: 'custom',
          path: ['roles'],
          message: `a scenario starting after ${lastMonth} cannot offer czechoslovakia: its decisions end with ${lastMonth}`,
        });
      }
      const twice = scenario.roles.find((role, i) => scenario.roles.indexOf(role) !== i);
      if (twice !== undefined)
        ctx.addIssue({ code: 'custom', path: ['roles'], message: `the role ${twice} is offered twice` });
      // Compare months only once both ends are valid months within the game's span.
      const valid = (m: string) => isYearMonth(m) && m >= GAME_SPAN.first && m <= GAME_SPAN.last;
      if (!valid(scenario.start) || !valid(scenario.end)) return;
      if (monthsBetween(scenario.start, scenario.end) < 1) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `must come after the start (${scenario.start})` });
      }
      const since = scenario.overrides?.convention?.phaseSince;
      if (since !== undefined && (since > scenario.start || scenario.overrides?.convention?.phase === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['overrides', 'convention', 'phaseSince'],
          message: `gives the month a phase began: it needs the phase, and comes at the latest at the start (${scenario.start})`,
        });
      }
      const convention = scenario.overrides?.convention;
      if ((convention?.phase === 'stalled') !== (convention?.resumePhase !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['overrides', 'convention', 'resumePhase'],
          message: 'talks stalled before the start need the phase they resume in, and only they take one',
        });
      }
      for (const role of ['france', 'ussr'] as const) {
        scenario.historicalChoices[role].forEach((choice, i) => {
          if (choice.month < scenario.start || choice.month > scenario.end) {
            ctx.addIssue({
              code: 'custom',
              path: ['historicalChoices', role, i, 'month'],
              message: `${choice.month} is outside the scenario (${scenario.start} to ${scenario.end})`,
            });
          }
        });
      }
    }),
);

export type Scenario = z.infer<typeof scenarioSchema>;

/** The sides a scenario offers to play (France, the USSR): the roles a game's first role is one of. */
export function sidesOf(scenario: Pick<Scenario, 'roles'>): Role[] {
  return scenario.roles.filter(isSide);
}
