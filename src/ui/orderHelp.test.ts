/**
 * Each monthly order says what it does (a playtest found none did): its
 * purpose, and its effects read from the model's own data, every level,
 * stance and trust it moves named in words, never by its id.
 */
import { describe, expect, it } from 'vitest';
import { type GameAction, MODEL, MONTHLY_ORDERS } from '../engine';
import { signed } from '../why/text';
import { effectWords, helpKey, ORDER_HELP_TEXT, orderHelp } from './orderHelp';

describe('what an order does', () => {
  it('has a line for every monthly order, and no line for an order that does not exist', () => {
    for (const action of MONTHLY_ORDERS) expect(ORDER_HELP_TEXT.help[helpKey(action)], helpKey(action)).toBeTruthy();
    expect(Object.keys(ORDER_HELP_TEXT.help).sort()).toEqual(MONTHLY_ORDERS.map(helpKey).sort());
  });

  it('names every effect an order has in the model, with its size from the data', () => {
    let named = 0;
    for (const action of MONTHLY_ORDERS) {
      const effects = MODEL.actions[action.type]?.effects;
      const moved = [effects?.levels, effects?.stance, effects?.trust].flatMap((r) => Object.entries(r ?? {}));
      const words = effectWords(action);
      expect(words, action.type).toHaveLength(moved.length);
      for (const [id, n] of moved) {
        named += 1;
        expect(
          words.some((w) => w.endsWith(` ${signed(n ?? 0)}`) && !w.startsWith(id)),
          `${action.type} ${id}`,
        ).toBe(true);
      }
    }
    expect(named).toBeGreaterThan(5);
  });

  it('says a feeler to Berlin moves Moscow towards Germany and costs France’s trust, as the model does', () => {
    const feeler: GameAction = { type: 'diplomacy.germanFeeler' };
    const effects = MODEL.actions['diplomacy.germanFeeler']?.effects;
    const line = orderHelp(feeler);
    expect(line).toContain(`Moscow's drift towards a deal with Germany ${signed(effects?.levels?.sovietDrift ?? 0)}`);
    expect(line).toContain(`France's trust in Moscow ${signed(effects?.trust?.france ?? 0)}`);
    expect(line).not.toContain('within');
  });

  it('says an order that wears down when repeated does, with the model’s memory', () => {
    const line = orderHelp({ type: 'diplomacy.reassureBritain' });
    expect(line).toContain(
      `less each time it is given within ${MODEL.diminishing.forgetAfterMonths} months of the last`,
    );
    expect(line.startsWith(ORDER_HELP_TEXT.help['diplomacy.reassureBritain'] ?? '?')).toBe(true);
    // A démarche's effect is its roll (its odds are on its button): its line is its purpose alone.
    expect(orderHelp({ type: 'diplomacy.demarche', to: 'poland' })).toBe(
      ORDER_HELP_TEXT.help['diplomacy.demarche.poland'],
    );
  });
});
