/**
 * What help could actually reach the victim (treaty-and-rules.md §5.3 S9 and
 * §5.8 "Feasibility"): the table in `scenarios/law/feasibility.json`, the
 * transit answers of Poland and Romania, and what the situation rules out.
 * These are practice and geography, not the treaties' letter.
 */

import type { IncidentEvent } from './facts';
import { FEASIBILITY, type FeasibilityTable } from './lawData';
import type { ConventionLevel } from './legalCase';
import type { AssistanceType, Citation, CountryId, Delivery, StepMeta } from './types';
import type { WorldFacts } from './worldFacts';

/** Poland's and Romania's answers so far (undefined: not asked). */
export interface TransitAnswers {
  readonly poland?: boolean;
  readonly romania?: boolean;
}

type Route = FeasibilityTable['routes'][number];

/** The transit answers after Poland's or Romania's answer. */
export function transitAfter(
  transit: TransitAnswers,
  answer: { readonly type: 'transit.poland' | 'transit.romania'; readonly granted: boolean },
): TransitAnswers {
  return { ...transit, [answer.type === 'transit.poland' ? 'poland' : 'romania']: answer.granted };
}

/** True once Poland or Romania has been asked for passage. */
export function wasTransitAsked(transit: TransitAnswers): boolean {
  return transit.poland !== undefined || transit.romania !== undefined;
}

/** How a transit state answered, in the path's words: a state never asked is "not asked", never "refuses". */
export function transitAnswerText(granted: boolean | undefined): string {
  if (granted === undefined) return 'not asked';
  return granted ? 'grants' : 'refuses';
}

/** The delivery check's note: the transit answers, once transit was asked. */
export function transitNote(transit: TransitAnswers): string | undefined {
  if (!wasTransitAsked(transit)) return undefined;
  return `Poland ${transitAnswerText(transit.poland)} transit; Romania ${transitAnswerText(transit.romania)}.`;
}

/** The two ways owed help fails to arrive: the final states both treaty machines share after their delivery check. */
export const UNDELIVERABLE_STATES = {
  blockedNoTransit: {
    type: 'final',
    meta: {
      cite: 'treaty-and-rules.md §4 (Geography) and §5.3 S9',
      kind: 'practice',
      summary: 'Owed on paper, but with no passage through Poland or Romania no help can reach the victim.',
      verdict: { outcome: 'blocked', reason: 'NO_TRANSIT' },
    },
  },
  blockedNothingFeasible: {
    type: 'final',
    meta: {
      cite: 'treaty-and-rules.md §5.8 (Feasibility)',
      kind: 'practice',
      summary: 'Owed on paper, but every kind of help this helper could give is ruled out here.',
      verdict: { outcome: 'blocked', reason: 'NO_FEASIBLE_ASSISTANCE' },
    },
  },
} as const satisfies Record<string, { type: 'final'; meta: StepMeta }>;

/** The table's row for `helper` helping `victim`, if the treaties can ever ask for it. */
export function assistanceRoute(
  helper: CountryId,
  victim: CountryId,
  table: FeasibilityTable = FEASIBILITY,
): Route | undefined {
  return table.routes.find((r) => r.helper === helper && r.victim === victim);
}

/** True if some of the helper's help needs passage through Poland or Romania. */
export function needsTransit(helper: CountryId, victim: CountryId, table: FeasibilityTable = FEASIBILITY): boolean {
  return (assistanceRoute(helper, victim, table)?.needsTransit.length ?? 0) > 0;
}

/** True if Poland or Romania granted passage. */
export function hasTransit(transit: TransitAnswers): boolean {
  return transit.poland === true || transit.romania === true;
}

/** Kinds of help `helper` could give `victim`, given the transit answers and what the situation rules out. */
type TypesOf = (
  helper: CountryId,
  victim: CountryId,
  transit: TransitAnswers,
  unavailable: readonly AssistanceType[],
  table?: FeasibilityTable,
) => AssistanceType[];

/** The kinds of help that can be delivered, in the table's order. */
export const feasibleTypes: TypesOf = (helper, victim, transit, unavailable, table = FEASIBILITY) => {
  const route = assistanceRoute(helper, victim, table);
  if (route === undefined) return [];
  const possible = hasTransit(transit) ? [...route.always, ...route.needsTransit] : route.always;
  return possible.filter((type) => !unavailable.includes(type));
};

/** The kinds of help lost because no transit state opened its territory. */
export const typesLostToTransit: TypesOf = (helper, victim, transit, unavailable, table = FEASIBILITY) => {
  if (hasTransit(transit)) return [];
  const route = assistanceRoute(helper, victim, table);
  return (route?.needsTransit ?? []).filter((type) => !unavailable.includes(type));
};

/** How prepared help is under each state of the military convention. */
export function deliveryFor(level: ConventionLevel, table: FeasibilityTable = FEASIBILITY): Delivery {
  return table.delivery[level].level;
}

/** What the delivery steps of a treaty machine read from its context. */
export interface DeliveryContext {
  readonly world: WorldFacts;
  readonly incident: IncidentEvent | null;
  readonly transit: TransitAnswers;
}

/** Who owes help in a treaty machine's context (null before the incident, or when no party does). */
export type HelperOf<C extends DeliveryContext> = (context: C) => CountryId | null;

/** The helper and the victim, once both are known. */
function routeOf<C extends DeliveryContext>(
  helperOf: HelperOf<C>,
  context: C,
): { helper: CountryId; victim: CountryId } | null {
  const helper = helperOf(context);
  return helper === null || context.incident === null ? null : { helper, victim: context.incident.victim };
}

/** The kinds of help the helper of `context` could deliver, given the transit answers so far. */
export function deliverableTypes<C extends DeliveryContext>(helperOf: HelperOf<C>, context: C): AssistanceType[] {
  const route = routeOf(helperOf, context);
  if (route === null) return [];
  return feasibleTypes(route.helper, route.victim, context.transit, context.world.unavailableTypes);
}

/**
 * The practical facts a finished treaty run gathered: the kinds of help left,
 * and whether some were lost for want of transit. Help is lost to transit only
 * where transit was asked: a helper who declined, or a route that needs no
 * passage, never reports NO_TRANSIT.
 */
export function deliveryFacts<C extends DeliveryContext>(
  helperOf: HelperOf<C>,
  context: C,
): { readonly types: readonly AssistanceType[]; readonly lostToTransit: boolean } {
  const route = routeOf(helperOf, context);
  const lost =
    route !== null &&
    wasTransitAsked(context.transit) &&
    typesLostToTransit(route.helper, route.victim, context.transit, context.world.unavailableTypes).length > 0;
  return { types: deliverableTypes(helperOf, context), lostToTransit: lost };
}

/** What the shared delivery guards implement: for the rules X-ray and the tests. */
export const DELIVERY_GUARD_CITES: Readonly<
  Record<'needsTransit' | 'hasFeasibleType' | 'hasLostTypesToTransit', Citation>
> = {
  needsTransit: { cite: 'treaty-and-rules.md §4 (Geography) and §5.3 S9', kind: 'practice' },
  hasFeasibleType: { cite: 'treaty-and-rules.md §5.8 (Feasibility)', kind: 'practice', reading: 'DECISION' },
  hasLostTypesToTransit: { cite: 'treaty-and-rules.md §5.8 (Feasibility)', kind: 'practice', reading: 'DECISION' },
};

/** The delivery guards both treaty machines share, for the helper `helperOf` names. */
export function deliveryGuards<C extends DeliveryContext>(helperOf: HelperOf<C>) {
  return {
    /** Some of the helper's help needs passage through Poland or Romania. */
    needsTransit: ({ context }: { context: C }) => {
      const route = routeOf(helperOf, context);
      return route !== null && needsTransit(route.helper, route.victim);
    },
    /** Some kind of help is left. */
    hasFeasibleType: ({ context }: { context: C }) => deliverableTypes(helperOf, context).length > 0,
    /** Some kind of help was lost because no transit state opened its territory. */
    hasLostTypesToTransit: ({ context }: { context: C }) => deliveryFacts(helperOf, context).lostToTransit,
  };
}

/** The transit answers after a `transit.poland` or `transit.romania` event: the shared `recordTransit` assigner. */
export function transitOnAnswer({
  context,
  event,
}: {
  context: { readonly transit: TransitAnswers };
  event: { readonly type: string };
}): TransitAnswers {
  if ((event.type !== 'transit.poland' && event.type !== 'transit.romania') || !('granted' in event)) {
    throw new Error(`expected a transit answer, got ${event.type}`);
  }
  return transitAfter(context.transit, { type: event.type, granted: event.granted === true });
}

/** What differs between the two treaty machines' delivery steps. */
export interface DeliverySpec<T extends string> {
  /** The state a feasible delivery leads to. */
  readonly onFeasible: T;
  /** The delivery check's question, in this machine's words. */
  readonly deliveryCheckSummary: string;
  readonly table?: FeasibilityTable;
}

/**
 * The practical steps both treaty machines share, once their duty has arisen
 * and the helper's government said yes: what could reach the victim, the two
 * transit questions, the delivery check and its two failures. Only what
 * follows a feasible delivery differs (`onFeasible`), and the delivery check's
 * wording. The summaries are facts, read from `scenarios/law/feasibility.json`
 * with their sources.
 */
export function deliveryStates<T extends string>(spec: DeliverySpec<T>) {
  const steps = (spec.table ?? FEASIBILITY).steps;
  return {
    feasibility: {
      meta: {
        cite: 'treaty-and-rules.md §5.3 S9 and §5.8 (Feasibility); actors.md (no common border)',
        kind: 'practice',
        summary: steps.feasibility.text,
      },
      always: [{ guard: 'needsTransit', target: 'transitPoland' }, { target: 'deliveryCheck' }],
    },
    transitPoland: {
      meta: {
        cite: 'Covenant Art. 16 §3; League Assembly resolutions of 4 Oct 1921; actors.md (Poland)',
        kind: 'practice',
        summary: steps.transitPoland.text,
        awaits: ['transit.poland'],
      },
      on: { 'transit.poland': { target: 'transitRomania', actions: 'recordTransit' } },
    },
    transitRomania: {
      meta: {
        cite: 'Covenant Art. 16 §3; actors.md (Romania, Sept 1938)',
        kind: 'practice',
        summary: steps.transitRomania.text,
        awaits: ['transit.romania'],
      },
      on: { 'transit.romania': { target: 'deliveryCheck', actions: 'recordTransit' } },
    },
    deliveryCheck: {
      meta: {
        cite: 'treaty-and-rules.md §5.8 (Feasibility)',
        kind: 'practice',
        reading: 'DECISION',
        summary: spec.deliveryCheckSummary,
      },
      always: [
        { guard: 'hasFeasibleType', target: spec.onFeasible },
        { guard: 'hasLostTypesToTransit', target: 'blockedNoTransit' },
        { target: 'blockedNothingFeasible' },
      ],
    },
    ...UNDELIVERABLE_STATES,
  } as const satisfies Record<string, { readonly meta: StepMeta; readonly always?: unknown; readonly on?: unknown }>;
}

/**
 * Everything a treaty machine shares with the other about delivering help,
 * built once for its helper: the states, the guards and their citations, the
 * transit recorder and note, and the kinds of help left.
 */
export function treatyDelivery<C extends DeliveryContext, T extends string>(
  helperOf: HelperOf<C>,
  spec: DeliverySpec<T>,
) {
  return {
    states: deliveryStates(spec),
    guards: deliveryGuards(helperOf),
    guardCites: DELIVERY_GUARD_CITES,
    recordTransit: transitOnAnswer,
    note: (context: C) => transitNote(context.transit),
    types: (context: C) => deliverableTypes(helperOf, context),
  };
}
