/**
 * August 1939: the military missions in Moscow. Voroshilov asks whether the
 * Red Army may pass through Poland (14 August); the alliance is made only if
 * Poland agrees (British pressure helps) and Moscow still wants it.
 */
import { decide, explain } from '../model/decide';
import { contextFor } from '../model/derived';
import { decisionRule, MODEL } from '../model/modelData';
import { ruleOf, rulesOf } from '../variants/variants';
import { because, type Journal, note } from '../world/effects';
import { type WorldState, withRng, withWorld } from '../world/worldState';

/** Resolve the 1939 talks: an Anglo-French-Soviet alliance, or failure on Polish transit or Soviet reluctance. */
export function resolveTripleAlliance(world: WorldState, journal: Journal): WorldState {
  if (world.sovietGermanDeal !== null || world.tripleAlliance !== null) return world;
  const context = contextFor(world);
  // Poland's rule as the game's rules have it (a rule variant may make it grant passage).
  const [poland, rng1] = decide(ruleOf(rulesOf(world), 'poland', 'transit1939'), context, world.rng);
  const [moscow, rng2] = decide(decisionRule('ussr', 'tripleAlliance'), context, rng1);
  const next: WorldState = withRng(world, rng2);
  if (!poland.yes) {
    note(journal, next, {
      kind: 'decision',
      id: 'poland-refuses-transit',
      key: 'decision.poland-refuses-transit',
      reasons: () => [because(explain(poland))],
    });
    return next;
  }
  if (!moscow.yes) {
    note(journal, next, {
      kind: 'decision',
      id: 'moscow-declines-alliance',
      key: 'decision.moscow-declines-alliance',
      reasons: () => [because(explain(poland)), because(explain(moscow))],
    });
    return next;
  }
  note(journal, next, {
    kind: 'decision',
    id: 'triple-alliance',
    key: 'decision.triple-alliance',
    reasons: () => [because(explain(poland)), because(explain(moscow))],
  });
  return withWorld(next, {
    tripleAlliance: next.month,
    transit: { ...next.transit, poland: Math.max(next.transit.poland, MODEL.transit.grantedAt) },
  });
}
