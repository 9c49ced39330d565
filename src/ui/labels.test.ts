/**
 * The crisis answers' help lines say what each answer does in the engine: a
 * class chooses by them. A mobilisation commits to fight only where the model
 * says so (`crisis.mobilisationBinds`), so its help must not promise action.
 */
import { describe, expect, it } from 'vitest';
import { CONVENTION, CRISIS_CHOICES, createGame, MODEL, MOVES, type WorldState } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { assumedAnswersText, CRISIS_LABELS, conventionNotNow, crisisLabel, orderOddsText } from './labels';

describe('the crisis answers’ help', () => {
  it('has a label and a help line for every answer', () => {
    for (const choice of CRISIS_CHOICES) {
      expect(CRISIS_LABELS[choice].label.length, choice).toBeGreaterThan(3);
      expect(CRISIS_LABELS[choice].help.length, choice).toBeGreaterThan(5);
    }
  });

  it('says a mobilisation binds only to the allies the model binds it to, and names France’s', () => {
    const { help } = CRISIS_LABELS.mobilise;
    expect(help).not.toMatch(/act now|whatever the others/i);
    expect(help).toMatch(/commits you to fight only where your government went to war in history/);
    expect(MODEL.crisis.mobilisationBinds.ussr).toEqual([]);
    expect(MODEL.crisis.mobilisationBinds.france).toEqual(['poland']);
    expect(help).toContain('(France for Poland in 1939)');
    // Not a difference of treaties: France was allied to Czechoslovakia as to Poland.
    expect(crisisLabel('mobilise', 'france').help).not.toMatch(/treaty of its own|not through the League/);
    // Each side is told its own: France bound to Poland, the USSR to no one.
    expect(crisisLabel('mobilise', 'france').help).toMatch(
      /commits France to fight only for Poland: the model’s reading of history, where France called up reservists and then signed at Munich/,
    );
    expect(crisisLabel('mobilise', 'ussr').help).toMatch(/commits the USSR to fight for no one\.$/);
    expect(crisisLabel('mobilise', 'ussr').help).not.toContain('Poland');
  });

  it('words the USSR’s "ask the guarantors" as waiting for Britain’s verdict: the USSR was no party to Locarno', () => {
    expect(crisisLabel('ask-guarantors', 'france')).toBe(CRISIS_LABELS['ask-guarantors']);
    const soviet = crisisLabel('ask-guarantors', 'ussr');
    expect(soviet.label).toBe('Wait for Britain’s verdict');
    expect(soviet.help).toMatch(/no party to Locarno/);
    expect(soviet.label).not.toMatch(/Locarno guarantors/);
    for (const choice of CRISIS_CHOICES.filter((c) => c !== 'ask-guarantors' && c !== 'mobilise'))
      expect(crisisLabel(choice, 'ussr'), choice).toBe(CRISIS_LABELS[choice]);
  });

  it('cites the article that acts on a Council recommendation (Art. 3 with Protocol point I), and what point I keeps due', () => {
    // treaty-and-rules.md §1: Art. 2 is the case where the Council fails (Covenant Art. 15 §7); Art. 3 acts under Art. 16.
    expect(CRISIS_LABELS['refer-council'].help).toContain('treaty Art. 3 and Protocol point I');
    expect(CRISIS_LABELS['refer-council'].help).not.toContain('treaty Art. 2');
    expect(CRISIS_LABELS['invoke-protocol'].help).toMatch(/would point I of the Franco-Soviet Protocol keep help due/);
    expect(CRISIS_LABELS.mobilise.help).toMatch(/in the model/);
  });
});

describe('acting without waiting for the Council', () => {
  it('promises help due under point I only where the Franco-Soviet treaty applies, and is not called invoking it', () => {
    const { label, help } = CRISIS_LABELS['invoke-protocol'];
    // No German move of the game attacks French or Soviet soil: a button "Invoke the Protocol" named a ground never there.
    expect(
      MOVES.some((m) => ['france', 'ussr'].includes(m.incident.victim) && m.incident.target === 'own-territory'),
    ).toBe(false);
    expect(label).toBe('Act without waiting for the Council');
    expect(help).toMatch(
      /^On your own decision\. Only against an attack on French or Soviet soil would point I of the Franco-Soviet Protocol/,
    );
    expect(help).toMatch(/Locarno still judges a French action\.$/);
  });
});

describe('what the verdicts before an answer assume of the others', () => {
  const hold = { uk: 'violation-nonflagrant', transit: { poland: false, romania: true } } as const;

  it('names Britain’s expected verdict and each route’s expected answer', () => {
    const text = assumedAnswersText(hold, []);
    expect(text).toContain("Britain's verdict, French action would be a violation, though not a flagrant one");
    expect(text).toContain('passage through Poland refused, through Romania granted');
    expect(assumedAnswersText({ uk: 'no-view', transit: { poland: true, romania: false } }, ['france', 'ussr'])).toBe(
      "They take the others' answers as the model expects them: Britain's verdict, no view given; passage through Poland granted, through Romania refused.",
    );
  });

  it('once the crisis is answered, says the answers were given, and promises no other answer', () => {
    const text = assumedAnswersText(hold, ['france', 'britain'], 'given');
    expect(text).toBe(
      "They take the others' answers as they were given at this crisis: Britain's verdict, French action would be a violation, though not a flagrant one; passage through Poland refused, through Romania granted.",
    );
  });

  it('says which transit state was not asked, and that its answer is the one the model expects', () => {
    expect(assumedAnswersText(hold, [], 'given', { poland: false, romania: true })).toMatch(
      /through Romania granted\. Poland was not asked \(no Soviet force marched\): its answer is the one the model expects\.$/,
    );
    expect(assumedAnswersText(hold, [], 'given', { poland: false, romania: false })).toMatch(
      /Poland and Romania were not asked \(no Soviet force marched\): their answers are the ones? the model expects\.$/,
    );
  });

  it('says where a delegation’s own answer will decide instead, naming each, and no other', () => {
    expect(assumedAnswersText(hold, ['france', 'britain'])).toMatch(
      /In this game the British delegation gives its own answer, which decides when the crisis is resolved\.$/,
    );
    expect(assumedAnswersText(hold, ['france', 'ussr', 'poland', 'romania', 'britain'])).toMatch(
      /the British delegation, the Polish delegation and the Romanian delegation give their own answer/,
    );
    expect(assumedAnswersText(hold, ['france', 'czechoslovakia'])).not.toMatch(/In this game/);
  });
});

describe('why no clause can be offered, said above the convention’s cards', () => {
  const world = createGame(loadScenario('pact-1935'), { seed: 'not-now', role: 'ussr' }).getSnapshot().world;
  const at = (phase: WorldState['convention']['phase']): WorldState => ({
    ...world,
    convention: { ...world.convention, phase },
  });

  it('gives the engine’s own refusal: stalled talks are resumed first, a signed convention takes no offer', () => {
    expect(conventionNotNow(at('stalled'))).toBe('No offer can be made now: the talks are stalled: resume them first.');
    expect(conventionNotNow(at('signed'))).toBe('No offer can be made now: the convention is signed.');
    expect(conventionNotNow(at('brokenOff'))).toBe('No offer can be made now: the talks have been broken off.');
  });

  it('shows the way to drafting before the talks get there, and says nothing while drafting', () => {
    expect(conventionNotNow(at('noContacts'))).toBe(
      'No offer can be made now: offers are made while drafting. Open attaché contacts, then propose staff talks, then begin drafting, from the orders.',
    );
    // Each phase is told its own way on: staff talks already running are not told to open contacts.
    expect(conventionNotNow(at('staffTalks'))).toBe(
      `No offer can be made now: offers are made while drafting. Begin drafting from the orders once the staffs have talked for ${CONVENTION.rules.minStaffTalkMonths.value} months.`,
    );
    expect(conventionNotNow(at('attacheContacts'))).toMatch(
      /: offers are made while drafting\. Propose staff talks, then/,
    );
    expect(conventionNotNow(at('drafting'))).toBe('');
  });
});

describe('the odds shown beside an order', () => {
  it('say each roll’s chance and its question, or why the order would change nothing, and nothing for no die', () => {
    const world = createGame(loadScenario('blum-staff-talks-1936'), { seed: 'odds', role: 'ussr' }).getSnapshot().world;
    expect(orderOddsText(world, { type: 'convention.staffTalks' })).toMatch(
      /^, odds \d+ in 100 that the French cabinet agrees to general-staff talks, and (?:100|0) in 100 that Moscow agrees to staff talks$/,
    );
    expect(orderOddsText(world, { type: 'diplomacy.demarche', to: 'poland' })).toBe(
      ', odds 40 in 100 that a démarche moves the government',
    );
    const worn = { ...world, repeats: { 'demarche-poland': { count: 30, last: world.month } } };
    expect(orderOddsText(worn, { type: 'diplomacy.demarche', to: 'poland' })).toBe(
      `: it would change nothing now, repeated so often that it carries no weight now (it weighs again after more than ${MODEL.diminishing.forgetAfterMonths} months without one)`,
    );
    expect(orderOddsText(world, { type: 'domestic.rally' })).toBeNull();
    // A roll at 0 in 100 cannot come up: said first, not among the odds of an order worth its capital.
    // (Laval's cabinet in May 1935, which did not hurry a convention: actors.md.)
    const may1935 = createGame(loadScenario('pact-1935'), { seed: 'odds', role: 'ussr' }).getSnapshot().world;
    const laval = { ...may1935, convention: { ...may1935.convention, phase: 'attacheContacts' as const } };
    expect(orderOddsText(laval, { type: 'convention.staffTalks' })).toBe(
      ': it would change nothing now, with odds of 0 in 100 that the French cabinet agrees to general-staff talks',
    );
  });

  it('say, for a full draft, each approver’s answer as it stands, and what a refusing one objects to most', () => {
    const start = createGame(loadScenario('last-chance-1937'), { seed: 'odds', role: 'france' }).getSnapshot().world;
    // The strongest option of every clause: more than the French approvers will sign.
    const agreed = Object.fromEntries(
      Object.entries(CONVENTION.clauses).map(([clause, { options }]) => [clause, options.length - 1]),
    );
    const world = { ...start, convention: { ...start.convention, phase: 'drafting' as const, agreed, counter: null } };
    const text = orderOddsText(world, { type: 'convention.submit' }) ?? '';
    expect(text).toMatch(/^; as the draft stands: the cabinet approves the draft convention\? (yes|no)/);
    expect(text).toContain('; the Politburo approves the draft convention? ');
    expect(text).toMatch(/\? no \(most against the [a-z]/);
  });
});
