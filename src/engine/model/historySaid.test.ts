/**
 * What a further delegation's screen and the debrief say of history: Britain's verdict as a Locarno guarantor was given (as the
 * model reads it) only over the Rhineland, and none under Locarno after Germany repudiated the pact; Romania's
 * answer of August 1939 is not in the sources. Before, every crisis read "In history: no flagrant breach: hold
 * France back.", the invasion of Poland included, and Romania's 1939 answer read as a recorded refusal.
 */
import { describe, expect, it } from 'vitest';
import { DELEGATION_DATA, historyNoteFor, historySaid } from './delegationData';
import { MOVES } from './modelData';

describe('history beside a further delegation’s question', () => {
  it('gives Britain’s verdict by move: the Rhineland’s, then none under Locarno', () => {
    const verdict = DELEGATION_DATA.britain.decisions.verdictAtCrisis;
    expect(historySaid(verdict, 'rhineland')).toMatch(/^no guarantor judged immediate action necessary/);
    for (const move of MOVES.filter((m) => m.id !== 'rhineland')) {
      expect(historySaid(verdict, move.id), move.id).toMatch(/^no verdict under Locarno was given/);
    }
    expect(historySaid(verdict, 'poland')).toContain('declared war on Germany together');
  });

  it('says where the sources hold no answer, and otherwise history’s answer by its label', () => {
    const romania = DELEGATION_DATA.romania.decisions.transitInTalks1939;
    expect(historySaid(romania, null)).toMatch(/^no Romanian answer of August 1939 is recorded/);
    const guarantee = DELEGATION_DATA.britain.decisions.guaranteeToPoland;
    expect(historySaid(guarantee, 'prague')).toBe('guarantee Poland.');
    expect(historyNoteFor(guarantee, 'prague')).toBeNull();
  });

  it('has a note only where history gave no answer among the options', () => {
    const verdict = DELEGATION_DATA.britain.decisions.verdictAtCrisis;
    expect(historyNoteFor(verdict, 'anschluss')).toMatch(/^no verdict under Locarno was given/);
    expect(historyNoteFor(verdict, null)).toBe('no British verdict under Locarno is recorded for this move.');
    expect(historyNoteFor(DELEGATION_DATA.poland.decisions.transitAtCrisis, 'sudetenland')).toBeNull();
  });
});
