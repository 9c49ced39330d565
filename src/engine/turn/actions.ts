/**
 * What a player can do in a month (GAME.md §2): actions on the convention,
 * diplomacy, and the response to a crisis. Each costs political capital; an
 * action the rules do not allow is refused with a reason, and logged.
 */
import { z } from 'zod';
import { CONVENTION, MODEL } from '../model/modelData';
import { monthsInPhase } from '../world/effects';
import { CLAUSE_IDS, type ClauseId, CONVENTION_PHASES, type Role, type WorldState } from '../world/worldState';

/** The five answers a player can give when Germany moves (issue 3: the crisis's decision points). */
export const CRISIS_CHOICES = [
  'refer-council',
  'invoke-protocol',
  'ask-guarantors',
  'mobilise',
  'stand-aside',
] as const;
export type CrisisChoice = (typeof CRISIS_CHOICES)[number];

export const gameActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('pass') }),
  z.strictObject({ type: z.literal('convention.open') }),
  z.strictObject({ type: z.literal('convention.staffTalks') }),
  z.strictObject({ type: z.literal('convention.draft') }),
  z.strictObject({
    type: z.literal('convention.offer'),
    clause: z.enum(CLAUSE_IDS),
    option: z.number().int().min(0).max(3),
  }),
  z.strictObject({ type: z.literal('convention.acceptCounter') }),
  z.strictObject({ type: z.literal('convention.submit') }),
  z.strictObject({ type: z.literal('convention.resume') }),
  z.strictObject({ type: z.literal('diplomacy.demarche'), to: z.enum(['poland', 'romania']) }),
  z.strictObject({ type: z.literal('diplomacy.reassureBritain') }),
  z.strictObject({ type: z.literal('diplomacy.germanFeeler') }),
  z.strictObject({ type: z.literal('domestic.rally') }),
  z.strictObject({ type: z.literal('domestic.pressStaff') }),
  z.strictObject({ type: z.literal('military.readiness') }),
  z.strictObject({ type: z.literal('crisis.respond'), choice: z.enum(CRISIS_CHOICES) }),
]);
export type GameAction = z.infer<typeof gameActionSchema>;
export type ActionType = GameAction['type'];

/** Actions only one side can take. */
const ROLE_ONLY: Readonly<Partial<Record<ActionType, Role>>> = {
  'diplomacy.reassureBritain': 'france',
  'domestic.rally': 'france',
  'domestic.pressStaff': 'france',
  'diplomacy.germanFeeler': 'ussr',
  'military.readiness': 'ussr',
};

/** The only side that can take an action of this type, or null if both can. */
export function roleOnly(type: ActionType): Role | null {
  return ROLE_ONLY[type] ?? null;
}

/** Political capital an action costs (`scenarios/model/model.json`). */
export function costOf(action: GameAction): number {
  return MODEL.actions[action.type]?.cost ?? 0;
}

/** Why the rules refuse `action` now, or null if they allow it. */
export function refusal(world: WorldState, action: GameAction): string | null {
  if (world.phase === 'ended') return 'the game is over';
  if (world.phase === 'crisis') {
    return action.type === 'crisis.respond' ? null : 'a crisis is waiting for your response (crisis.respond)';
  }
  if (action.type === 'crisis.respond') return 'there is no crisis to respond to';
  const only = ROLE_ONLY[action.type];
  if (only !== undefined && only !== world.role)
    return `only the ${only === 'france' ? 'French' : 'Soviet'} side can do that`;
  if (costOf(action) > world.capital) {
    return `not enough political capital (${world.capital} left, ${costOf(action)} needed)`;
  }
  const { convention } = world;
  switch (action.type) {
    case 'convention.open':
      return convention.phase === 'noContacts' ? null : 'contacts are already open';
    case 'convention.staffTalks':
      return convention.phase === 'attacheContacts' ? null : 'staff talks need attaché contacts first, and only once';
    case 'convention.draft': {
      if (convention.phase !== 'staffTalks') return 'drafting follows general-staff talks';
      const months = CONVENTION.rules.minStaffTalkMonths.value;
      return monthsInPhase(world) >= months ? null : `the staffs need ${months} months of talks before drafting`;
    }
    case 'convention.offer': {
      if (convention.phase !== 'drafting') return 'offers are made while drafting';
      if (action.option >= CONVENTION.clauses[action.clause].options.length) return 'no such option for that clause';
      return convention.agreed[action.clause] === action.option ? 'that option is already agreed' : null;
    }
    case 'convention.acceptCounter':
      return convention.phase === 'drafting' && convention.counter !== null
        ? null
        : 'there is no counter-offer on the table';
    case 'convention.submit': {
      if (convention.phase !== 'drafting') return 'only a draft can be submitted';
      const missing = CLAUSE_IDS.filter((c) => convention.agreed[c] === undefined);
      return missing.length === 0 ? null : `clauses not yet agreed: ${missing.join(', ')}`;
    }
    case 'convention.resume':
      return convention.phase === 'stalled' ? null : 'the talks are not stalled';
    case 'diplomacy.demarche':
      return null;
    default:
      return null;
  }
}

/** Room in a legality key for what one convention phase adds: a counter-offer and seven clauses of up to four options. */
const PHASE_SLOT = CLAUSE_IDS.reduce((room) => room * 5, 2);

/**
 * The facts `refusal` reads in the orders phase, packed into one small
 * integer: worlds with the same key allow the same actions. The months of staff
 * talks matter only during staff talks, and the clauses and counter-offer only
 * while drafting. Null when a fact is out of the packed range (the actions are
 * then worked out afresh).
 */
function legalityKey(world: WorldState): number | null {
  const { convention, capital } = world;
  if (world.phase !== 'orders' || capital < 0 || capital > 63 || !Number.isInteger(capital)) return null;
  let key = world.role === 'france' ? 0 : 1;
  key = key * 64 + capital;
  key = key * 16 + CONVENTION_PHASES.indexOf(convention.phase);
  let extra = 0;
  if (convention.phase === 'staffTalks') {
    const ripe = CONVENTION.rules.minStaffTalkMonths.value;
    if (ripe >= PHASE_SLOT) return null;
    extra = Math.max(0, Math.min(monthsInPhase(world), ripe));
  } else if (convention.phase === 'drafting') {
    extra = convention.counter === null ? 0 : 1;
    for (const clause of CLAUSE_IDS) {
      const option = convention.agreed[clause] ?? -1;
      if (option > 3) return null;
      extra = extra * 5 + option + 1;
    }
  }
  return key * PHASE_SLOT + extra;
}

const legalMemo = new Map<number, readonly GameAction[]>();

/**
 * Every action the rules allow now (one of each kind; offers for each clause and
 * option). The list is shared between worlds that allow the same actions: read it, do not change it.
 */
export function legalActions(world: WorldState): readonly GameAction[] {
  const key = legalityKey(world);
  if (key === null) return enumerateLegalActions(world);
  const known = legalMemo.get(key);
  if (known !== undefined) return known;
  const actions = enumerateLegalActions(world);
  if (legalMemo.size > 50_000) legalMemo.clear();
  legalMemo.set(key, actions);
  return actions;
}

function enumerateLegalActions(world: WorldState): GameAction[] {
  if (world.phase === 'ended') return [];
  if (world.phase === 'crisis') return CRISIS_CHOICES.map((choice) => ({ type: 'crisis.respond', choice }));
  const candidates: GameAction[] = [
    { type: 'pass' },
    { type: 'convention.open' },
    { type: 'convention.staffTalks' },
    { type: 'convention.draft' },
    { type: 'convention.acceptCounter' },
    { type: 'convention.submit' },
    { type: 'convention.resume' },
    { type: 'diplomacy.demarche', to: 'poland' },
    { type: 'diplomacy.demarche', to: 'romania' },
    { type: 'diplomacy.reassureBritain' },
    { type: 'diplomacy.germanFeeler' },
    { type: 'domestic.rally' },
    { type: 'domestic.pressStaff' },
    { type: 'military.readiness' },
  ];
  if (world.convention.phase === 'drafting') {
    for (const clause of CLAUSE_IDS) {
      CONVENTION.clauses[clause].options.forEach((_, option) => {
        candidates.push({ type: 'convention.offer', clause: clause as ClauseId, option });
      });
    }
  }
  return candidates.filter((action) => refusal(world, action) === null);
}
