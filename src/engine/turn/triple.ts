/**
 * August 1939: the military missions in Moscow. Voroshilov asks whether the
 * Red Army may pass through Poland (14 August); the alliance is made only if
 * Poland agrees (British pressure helps) and Moscow still wants it.
 */
import { decide, explain } from '../model/decide';
import { contextFor } from '../model/derived';
import { decisionRule, MODEL } from '../model/modelData';
import { type Journal, note } from '../world/effects';
import { type WorldState, withRng, withWorld } from '../world/worldState';

/** Resolve the 1939 talks: an Anglo-French-Soviet alliance, or failure on Polish transit or Soviet reluctance. */
export function resolveTripleAlliance(world: WorldState, journal: Journal): WorldState {
  if (world.sovietGermanDeal !== null || world.tripleAlliance !== null) return world;
  const context = contextFor(world);
  const [poland, rng1] = decide(decisionRule('poland', 'transit1939'), context, world.rng);
  const [moscow, rng2] = decide(decisionRule('ussr', 'tripleAlliance'), context, rng1);
  const next: WorldState = withRng(world, rng2);
  if (!poland.yes) {
    note(journal, next, {
      kind: 'decision',
      id: 'poland-refuses-transit',
      text: "Voroshilov's question goes unanswered: Poland will not let the Red Army pass. The talks stall.",
      factors: () => explain(poland),
    });
    return next;
  }
  if (!moscow.yes) {
    note(journal, next, {
      kind: 'decision',
      id: 'moscow-declines-alliance',
      text: 'Poland agrees in principle, but Moscow no longer wants the alliance.',
      factors: () => explain(moscow),
    });
    return next;
  }
  note(journal, next, {
    kind: 'decision',
    id: 'triple-alliance',
    text: 'Poland agrees in principle to Soviet transit; Britain, France and the USSR conclude an alliance.',
    factors: () => [...explain(poland), ...explain(moscow)],
  });
  return withWorld(next, {
    tripleAlliance: next.month,
    transit: { ...next.transit, poland: Math.max(next.transit.poland, MODEL.transit.grantedAt) },
  });
}
