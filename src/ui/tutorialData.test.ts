import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import tutorialJson from '../../scenarios/text/tutorial.en.json';
import { createGame, type GameAction, MONTHLY_ORDERS, parseScenario, type WorldState } from '../engine';
import { type Advance, advancedInWorld, factLine, holds, TUTORIAL, tutorialSchema } from './tutorialData';

const ROOT = join(import.meta.dirname, '../..');
/** The modules that build the game's markup the steps point at. */
const MARKUP_SOURCES = ['src/ui/app.ts', 'src/ui/crisisLaw.ts'].map((f) => readFileSync(join(ROOT, f), 'utf8'));

/** Whether a step's selector names controls the game's markup builds: each id, attribute and order it names. */
function inMarkup(selector: string): boolean {
  const source = MARKUP_SOURCES.join('\n');
  const ids = [...selector.matchAll(/#([a-z][a-z0-9-]*)/g)].map((m) => m[1] ?? '');
  const attributes = [...selector.matchAll(/\[([a-z-]+)="([^"]+)"\]/g)].map((m) => ({
    name: m[1] ?? '',
    value: m[2] ?? '',
  }));
  const idBuilt = (id: string) =>
    source.includes(`'${id}'`) ||
    // crisisLaw.ts's panels: `${id}-button` of the panel's id.
    (id.endsWith('-button') && source.includes(`'${id.slice(0, -'-button'.length)}'`) && source.includes('-button`'));
  const orders = MONTHLY_ORDERS.map((a) => (a.type === 'diplomacy.demarche' ? `${a.type}:${a.to}` : a.type));
  const attributeBuilt = ({ name, value }: { name: string; value: string }) =>
    source.includes(`'${name}'`) && (name !== 'data-action' || orders.includes(value));
  return ids.length + attributes.length > 0 && ids.every(idBuilt) && attributes.every(attributeBuilt);
}

function scenario() {
  const file = JSON.parse(readFileSync(join(ROOT, 'scenarios', `${TUTORIAL.scenario}.json`), 'utf8'));
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error('the tutorial scenario does not load');
  return parsed.value;
}

/** What a player does for each kind of step (the step's words say it); nothing for Next and page-only steps. */
const PLAYER_DOES: Partial<Record<Advance, GameAction | { type: 'turn.end' }>> = {
  'contacts-opened': { type: 'convention.open' },
  'month-ended': { type: 'turn.end' },
  'staff-talks-answered': { type: 'convention.staffTalks' },
  'demarche-answered': { type: 'diplomacy.demarche', to: 'poland' },
  'crisis-answered': { type: 'crisis.respond', choice: 'refer-council' },
};

describe('the guided first game', () => {
  it('reads a valid data file, and refuses a broken one', () => {
    expect(tutorialSchema.safeParse(tutorialJson).success).toBe(true);
    expect(TUTORIAL.steps.length).toBeGreaterThan(10);
    const broken = { ...tutorialJson, steps: [{ ...tutorialJson.steps[0], advance: 'when-ready' }] };
    expect(tutorialSchema.safeParse(broken).success).toBe(false);
    const repeated = { ...tutorialJson, steps: [tutorialJson.steps[0], tutorialJson.steps[0]] };
    expect(tutorialSchema.safeParse(repeated).success).toBe(false);
    const unsourced = { ...tutorialJson, steps: [{ ...tutorialJson.steps[0], source: 'a book I read' }] };
    expect(tutorialSchema.safeParse(unsourced).success).toBe(false);
  });

  it("points every step at a control the game's markup builds", () => {
    for (const step of TUTORIAL.steps) expect(inMarkup(step.target), `${step.id}: ${step.target}`).toBe(true);
    expect(inMarkup('#no-such-control')).toBe(false);
    expect(inMarkup('[data-action="convention.annex"]')).toBe(false);
  });

  it('plays through the engine with every fact it states true of this world, to the Rhineland crisis before the pact is in force', () => {
    const game = createGame(scenario(), { seed: TUTORIAL.seed, role: TUTORIAL.role });
    const world = (): WorldState => game.getSnapshot().world;
    const shown: string[] = [];
    for (const step of TUTORIAL.steps) {
      const started = world();
      if (step.requires !== undefined)
        expect(holds(step.requires, started), `${step.id} requires ${step.requires}`).toBe(true);
      if (step.fact !== undefined) expect(factLine(step.fact, started), `${step.id}: ${step.fact}`).toMatch(/\S/);
      shown.push(step.id);
      const action = PLAYER_DOES[step.advance];
      if (action !== undefined) expect(game.send(action).accepted, step.id).toBe(true);
      if (step.advance === 'crisis') {
        for (let months = 0; world().phase !== 'crisis' && months < 24; months++) game.send({ type: 'turn.end' });
      }
      const moved = advancedInWorld(step.advance, world(), started);
      if (moved !== null) expect(moved, `${step.id} moves on when done`).toBe(true);
      if (step.id === 'crisis') {
        expect(world().month).toBe('1936-03');
        expect(world().crisis?.move).toBe('rhineland');
      }
    }
    expect(shown).toEqual(TUTORIAL.steps.map((s) => s.id));
    expect(world().crises).toHaveLength(1);
  });

  it("says nothing the world does not say: each fact is false where it isn't so", () => {
    const game = createGame(scenario(), { seed: TUTORIAL.seed, role: TUTORIAL.role });
    const start = game.getSnapshot().world;
    expect(holds('transit-refused', start)).toBe(false);
    expect(holds('staff-talks-refused-at-home', start)).toBe(false);
    expect(holds('pact-not-in-force', start)).toBe(false);
    expect(factLine('crisis-result', start)).toBeNull();
    expect(advancedInWorld('month-ended', start, start)).toBe(false);
    expect(advancedInWorld('crisis', start, start)).toBe(false);
    expect(advancedInWorld('next', start, start)).toBeNull();
    // Another seed whose Rhineland crisis comes in April 1936, after the exchange of ratifications: not shown there.
    const later = createGame(scenario(), { seed: 'tutorial', role: 'france' });
    for (const action of [
      { type: 'convention.open' },
      { type: 'turn.end' },
      { type: 'convention.staffTalks' },
      { type: 'diplomacy.demarche', to: 'poland' },
    ] as const)
      later.send(action);
    for (let months = 0; later.getSnapshot().world.phase !== 'crisis' && months < 24; months++)
      later.send({ type: 'turn.end' });
    expect(later.getSnapshot().world.month).toBe('1936-04');
    later.send({ type: 'crisis.respond', choice: 'refer-council' });
    expect(later.getSnapshot().world.crises).toHaveLength(1);
    expect(holds('pact-not-in-force', later.getSnapshot().world)).toBe(false);
  });
});
