/**
 * Policies for headless play: `historical` (the choices actually made,
 * scripted in the scenario), `random` (uniform over the legal actions), and
 * `alliance-first` (push for the strongest convention and the transit to use
 * it, and meet every German move). A policy's own randomness is seeded
 * separately from the world's, so a recorded game replays without it.
 */
import { chanceOf, ruleScore } from './model/decide';
import { contextFor } from './model/derived';
import { CONVENTION, MODEL } from './model/modelData';
import { SIDE_APPROVERS, valuation } from './negotiation/offers';
import { advance, drawn, type RngState, seedFromString } from './random';
import type { Scenario } from './scenario/schema';
import { type Strategy, strategyPolicy } from './strategy';
import { CRISIS_CHOICES, type CrisisChoice, type GameAction, legalActionDrawn, refusal } from './turn/actions';
import { demarcheCeiling, timesInARow } from './turn/repeats';
import { CLAUSE_IDS, type ClauseId, type WorldState } from './world/worldState';

export const POLICY_NAMES = ['historical', 'random', 'alliance-first'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

/** What plays a headless game: a built-in policy by its name, or a strategy read from a file. */
export type PolicyChoice = PolicyName | Strategy;

/** A policy's name, or a strategy's. */
export function policyLabel(choice: PolicyChoice): string {
  return typeof choice === 'string' ? choice : choice.name;
}

/** A policy for one game: the next order of the month (or `pass` to end them), and the answer to a crisis. */
export interface Policy {
  /** The built-in policy's name, or the strategy's. */
  readonly name: string;
  nextOrder(world: WorldState): GameAction;
  crisis(world: WorldState): CrisisChoice;
}

type HistoricalChoice = Scenario['historicalChoices']['france'][number];

/** No choice scripted for a month. */
const NO_CHOICES: readonly HistoricalChoice[] = [];

/** A side's scripted choices by month, in their order (sorted out once per scenario, not filtered every month). */
const byMonthOf = new WeakMap<readonly HistoricalChoice[], ReadonlyMap<string, readonly HistoricalChoice[]>>();

function choicesByMonth(choices: readonly HistoricalChoice[]): ReadonlyMap<string, readonly HistoricalChoice[]> {
  let byMonth = byMonthOf.get(choices);
  if (byMonth === undefined) {
    const sorted = new Map<string, HistoricalChoice[]>();
    for (const choice of choices) {
      const list = sorted.get(choice.month) ?? [];
      list.push(choice);
      sorted.set(choice.month, list);
    }
    byMonth = sorted;
    byMonthOf.set(choices, byMonth);
  }
  return byMonth;
}

/** The choices history made, as the scenario scripts them; anything the rules no longer allow is skipped. */
function historicalPolicy(scenario: Scenario): Policy {
  const done = new Set<string>();
  return {
    name: 'historical',
    nextOrder(world) {
      const choices = choicesByMonth(scenario.historicalChoices[world.role]).get(world.month) ?? NO_CHOICES;
      for (const [i, choice] of choices.entries()) {
        for (const [j, action] of choice.actions.entries()) {
          const key = `${world.month}:${i}:${j}`;
          if (done.has(key)) continue;
          done.add(key);
          if (refusal(world, action) === null) return action;
        }
      }
      return { type: 'pass' };
    },
    crisis(world) {
      const move = world.crisis?.move ?? '';
      return scenario.historicalChoices.crises[world.role][move] ?? 'stand-aside';
    },
  };
}

/** Uniform over the legal actions (pass included), and over the five crisis answers. */
function randomPolicy(seed: string): Policy {
  let rng: RngState = seedFromString(`${seed}:policy`);
  const pick = <T>(items: readonly T[]): T => {
    rng = advance(rng);
    const item = items[drawn(rng) % items.length];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  };
  return {
    name: 'random',
    // `pick(legalActions(world))`, without listing the actions: the same draw, the same action.
    nextOrder: (world) => {
      rng = advance(rng);
      return legalActionDrawn(world, drawn(rng));
    },
    crisis: () => pick(CRISIS_CHOICES),
  };
}

/**
 * Push for the strongest convention both sides will sign, open the transit
 * routes, meet every German move. Offers start at the strongest option its own
 * side can live with, go one step stronger after the other side rejects, and
 * one step weaker when an approver sends a clause back.
 */
function allianceFirstPolicy(): Policy {
  const nextOffer = new Map<ClauseId, number>();
  const lastOffered = new Map<ClauseId, number>();
  let agreedBefore: Partial<Record<ClauseId, number>> = {};
  return {
    name: 'alliance-first',
    nextOrder(world) {
      const { convention, role } = world;
      const tryAction = (action: GameAction) => (refusal(world, action) === null ? action : null);
      for (const clause of CLAUSE_IDS) {
        const strongest = CONVENTION.clauses[clause].options.length - 1;
        const before = agreedBefore[clause];
        const offered = lastOffered.get(clause);
        if (convention.agreed[clause] !== undefined) continue;
        // An approver sent the clause back: France's own (cautious) ones want it weaker, the Politburo stronger.
        if (before !== undefined)
          nextOffer.set(clause, role === 'france' ? Math.max(0, before - 1) : Math.min(strongest, before + 1));
        // Rejected: France asks the USSR for more; the USSR, facing the French veto players, asks for less.
        else if (offered !== undefined && convention.counter === null)
          nextOffer.set(clause, role === 'france' ? Math.min(strongest, offered + 1) : Math.max(0, offered - 1));
      }
      agreedBefore = { ...convention.agreed };
      lastOffered.clear();
      if (role === 'france' && convention.phase === 'drafting' && world.actors.france.stance < 60) {
        const press = tryAction({ type: 'domestic.pressStaff' });
        if (press !== null) return press;
      }
      const counter = convention.counter;
      // Moscow wanted a convention more than Paris (actors.md: Potemkin): the USSR bears a weaker counter.
      const bearable = role === 'france' ? -25 : -40;
      const counterIsBearable = counter !== null && homeValue(role, counter.clause, counter.option) >= bearable;
      const conventionStep =
        tryAction({ type: 'convention.open' }) ??
        tryAction({ type: 'convention.staffTalks' }) ??
        tryAction({ type: 'convention.draft' }) ??
        tryAction({ type: 'convention.resume' }) ??
        (counterIsBearable ? tryAction({ type: 'convention.acceptCounter' }) : null) ??
        tryAction({ type: 'convention.submit' });
      if (conventionStep !== null) return conventionStep;
      if (convention.phase === 'drafting') {
        const open = CLAUSE_IDS.find((c) => convention.agreed[c] === undefined);
        if (open !== undefined) {
          const option = nextOffer.get(open) ?? firstOffer(role, open);
          const offer = tryAction({ type: 'convention.offer', clause: open, option });
          if (offer !== null) {
            lastOffered.set(open, option);
            return offer;
          }
        }
      }
      // In the 1939 talks everything turns on Poland; before, Romania is the likelier corridor.
      const corridor =
        world.month >= MODEL.endings.tripleAllianceFrom || world.transit.romania >= 70 ? 'poland' : 'romania';
      // A démarche is worth its capital only below what démarches can reach now, and
      // before a streak of them has worn thin: after three in a row, let it cool (`repeats.ts`).
      const reachable = (state: 'poland' | 'romania') =>
        world.transit[state] < Math.min(70, demarcheCeiling(world, state).ceiling) &&
        timesInARow(world, state === 'poland' ? 'demarche-poland' : 'demarche-romania') < DEMARCHES_IN_A_ROW;
      if (reachable(corridor)) {
        const d = tryAction({ type: 'diplomacy.demarche', to: corridor });
        if (d !== null) return d;
      }
      // These cost what a démarche costs and nothing else refuses them (Moscow's collective security aside, once
      // Litvinov has gone): without them, no démarche is left either. Moscow presses collective security where a
      // proposal pays on average and before a streak of them wears thin (`repeats.ts`); else it readies the Red Army.
      if (role === 'france') return tryAction({ type: 'diplomacy.reassureBritain' }) ?? { type: 'pass' };
      const pressing =
        collectiveSecurityPays(world) && timesInARow(world, 'diplomacy.collectiveSecurity') < DEMARCHES_IN_A_ROW
          ? tryAction({ type: 'diplomacy.collectiveSecurity' })
          : null;
      return pressing ?? tryAction({ type: 'military.readiness' }) ?? { type: 'pass' };
    },
    crisis: (world) => ALLIANCE_FIRST_CRISES[world.crisis?.move ?? ''] ?? 'invoke-protocol',
  };
}

/**
 * Alliance-first's démarches to one state, or Moscow's proposals for collective security, in a row before it lets
 * the streak cool (a policy's choice, not history's).
 */
const DEMARCHES_IN_A_ROW = 3;

/**
 * Does a proposal for collective security pay on average now: its chance of being taken up, times what Moscow's
 * drift towards Berlin then loses, outweighs the chance of a rebuff times what the drift then gains
 * (`model.json` `collectiveSecurity`)? Alliance-first reads the odds the order's button shows.
 */
function collectiveSecurityPays(world: WorldState): boolean {
  const { answer, answered, rebuffed } = MODEL.collectiveSecurity;
  const chance = chanceOf(answer, ruleScore(answer, contextFor(world)));
  const gain = -(answered.levels?.sovietDrift ?? 0);
  const loss = rebuffed.levels?.sovietDrift ?? 0;
  return chance * gain > (100 - chance) * loss;
}

/**
 * Alliance-first answers: the Rhineland is Locarno's business, Austria the League's; the rest is met on the
 * treaties' own ground (the Protocol's point I: acting without waiting for the Council), since a mobilisation
 * alone commits to nothing.
 */
const ALLIANCE_FIRST_CRISES: Readonly<Record<string, CrisisChoice>> = {
  rhineland: 'ask-guarantors',
  anschluss: 'refer-council',
};

/**
 * The option alliance-first offers first on a clause. France's player knows its
 * own veto players: the strongest option the cabinet, the War Minister and the
 * General Staff together value at -15 or more. The USSR's player reads both
 * sides, as Potemkin and the Soviet attachés read Gamelin's reserve (actors.md):
 * the option whose worse judge, Paris's veto players together or the Politburo,
 * likes it best (the stronger on a tie), so that both can sign it.
 */
function firstOffer(role: 'france' | 'ussr', clause: ClauseId): number {
  const options = CONVENTION.clauses[clause].options.length;
  if (role === 'france') {
    for (let option = options - 1; option > 0; option--) {
      if (homeValue('france', clause, option) >= -15) return option;
    }
    return 0;
  }
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let option = 0; option < options; option++) {
    const score = Math.min(homeValue('france', clause, option), homeValue('ussr', clause, option));
    if (score >= bestScore) {
      best = option;
      bestScore = score;
    }
  }
  return best;
}

/** How the player's own veto players value an option (the USSR's leadership values anything strong). */
function homeValue(role: 'france' | 'ussr', clause: ClauseId, option: number): number {
  return SIDE_APPROVERS[role].reduce((sum, approver) => sum + valuation(approver, clause, option), 0);
}

/** A fresh policy for one game. */
export function createPolicy(name: PolicyChoice, scenario: Scenario, seed: string): Policy {
  if (typeof name !== 'string') return strategyPolicy(name);
  switch (name) {
    case 'historical':
      return historicalPolicy(scenario);
    case 'random':
      return randomPolicy(seed);
    case 'alliance-first':
      return allianceFirstPolicy();
  }
}
