/**
 * What help could actually reach the victim (treaty-and-rules.md §5.3 S9 and
 * §5.8 "Feasibility"): the table in `scenarios/law/feasibility.json`, the
 * transit answers of Poland and Romania, and what the situation rules out.
 * These are practice and geography, not the treaties' letter.
 */

import { FEASIBILITY, type FeasibilityTable } from './lawData';
import type { ConventionLevel } from './legalCase';
import type { AssistanceType, CountryId, Delivery } from './types';

/** Poland's and Romania's answers so far (undefined: not asked). */
export interface TransitAnswers {
  readonly poland?: boolean;
  readonly romania?: boolean;
}

type Route = FeasibilityTable['routes'][number];

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
