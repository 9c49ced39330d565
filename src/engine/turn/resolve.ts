/**
 * The month's resolution: every actor, in a fixed order, applies its monthly
 * drifts and takes its decisions; Germany may move, which opens a crisis; the
 * convention's clock runs. Integer arithmetic and the seeded die only.
 */

import { type CompiledRule, compiledScore, compileRule, decide, explain } from '../model/decide';
import { contextFor } from '../model/derived';
import type { FactorContext } from '../model/factors';
import { ACTORS, decisionRule, MODEL, MOVES } from '../model/modelData';
import type { GermanMove } from '../model/modelSchemas';
import { monthOf } from '../months';
import { advance, percentAt, type RngState, rollPercent } from '../random';
import { allHold, because, clampLevel, type Journal, note } from '../world/effects';
import {
  ACTOR_IDS,
  draftOf,
  humanSide,
  LEVEL_IDS,
  type LevelId,
  type Levels,
  type WorldDraft,
  type WorldState,
  withMove,
} from '../world/worldState';
import { openCrisis } from './crisis';
import { crisisDispatches } from './history';
import { conventionMonth } from './negotiation';

/**
 * `score / divisor`, rounded at random in proportion to the remainder (7 / 10
 * gives 1 seven times in ten), so small monthly drifts add up without bias.
 */
export function stochasticRound(score: number, divisor: number, rng: RngState): [number, RngState] {
  const whole = Math.trunc(score / divisor);
  const remainder = score - whole * divisor;
  if (remainder === 0) return [whole, rng];
  const [roll, next] = rollPercent(rng);
  const chance = Math.floor((Math.abs(remainder) * 100) / divisor);
  return [roll < chance ? whole + Math.sign(remainder) : whole, next];
}

/** A monthly drift, its rule compiled once. */
interface Drift {
  /** The level's index in `LEVEL_IDS`. */
  readonly level: number;
  readonly divisor: number;
  readonly limit: number;
  readonly rule: CompiledRule;
}

/** Every actor's monthly drifts, in the fixed order of `ACTOR_IDS`, each rule compiled once. */
const DRIFTS: readonly Drift[] = ACTOR_IDS.flatMap((actor) =>
  (ACTORS[actor]?.monthly ?? []).map((drift) => ({
    level: LEVEL_IDS.indexOf(drift.level),
    divisor: drift.divisor,
    limit: drift.limit,
    rule: compileRule(drift.rule),
  })),
);

/** Each level's index in `LEVEL_IDS`. */
const AT = Object.fromEntries(LEVEL_IDS.map((id, i) => [id, i])) as Record<LevelId, number>;

/** `levels` with the drifts' deltas added, by `LEVEL_IDS` index, each clamped (`addedLevels`, from the array: no record made). */
function driftedLevels(levels: Levels, d: readonly number[]): Levels {
  return {
    frenchWill: clampLevel(levels.frenchWill + (d[AT.frenchWill] ?? 0)),
    sovietWill: clampLevel(levels.sovietWill + (d[AT.sovietWill] ?? 0)),
    sovietDrift: clampLevel(levels.sovietDrift + (d[AT.sovietDrift] ?? 0)),
    redArmyReadiness: clampLevel(levels.redArmyReadiness + (d[AT.redArmyReadiness] ?? 0)),
    germanReadiness: clampLevel(levels.germanReadiness + (d[AT.germanReadiness] ?? 0)),
    britishCommitment: clampLevel(levels.britishCommitment + (d[AT.britishCommitment] ?? 0)),
    italianAlignment: clampLevel(levels.italianAlignment + (d[AT.italianAlignment] ?? 0)),
    tension: clampLevel(levels.tension + (d[AT.tension] ?? 0)),
  };
}

/**
 * The actors' monthly drifts, in the fixed order of `ACTOR_IDS`: each moves a
 * level by its rule's score / divisor, within ±limit. Every actor judges by the
 * month's opening state (`context`): perceptions are monthly, and the order of
 * actors does not bias them. `random` rounds with the seeded die; history's
 * fast-forward rounds plainly.
 */
export function applyDrifts(world: WorldState, random: boolean, context: FactorContext): WorldDraft {
  let rng = world.rng;
  // Indexed by `LEVEL_IDS`: an array indexed by number, where a record keyed by each drift's level cost a keyed store.
  const deltas = [0, 0, 0, 0, 0, 0, 0, 0];
  // Indexed (no iterator in a worker's first, unoptimised futures): this runs every month of every game.
  for (let i = 0; i < DRIFTS.length; i++) {
    const drift = DRIFTS[i] as Drift;
    const score = compiledScore(drift.rule, context);
    let delta: number;
    if (random) {
      // `stochasticRound`, written out with the die's state in a variable: no pair allocated per drift.
      const whole = Math.trunc(score / drift.divisor);
      const remainder = score - whole * drift.divisor;
      delta = whole;
      if (remainder !== 0) {
        rng = advance(rng);
        if (percentAt(rng) < Math.floor((Math.abs(remainder) * 100) / drift.divisor)) delta += Math.sign(remainder);
      }
    } else delta = Math.round(score / drift.divisor);
    deltas[drift.level] = (deltas[drift.level] ?? 0) + Math.max(-drift.limit, Math.min(drift.limit, delta));
  }
  const next = draftOf(world);
  next.rng = rng;
  next.levels = driftedLevels(world.levels, deltas);
  return next;
}

/** Moscow may come to terms with Berlin early, once it has drifted far enough. Changes the month's draft in place. */
function sovietDeal(next: WorldDraft, context: FactorContext, journal: Journal): WorldDraft {
  const { endings } = MODEL;
  if (next.sovietGermanDeal !== null || next.tripleAlliance !== null) return next;
  if (next.month < endings.earlyDealFrom || next.month >= endings.historicalDeal) return next;
  if (next.levels.sovietDrift < endings.dealDriftAt) return next;
  const [decision, rng] = decide(decisionRule('ussr', 'dealWithGermany'), context, next.rng);
  next.rng = rng;
  if (!decision.yes) return next;
  note(journal, next, {
    kind: 'decision',
    id: 'early-soviet-german-deal',
    key: 'decision.early-soviet-german-deal',
    // Played as the USSR, the player is told the decision is the model's, not theirs (as events.json `modelDecides`).
    reasons: () => [
      ...(humanSide(next, 'ussr') ? [{ key: 'event.modelDecides', params: { side: 'ussr' } }] : []),
      because(explain(decision)),
    ],
  });
  next.sovietGermanDeal = next.month;
  return next;
}

/** Germany's turn: the first move whose opportunity is open may go ahead (one a month). Changes the month's draft in place. */
function germanMove(world: WorldDraft, context: FactorContext, journal: Journal): WorldDraft {
  for (let i = 0; i < MOVES.length; i++) {
    const move = MOVES[i] as GermanMove;
    const state = world.moves[move.id];
    if (state === undefined || state.status !== 'pending' || world.month < move.opens) continue;
    if (!allHold(world, move.requires)) continue;
    // A scenario that scripts history (`script.moves`) brings the move in its historical month without a roll.
    // The events of the move's crisis come with it, before it (`crisisDispatches`: Moscow's answer to Beneš).
    if (world.script?.moves.includes(move.id) && monthOf(move.historical) === world.month) {
      const dispatched = crisisDispatches(world, move.id, context, journal);
      return openCrisis(dispatched, move, () => [{ key: 'move.scripted', params: { move: move.id } }], journal);
    }
    const [decision, rng] = decide(move.attempt, context, world.rng);
    world.rng = rng;
    if (decision.yes) {
      const dispatched = crisisDispatches(world, move.id, context, journal);
      return openCrisis(dispatched, move, () => [because(explain(decision))], journal);
    }
    // Only for a log: a quiet game (every future, every batch) makes no entry for the month a move waits.
    if (journal !== null)
      note(journal, world, {
        kind: 'postponed',
        id: move.id,
        params: { move: move.id },
        reasons: () => [because(explain(decision))],
      });
    world.moves = withMove(world.moves, move.id, {
      status: state.status,
      month: state.month,
      postponed: state.postponed + 1,
    });
    return world;
  }
  return world;
}

/**
 * Resolve the month after the player's orders: the actors' drifts in their
 * fixed order, Moscow's choice, the convention's clock, then Germany's move —
 * all judged from the month's opening state. `world` is left as it was: the
 * month works on one draft of it (made by the drifts), changed in place, and
 * returns a world no one else holds (`step.ts` finishes the month on it).
 */
export function resolveMonth(world: WorldState, journal: Journal): WorldDraft {
  const opening = contextFor(world);
  const next = sovietDeal(applyDrifts(world, true, opening), opening, journal);
  if (next.sovietGermanDeal !== null && next.sovietGermanDeal < MODEL.endings.historicalDeal) return next;
  return germanMove(conventionMonth(next, journal), opening, journal);
}
