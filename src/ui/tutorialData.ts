/**
 * The guided first game as data: its steps (scenarios/text/tutorial.en.json,
 * checked against a schema when the module loads), and what the tutorial
 * reads from the engine's world. Every claim a step makes about this game's
 * world is a named fact here, read from the world, never assumed: a step
 * whose fact is false is not shown. Pure (no DOM), so it is tested in Node by
 * playing the steps through the engine.
 */
import { z } from 'zod';
import tutorialJson from '../../scenarios/text/tutorial.en.json';
import { CLAUSE_IDS, conventionClauses, type GameAction, refusal, transitView, type WorldState } from '../engine';
import { resultLine } from './whyNoHelp';

/** How a step moves on: a Next button, or something the player does (read from the world or the page). */
export const ADVANCES = [
  'next',
  'contacts-opened',
  'cards-opened',
  'month-ended',
  'staff-talks-answered',
  'demarche-answered',
  'crisis',
  'xray-opened',
  'crisis-answered',
] as const;
export type Advance = (typeof ADVANCES)[number];

/** Facts about the world a step's words depend on: the step is shown only if its fact holds. */
export const REQUIREMENTS = [
  'offers-need-drafting',
  'staff-talks-refused-at-home',
  'transit-refused',
  'pact-not-in-force',
] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

/** Lines written from the engine's data, shown under a step's text. */
export const FACT_LINES = ['capital', 'clauses', 'offer-refusal', 'transit', 'crisis-result'] as const;
export type FactLine = (typeof FACT_LINES)[number];

const stepSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: z.string().min(1).max(80),
  text: z.string().min(1).max(600),
  /** Where a historical statement comes from: a file of /work/shared/history/ and its place. */
  source: z
    .string()
    .regex(/^(timeline|actors|treaty-and-rules|counterfactuals)\.md /)
    .optional(),
  /** A CSS selector of the real control on screen. */
  target: z.string().min(1),
  advance: z.enum(ADVANCES),
  requires: z.enum(REQUIREMENTS).optional(),
  fact: z.enum(FACT_LINES).optional(),
});
export type TutorialStep = z.infer<typeof stepSchema>;

export const tutorialSchema = z
  .strictObject({
    $comment: z.string().optional(),
    version: z.literal(1),
    scenario: z.string().min(1),
    role: z.enum(['france', 'ussr']),
    seed: z.string().min(1).max(200),
    seedNote: z.string().min(1),
    steps: z.array(stepSchema).min(1),
  })
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.steps.forEach((step, i) => {
      if (seen.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: 'a repeated id' });
      seen.add(step.id);
    });
  });
export type Tutorial = z.infer<typeof tutorialSchema>;

/** The tutorial, read and checked when the module loads. */
export const TUTORIAL: Tutorial = tutorialSchema.parse(tutorialJson);

/** The entries of the world's current month. */
function thisMonth(world: WorldState) {
  return world.log.find((m) => m.month === world.month)?.entries ?? [];
}

const FIRST_OFFER: GameAction = { type: 'convention.offer', clause: CLAUSE_IDS[0], option: 0 };

/** Whether a fact a step states holds in `world`. */
export function holds(requirement: Requirement, world: WorldState): boolean {
  switch (requirement) {
    case 'offers-need-drafting':
      return world.convention.phase !== 'drafting' && refusal(world, FIRST_OFFER) !== null;
    case 'staff-talks-refused-at-home':
      return thisMonth(world).some((e) => e.id === 'staff-talks-refused' && e.params?.by === world.role);
    case 'transit-refused': {
      const routes = transitView(world);
      const unmoved = thisMonth(world).some((e) => e.id === 'demarche-poland' && e.key === 'demarche.unmoved');
      return unmoved && routes.poland.status === 'refused' && routes.romania.status === 'refused';
    }
    case 'pact-not-in-force':
      // The verdict the engine recorded when it resolved the last crisis (what "Why did no help come?" shows).
      return world.crises.at(-1)?.verdicts['franco-soviet'].reason === 'NOT_IN_FORCE';
  }
}

/**
 * Whether the player has done what a step asks, read from the world;
 * `started` is the world when the step began. Null: the page decides
 * (a Next button, the cards or the X-ray opened).
 */
export function advancedInWorld(advance: Advance, world: WorldState, started: WorldState): boolean | null {
  switch (advance) {
    case 'contacts-opened':
      return world.convention.phase !== 'noContacts';
    case 'month-ended':
      return world.month !== started.month;
    case 'staff-talks-answered':
      return thisMonth(world).some((e) => e.id.startsWith('staff-talks-'));
    case 'demarche-answered':
      return thisMonth(world).some((e) => e.id === 'demarche-poland');
    case 'crisis':
      return world.phase === 'crisis';
    case 'crisis-answered':
      return world.crises.length > started.crises.length;
    default:
      return null;
  }
}

/** A line written from the engine's data for a step, or null if the world has nothing to say. */
export function factLine(fact: FactLine, world: WorldState): string | null {
  switch (fact) {
    case 'capital':
      return `You have ${world.capital} political capital now.`;
    case 'clauses':
      return `The clauses: ${conventionClauses()
        .map((c) => c.label)
        .join(', ')}. ${factLine('offer-refusal', world) ?? ''}`.trim();
    case 'offer-refusal': {
      const reason = refusal(world, FIRST_OFFER);
      return reason === null ? null : `The game says, for now: ${reason}.`;
    }
    case 'transit': {
      const routes = transitView(world);
      return `The routes in this game now: Poland ${routes.poland.status} (${routes.poland.chance} in 100), Romania ${routes.romania.status} (${routes.romania.chance} in 100).`;
    }
    case 'crisis-result': {
      const record = world.crises.at(-1);
      return record === undefined ? null : resultLine(record);
    }
  }
}
