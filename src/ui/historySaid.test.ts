/**
 * What a further delegation's screen says of history: Britain's verdict as a Locarno guarantor was given (as the
 * model reads it) only over the Rhineland, and none under Locarno after Germany repudiated the pact; Romania's
 * answer of August 1939 is not in the sources. Before, every crisis read "In history: no flagrant breach: hold
 * France back.", the invasion of Poland included, and Romania's 1939 answer read as a recorded refusal.
 */
import { describe, expect, it } from 'vitest';
import { DELEGATION_DATA, MOVES, type WorldState } from '../engine';
import { historySaid } from './delegations';

const at = (move: string | null): Pick<WorldState, 'crisis'> =>
  ({ crisis: move === null ? null : { move } }) as Pick<WorldState, 'crisis'>;

describe('history beside a further delegation’s question', () => {
  it('gives Britain’s verdict by move: the Rhineland’s, then none under Locarno', () => {
    const verdict = DELEGATION_DATA.britain.decisions.verdictAtCrisis;
    expect(historySaid(verdict, verdict.options, at('rhineland'))).toMatch(
      /^no guarantor judged immediate action necessary/,
    );
    for (const move of MOVES.filter((m) => m.id !== 'rhineland')) {
      expect(historySaid(verdict, verdict.options, at(move.id)), move.id).toMatch(
        /^no verdict under Locarno was given/,
      );
    }
    expect(historySaid(verdict, verdict.options, at('poland'))).toContain('declared war on Germany together');
  });

  it('says where the sources hold no answer, and otherwise history’s answer by its label', () => {
    const romania = DELEGATION_DATA.romania.decisions.transitInTalks1939;
    expect(historySaid(romania, romania.options, at(null))).toMatch(/^no Romanian answer of August 1939 is recorded/);
    const guarantee = DELEGATION_DATA.britain.decisions.guaranteeToPoland;
    expect(historySaid(guarantee, guarantee.options, at('prague'))).toBe('guarantee Poland.');
  });
});
