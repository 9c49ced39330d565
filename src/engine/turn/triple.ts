/**
 * August 1939: the military missions in Moscow. Voroshilov asks whether the
 * Red Army may pass through Poland (14 August); the alliance is made only if
 * Poland agrees (British pressure helps) and Moscow still wants it.
 */
import type { LogReason } from '../log/types';
import { decide, explain } from '../model/decide';
import { contextFor } from '../model/derived';
import { decisionRule, MODEL } from '../model/modelData';
import { ruleOf, rulesOf } from '../variants/variants';
import { because, type Journal, note } from '../world/effects';
import { type WorldState, withRng, withWorld } from '../world/worldState';

/**
 * Resolve the 1939 talks: an Anglo-French-Soviet alliance, or failure on Polish transit or Soviet reluctance.
 * `polandGrants`: the Polish delegation's answer to Voroshilov's question, when a human plays Poland
 * (`delegations.ts`); the die is still rolled and not read, so every later roll is the game's without it.
 */
export function resolveTripleAlliance(world: WorldState, journal: Journal, polandGrants?: boolean): WorldState {
  if (world.sovietGermanDeal !== null || world.tripleAlliance !== null) return world;
  const context = contextFor(world);
  // Poland's rule as the game's rules have it (a rule variant may make it grant passage).
  const [rolled, rng1] = decide(ruleOf(rulesOf(world), 'poland', 'transit1939'), context, world.rng);
  const [moscow, rng2] = decide(decisionRule('ussr', 'tripleAlliance'), context, rng1);
  const next: WorldState = withRng(world, rng2);
  // timeline.md 14 Aug 1939 (practice): Poland's answer, its delegation's where one plays it, else the die's.
  const polandYes = polandGrants ?? rolled.yes;
  const poland = (): LogReason =>
    polandGrants === undefined
      ? because(explain(rolled))
      : { key: 'crisis.transit.delegation', params: { to: 'poland', grant: polandGrants } };
  if (!polandYes) {
    note(journal, next, {
      kind: 'decision',
      id: 'poland-refuses-transit',
      key: 'decision.poland-refuses-transit',
      reasons: () => [poland()],
    });
    return next;
  }
  if (!moscow.yes) {
    note(journal, next, {
      kind: 'decision',
      id: 'moscow-declines-alliance',
      key: 'decision.moscow-declines-alliance',
      reasons: () => [poland(), because(explain(moscow))],
    });
    return next;
  }
  note(journal, next, {
    kind: 'decision',
    id: 'triple-alliance',
    key: 'decision.triple-alliance',
    reasons: () => [poland(), because(explain(moscow))],
  });
  return withWorld(next, {
    tripleAlliance: next.month,
    transit: { ...next.transit, poland: Math.max(next.transit.poland, MODEL.transit.grantedAt) },
  });
}
