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
import { transitState, type WorldState, withRng, withWorld } from '../world/worldState';

/**
 * Resolve the 1939 talks: an Anglo-French-Soviet alliance, or failure on Polish transit or Soviet reluctance.
 * `polandGrants`: the Polish delegation's answer to Voroshilov's question, when a human plays Poland
 * (`delegations.ts`); the die is still rolled and not read, so every later roll is the game's without it.
 * `world.romaniaTalks`: the Romanian delegation's answer, when one plays Romania (timeline.md 14 Aug 1939,
 * practice): a refusal makes the talks fail on transit whatever Poland answers (Shaposhnikov's variants were
 * all conditional on passage: counterfactuals.md); an agreement leaves it to Poland, as without it. Spent here.
 */
export function resolveTripleAlliance(world: WorldState, journal: Journal, polandGrants?: boolean): WorldState {
  const romaniaGrants = world.romaniaTalks;
  if (romaniaGrants !== undefined) world = withWorld(world, { romaniaTalks: undefined });
  if (world.sovietGermanDeal !== null || world.tripleAlliance !== null) return world;
  const context = contextFor(world);
  // Poland's rule as the game's rules have it (a rule variant may make it grant passage).
  const [rolled, rng1] = decide(ruleOf(rulesOf(world), 'poland', 'transit1939'), context, world.rng);
  const [moscow, rng2] = decide(decisionRule('ussr', 'tripleAlliance'), context, rng1);
  const next: WorldState = withRng(world, rng2);
  const romania = (): LogReason[] =>
    romaniaGrants === undefined
      ? []
      : [{ key: 'crisis.transit.delegation', params: { to: 'romania', grant: romaniaGrants } }];
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
      reasons: () => [poland(), ...romania()],
    });
    return next;
  }
  if (romaniaGrants === false) {
    note(journal, next, {
      kind: 'decision',
      id: 'romania-refuses-transit',
      key: 'decision.romania-refuses-transit',
      reasons: () => [poland(), ...romania()],
    });
    return next;
  }
  if (!moscow.yes) {
    note(journal, next, {
      kind: 'decision',
      id: 'moscow-declines-alliance',
      key: 'decision.moscow-declines-alliance',
      reasons: () => [poland(), ...romania(), because(explain(moscow))],
    });
    return next;
  }
  note(journal, next, {
    kind: 'decision',
    id: 'triple-alliance',
    key: 'decision.triple-alliance',
    reasons: () => [poland(), ...romania(), because(explain(moscow))],
  });
  return withWorld(next, {
    tripleAlliance: next.month,
    transit: transitState(Math.max(next.transit.poland, MODEL.transit.grantedAt), next.transit.romania),
  });
}
