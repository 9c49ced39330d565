/**
 * What help could actually reach the victim (treaty-and-rules.md §5.3 S9 and
 * §5.8 "Feasibility"): the table in `scenarios/law/feasibility.json`, the
 * transit answers of Poland and Romania, and what the situation rules out.
 * These are practice and geography, not the treaties' letter.
 */

import { FEASIBILITY, type FeasibilityTable } from './lawData';
import type { ConventionLevel } from './legalCase';
import type { AssistanceType, CountryId, Delivery, StepMeta } from './types';

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

/** The kinds of help that can be delivered, in the table's order. */
export function feasibleTypes(
  helper: CountryId,
  victim: CountryId,
  transit: TransitAnswers,
  unavailable: readonly AssistanceType[],
  table: FeasibilityTable = FEASIBILITY,
): AssistanceType[] {
  const route = assistanceRoute(helper, victim, table);
  if (route === undefined) return [];
  const possible = hasTransit(transit) ? [...route.always, ...route.needsTransit] : route.always;
  return possible.filter((type) => !unavailable.includes(type));
}

/** The kinds of help lost because no transit state opened its territory. */
export function typesLostToTransit(
  helper: CountryId,
  victim: CountryId,
  transit: TransitAnswers,
  unavailable: readonly AssistanceType[],
  table: FeasibilityTable = FEASIBILITY,
): AssistanceType[] {
  if (hasTransit(transit)) return [];
  const route = assistanceRoute(helper, victim, table);
  return (route?.needsTransit ?? []).filter((type) => !unavailable.includes(type));
}

/** How prepared help is under each state of the military convention. */
export function deliveryFor(level: ConventionLevel, table: FeasibilityTable = FEASIBILITY): Delivery {
  return table.delivery[level].level;
}
