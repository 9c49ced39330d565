/**
 * The crisis answers' help lines say what each answer does in the engine: a
 * class chooses by them. A mobilisation commits to fight only where the model
 * says so (`crisis.mobilisationBinds`), so its help must not promise action.
 */
import { describe, expect, it } from 'vitest';
import { CRISIS_CHOICES, MODEL } from '../engine';
import { CRISIS_LABELS } from './labels';

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
    expect(help).toMatch(/commits you to fight only for an ally/);
    expect(MODEL.crisis.mobilisationBinds.ussr).toEqual([]);
    expect(MODEL.crisis.mobilisationBinds.france).toEqual(['poland']);
    expect(help).toContain('(France to Poland)');
  });
});
