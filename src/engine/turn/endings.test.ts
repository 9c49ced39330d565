/**
 * The endings tell the truth: thousands of seeded games over every scenario,
 * policy and role, each ending checked against the world by assertions
 * written here (not by the predicate evaluator alone), and exactly one ending
 * holding for every final world.
 */
import { describe, expect, it } from 'vitest';
import { sampled } from '../../testing/sample';
import { loadScenario, scenarioIds } from '../../testing/scenarios';
import { simulate } from '../game';
import { type GameRecord, gameRecord, transitAnswer } from '../gameRecord';
import { ENDINGS, MODEL, MOVES } from '../model/modelData';
import { endingsFileSchema } from '../model/modelSchemas';
import { POLICY_NAMES, type PolicyName } from '../policies';
import type { CountryId } from '../rules/types';
import { formatPath } from '../validation';
import { type CrisisRecord, ROLES, type Role, type WorldState, withWorld } from '../world/worldState';
import { holds, monthPasses } from './endingPredicates';
import { classifyEnding, ENDING_IDS, type EndingId, endingCase, endingsMet, endingText } from './endings';

const FULL_SAMPLE = 200;
const GAMES_PER_COMBINATION = sampled(FULL_SAMPLE);

/**
 * The rules the property plays each scenario under: history's, and the variant that has Poland grant transit,
 * without which hardly any game concludes a triple alliance (Poland's yes of August 1939: endings.json `rare`), so
 * that the endings that follow one are checked over many games too.
 */
const RULE_SETS: readonly (readonly string[])[] = [[], ['poland-grants-transit']];

/**
 * A game of the property's seeds (`endings-<i>`) that reaches each case of an ending whose text offers alternatives,
 * by its index in `endings.json`. An engine version that changes games may move them: the property's own sample
 * (`npm test`) finds each case somewhere, and its first game is a new witness.
 */
const CASE_WITNESSES: readonly {
  readonly ending: EndingId;
  readonly case: number;
  readonly scenario: string;
  readonly policy: PolicyName;
  readonly role: Role;
  readonly seed: string;
  /** Rule variants the witness is played under (`RULE_SETS`); none: history's rules. */
  readonly variants?: readonly string[];
}[] = [
  {
    ending: 'paper-alliance',
    case: 0,
    scenario: 'what-if-convention-1937',
    policy: 'random',
    role: 'ussr',
    seed: 'endings-31',
  },
  {
    ending: 'paper-alliance',
    case: 1,
    scenario: 'as-it-happened',
    policy: 'alliance-first',
    role: 'ussr',
    seed: 'endings-0',
  },
  {
    ending: 'isolated-france',
    case: 0,
    scenario: 'as-it-happened',
    policy: 'random',
    role: 'france',
    seed: 'endings-0',
  },
  {
    ending: 'isolated-france',
    case: 1,
    scenario: 'munich-1938',
    policy: 'historical',
    role: 'ussr',
    seed: 'endings-2',
  },
  {
    ending: 'triple-alliance-1939',
    case: 0,
    scenario: 'pact-1935',
    policy: 'historical',
    role: 'france',
    seed: 'endings-11',
    variants: ['poland-grants-transit'],
  },
  {
    ending: 'triple-alliance-1939',
    case: 1,
    scenario: 'pact-1935',
    policy: 'historical',
    role: 'france',
    seed: 'endings-4',
    variants: ['poland-grants-transit'],
  },
];
const WESTERN_MOVES = ['rhineland', 'anschluss', 'sudetenland', 'prague'];

const fights = (r: GameRecord, state: CountryId) => r.war?.allies.includes(state) ?? false;
const in1938 = (month: string | null) => month !== null && month >= '1938-01' && month < '1939-01';
const sudetenCrisis = (w: WorldState): CrisisRecord | undefined => w.crises.find((c) => c.move === 'sudetenland');

/** The full Franco-Soviet front of deterrence-1938, checked from the world's crisis record. */
function fullFront1938(w: WorldState): boolean {
  const c = sudetenCrisis(w);
  return (
    w.moves.sudetenland?.status === 'deterred' &&
    in1938(w.moves.sudetenland.month) &&
    c !== undefined &&
    in1938(c.month) &&
    c.result === 'deterred' &&
    c.metBy.includes('france') &&
    c.metBy.includes('ussr') &&
    c.convention === 'inForce' &&
    (c.transit.poland || c.transit.romania) &&
    (c.uk === 'lawful' || c.uk === 'no-view')
  );
}

/** What each ending's text claims, checked directly against the record and the world. */
const CLAIMS: Readonly<Record<(typeof ENDING_IDS)[number], (r: GameRecord, w: WorldState) => boolean>> = {
  'dead-letter': (r, w) =>
    r.conventionSigned === null &&
    r.moves.sudetenland === 'done' &&
    in1938(w.moves.sudetenland?.month ?? null) &&
    r.sovietGermanDeal === '1939-08' &&
    r.war?.month === '1939-09' &&
    fights(r, 'france') &&
    fights(r, 'uk') &&
    fights(r, 'poland') &&
    !fights(r, 'ussr'),
  'paper-alliance': (r, w) =>
    r.conventionSigned !== null &&
    r.tripleAlliance === null &&
    !fights(r, 'ussr') &&
    (r.sovietGermanDeal !== null ||
      w.crises.some(
        (c) => c.month >= (r.conventionSigned ?? '9999') && !(c.metBy.includes('france') && c.metBy.includes('ussr')),
      )),
  'deterrence-1938': (r, w) => r.war === null && r.endMonth === '1939-09' && fullFront1938(w),
  'early-war-grand-alliance': (r) =>
    r.war !== null &&
    r.war.month < '1939-09' &&
    fights(r, 'france') &&
    fights(r, 'ussr') &&
    fights(r, 'czechoslovakia'),
  'early-war-western': (r, w) =>
    r.war !== null &&
    r.war.month < '1939-09' &&
    fights(r, 'france') &&
    fights(r, 'uk') &&
    !fights(r, 'ussr') &&
    WESTERN_MOVES.includes(w.war?.move ?? ''),
  'isolated-france': (r) =>
    (r.war !== null && fights(r, 'france') && !fights(r, 'uk') && !fights(r, 'ussr')) ||
    (r.war === null && r.moves.prague === 'done' && r.moves.poland === 'done'),
  'early-soviet-german-deal': (r) =>
    r.sovietGermanDeal !== null && r.sovietGermanDeal < '1939-08' && r.conventionSigned === null && r.war === null,
  'triple-alliance-1939': (r) =>
    r.tripleAlliance === '1939-08' &&
    ((r.war === null && r.moves.poland !== 'done') || (fights(r, 'france') && fights(r, 'uk') && fights(r, 'ussr'))),
  'early-war-broken-front': (r) =>
    r.war !== null &&
    r.war.month < '1939-09' &&
    fights(r, 'ussr') &&
    !(fights(r, 'france') && fights(r, 'czechoslovakia')),
  'soviet-front-1939': (r) => r.tripleAlliance === null && r.war?.month === '1939-09' && fights(r, 'ussr'),
  'alliance-unkept-1939': (r) =>
    r.tripleAlliance === '1939-08' &&
    (r.moves.poland === 'done' || (r.war !== null && !(fights(r, 'france') && fights(r, 'uk') && fights(r, 'ussr')))),
  'stepped-back': (r, w) =>
    r.war === null && r.endMonth === '1939-09' && r.moves.sudetenland === 'deterred' && !fullFront1938(w),
  'peace-1939': (r) =>
    r.war === null &&
    r.endMonth === '1939-09' &&
    r.moves.poland !== 'done' &&
    r.moves.sudetenland !== 'deterred' &&
    r.moves.sudetenland !== 'met',
  'war-without-deal-1939': (r) =>
    r.conventionSigned === null &&
    r.sovietGermanDeal === null &&
    r.war?.month === '1939-09' &&
    fights(r, 'france') &&
    fights(r, 'uk') &&
    !fights(r, 'ussr'),
  'war-after-deal-1939': (r, w) =>
    r.conventionSigned === null &&
    r.sovietGermanDeal === '1939-08' &&
    r.war?.month === '1939-09' &&
    fights(r, 'france') &&
    fights(r, 'uk') &&
    !fights(r, 'ussr') &&
    (!in1938(w.moves.sudetenland?.month ?? null) || r.moves.sudetenland !== 'done' || !fights(r, 'poland')),
  'open-question': (r) => r.war === null && r.endMonth < '1939-09',
};

/** What each ending case's sentence claims, checked against the record as CLAIMS checks the endings' texts. */
const CASE_CLAIMS: Readonly<Record<string, (r: GameRecord, world: WorldState) => boolean>> = {
  'In this game France went to war with Germany, and neither Britain nor the USSR fought beside it.': (r) =>
    r.war !== null && fights(r, 'france') && !fights(r, 'uk') && !fights(r, 'ussr'),
  'In this game France had not gone to war with Germany when the game ended in September 1939: Germany took Prague, then invaded Poland, and France fought over neither.':
    (r, world) => r.war === null && world.month >= '1939-09' && r.moves.prague === 'done' && r.moves.poland === 'done',
  'In this game Moscow came to terms with Berlin.': (r) => r.sovietGermanDeal !== null,
  'In this game Moscow made no deal with Berlin, but after the convention was signed Germany made a move that France and the USSR did not meet together.':
    (r, world) =>
      r.sovietGermanDeal === null &&
      world.crises.some(
        (c) =>
          r.conventionSigned !== null &&
          c.month >= r.conventionSigned &&
          !(c.metBy.includes('france') && c.metBy.includes('ussr')),
      ),
  'In this game Germany held back from Poland.': (r) => r.war === null && r.moves.poland !== 'done',
  'In this game Germany went to war against all three.': (r) =>
    r.war !== null && fights(r, 'france') && fights(r, 'uk') && fights(r, 'ussr'),
};

/** No month in the record comes after the game's last month: an ending claims nothing beyond it. */
function monthsWithinGame(r: GameRecord): boolean {
  const months = [
    r.conventionSigned,
    r.conventionInForce,
    r.sovietGermanDeal,
    r.tripleAlliance,
    r.war?.month ?? null,
    ...r.crises.map((c) => c.month),
  ];
  return months.every((m) => m === null || (/^\d{4}-\d{2}$/.test(m) && m <= r.endMonth));
}

describe('the endings as data', () => {
  it('has one entry in endings.json for each ending id, and no other', () => {
    expect(ENDINGS.map((e) => e.id).sort()).toEqual([...ENDING_IDS].sort());
  });

  it('keeps the eight original endings, first and in their order', () => {
    const original =
      'dead-letter paper-alliance deterrence-1938 early-war-grand-alliance early-war-western isolated-france early-soviet-german-deal triple-alliance-1939';
    expect(ENDING_IDS.slice(0, 8)).toEqual(original.split(' '));
    for (const id of original.split(' ')) expect(endingText(id).text.length).toBeGreaterThan(0);
  });

  it('tells, in "what historians argue", a triple alliance as a what-if where the ending has none', () => {
    const withoutAlliance = ENDINGS.filter((e) => JSON.stringify(e.when).includes('"tripleAlliance":null'));
    expect(withoutAlliance.length).toBeGreaterThan(3);
    for (const ending of withoutAlliance.filter((e) => /triple alliance/i.test(e.historians))) {
      expect(ending.historians, ending.id).toMatch(/^A what-if\. Had Poland agreed/);
      expect(ending.historians, ending.id).toContain('In this game no triple alliance was concluded');
    }
  });

  it('refuses a predicate it does not know, naming the field', () => {
    const bad = {
      $comment: 'x',
      version: 2,
      endings: [{ id: 'x', title: 'x', text: 'x', historians: 'x', historical: false, when: { wars: true } }],
    };
    const result = endingsFileSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => formatPath(i.path))).toContain('endings[0].when');
  });

  it('compares months with an inclusive start and an exclusive end', () => {
    expect(monthPasses('1939-08', { from: '1939-08', before: '1939-09' })).toBe(true);
    expect(monthPasses('1939-09', { from: '1939-08', before: '1939-09' })).toBe(false);
    expect(monthPasses('1939-07', { from: '1939-08' })).toBe(false);
    expect(monthPasses(null, null)).toBe(true);
    expect(monthPasses(null, true)).toBe(false);
    expect(monthPasses('1936-03', null)).toBe(false);
  });
});

describe('every ending is true of every world that reaches it', () => {
  const reached = new Map<string, number>();
  const casesReached = new Set<string>();
  for (const id of scenarioIds()) {
    const scenario = loadScenario(id);
    for (const variants of RULE_SETS) {
      const under = variants.length === 0 ? '' : ` under ${variants.join(', ')}`;
      for (const policy of POLICY_NAMES) {
        for (const role of ROLES.filter((r) => scenario.roles.includes(r))) {
          it(`${id}, ${policy}, playing ${role}${under}: ${GAMES_PER_COMBINATION} games`, () => {
            for (let i = 0; i < GAMES_PER_COMBINATION; i++) {
              const seed = `endings-${i}`;
              const { ending, world } = simulate(scenario, { seed, policy, role, withLog: false, variants });
              const record = gameRecord(seed, world);
              const where = `${id} ${policy} ${role}${under} ${seed}: ${ending}`;
              expect(endingsMet(world), where).toEqual([ending]);
              expect(holds(world, endingText(ending).when), where).toBe(true);
              expect(CLAIMS[ending](record, world), where).toBe(true);
              expect(monthsWithinGame(record), where).toBe(true);
              expect(record.transit.poland).toBe(transitAnswer(world.transit.poland));
              reached.set(ending, (reached.get(ending) ?? 0) + 1);
              // Where the text offers alternatives, exactly one case says which this game took, and is true of it.
              const cases = endingText(ending).cases ?? [];
              const held = cases.filter((c) => holds(world, c.when));
              if (cases.length > 0) {
                expect(held, where).toHaveLength(1);
                expect(endingCase(world, ending), where).toBe(held[0]?.text);
                expect(CASE_CLAIMS[held[0]?.text ?? ''], held[0]?.text).toBeDefined();
                expect(CASE_CLAIMS[held[0]?.text ?? '']?.(record, world), `${where}: ${held[0]?.text}`).toBe(true);
                casesReached.add(held[0]?.text ?? '');
              } else expect(endingCase(world, ending), where).toBeNull();
            }
          });
        }
      }
    }
  }

  it('says each case of an ending whose text offers alternatives, in a game of its own', () => {
    // Every case is witnessed, and each witness game ends in its ending and says its case, true of it. (A check of
    // the property's own sample would fail in a mutation run, which plays a tenth of it: `sampled`.)
    const all = ENDING_IDS.flatMap((id) => (endingText(id).cases ?? []).map((_, i) => `${id} ${i}`));
    expect(CASE_WITNESSES.map((w) => `${w.ending} ${w.case}`).sort()).toEqual(all.sort());
    for (const w of CASE_WITNESSES) {
      const { ending, world } = simulate(loadScenario(w.scenario), {
        seed: w.seed,
        policy: w.policy,
        role: w.role,
        withLog: false,
        variants: w.variants ?? [],
      });
      const text = endingText(w.ending).cases?.[w.case]?.text ?? '';
      const where = `${w.scenario} ${w.policy} ${w.role} ${(w.variants ?? []).join(' ')} ${w.seed}: ${w.ending} case ${w.case}`;
      expect(ending, where).toBe(w.ending);
      expect(endingCase(world, ending), where).toBe(text);
      expect(CASE_CLAIMS[text]?.(gameRecord(w.seed, world), world), where).toBe(true);
      // In the full sample (`npm test`), the property above reached it too.
      if (GAMES_PER_COMBINATION === FULL_SAMPLE) expect(casesReached.has(text), where).toBe(true);
    }
  });

  it('reaches each of the eight original endings somewhere', () => {
    for (const id of ENDING_IDS.slice(0, 8)) expect(reached.get(id) ?? 0, id).toBeGreaterThan(0);
  });
});

describe('worlds the shipped scenarios rarely reach', () => {
  const base = simulate(loadScenario('as-it-happened'), { seed: 'golden-3', policy: 'historical', withLog: false });
  const historical = base.world;
  const move = (w: WorldState, id: string, status: 'done' | 'met' | 'deterred' | 'pending', month: string | null) =>
    withWorld(w, { moves: { ...w.moves, [id]: { status, month, postponed: 0 } } });

  it('starts from the dead letter', () => {
    expect(base.ending).toBe('dead-letter');
  });

  it('calls a war after a deal that took another road war-after-deal-1939, not the dead letter', () => {
    const late = move(historical, 'sudetenland', 'done', '1939-01');
    expect(classifyEnding(late)).toBe('war-after-deal-1939');
  });

  it('calls a war in September 1939 with the USSR and no triple alliance soviet-front-1939', () => {
    const war = withWorld(historical, {
      war: { month: '1939-09', move: 'poland', allies: ['france', 'ussr', 'poland'] },
    });
    expect(classifyEnding(war)).toBe('soviet-front-1939');
  });

  it('calls an early war the USSR fights without France early-war-broken-front', () => {
    const war = withWorld(historical, {
      month: '1938-09',
      sovietGermanDeal: null,
      war: { month: '1938-09', move: 'sudetenland', allies: ['ussr', 'czechoslovakia'] },
    });
    expect(classifyEnding(war)).toBe('early-war-broken-front');
  });

  it('claims nothing after the last month of a game that ends before September 1939', () => {
    const early = withWorld(historical, { month: '1939-05', war: null, sovietGermanDeal: null });
    expect(classifyEnding(early)).toBe('open-question');
    const afterDeal = withWorld(historical, { month: '1939-08', war: null });
    expect(classifyEnding(afterDeal)).toBe('open-question');
  });

  it('throws a clear Error naming the facts when no ending fits', () => {
    const impossible = withWorld(historical, { war: { month: '1938-09', move: 'sudetenland', allies: [] } });
    expect(() => classifyEnding(impossible)).toThrow(/no ending fit the final world: last month 1939-09;.*war 1938-09/);
  });

  it('records the transit states as refused, wavering or granted at the model thresholds', () => {
    expect(transitAnswer(MODEL.transit.grantedAt)).toBe('granted');
    expect(transitAnswer(MODEL.transit.grantedAt - 1)).toBe('wavering');
    expect(transitAnswer(MODEL.transit.waveringAt)).toBe('wavering');
    expect(transitAnswer(MODEL.transit.waveringAt - 1)).toBe('refused');
  });

  it('records every German move by its id, and every crisis with its verdicts as rules --json names them', () => {
    const record = gameRecord('golden-3', historical);
    expect(Object.keys(record.moves)).toEqual(MOVES.map((m) => m.id));
    expect(record.crises.map((c) => c.move)).toEqual(['rhineland', 'anschluss', 'sudetenland', 'prague', 'poland']);
    for (const c of record.crises) {
      expect(Object.keys(c.verdicts).sort()).toEqual(['czechoslovak-soviet', 'franco-soviet', 'locarno']);
    }
  });
});
