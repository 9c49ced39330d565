/**
 * A game with the British delegation travels in a share link (its verdict's
 * short code) and opens to the same game file; the screen's words for its
 * verdicts and its role.
 */
import { decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { BRITISH_VERDICTS, DELEGATION_DATA, GUARANTEE_ANSWERS, replayGame } from '../engine';
import { openLink, packLink } from '../share/link';
import { playDelegations } from '../testing/delegations';
import { loadScenario } from '../testing/scenarios';
import { actionLabel, ROLE_NAMES } from './labels';

describe('a game with the British delegation', () => {
  it('travels in a share link and opens to the same file, Britain’s verdicts with it', () => {
    const scenario = loadScenario('pact-1935');
    const file = playDelegations(scenario, 'link-britain', ['france', 'ussr', 'britain'], 14);
    const given = file.turns.flatMap((t) => t.actions.filter((_, i) => t.by?.[i] === 'britain'));
    expect(given).toContainEqual({ type: 'britain.answer', answer: 'violation-nonflagrant' });
    expect(replayGame(file, scenario).ok).toBe(true);
    const link = packLink(file);
    // The verdict travels under its short code.
    const payload = decompressFromEncodedURIComponent(link.slice(link.indexOf('=') + 1));
    expect(payload).toContain('ba:answer=violation-nonflagrant');
    expect(payload).not.toContain('britain.answer');
    const opened = openLink(link, (id) => (id === scenario.id ? scenario : undefined));
    expect(opened).toEqual({ ok: true, file });
  });

  it('travels with its guarantee to Poland, under its short code', () => {
    const scenario = loadScenario('munich-1938');
    const file = playDelegations(scenario, 'link-guarantee', ['france', 'ussr', 'britain'], 12);
    const given = file.turns.flatMap((t) => t.actions.filter((_, i) => t.by?.[i] === 'britain'));
    expect(given).toContainEqual({ type: 'britain.guarantee', answer: 'guarantee' });
    const link = packLink(file);
    const payload = decompressFromEncodedURIComponent(link.slice(link.indexOf('=') + 1));
    expect(payload).toContain('bg:answer=guarantee');
    expect(payload).not.toContain('britain.guarantee');
    expect(openLink(link, (id) => (id === scenario.id ? scenario : undefined))).toEqual({ ok: true, file });
  });

  it('has the screen’s words for its role and each of its verdicts', () => {
    expect(ROLE_NAMES.britain).toBe('Britain');
    const labels = BRITISH_VERDICTS.map((answer) => actionLabel({ type: 'britain.answer', answer }));
    expect(labels).toEqual([
      'French action lawful: Locarno no bar',
      'Take no view',
      'French action a violation: hold France back',
    ]);
    // The same words as the data's options.
    const verdicts = DELEGATION_DATA.britain.decisions.verdictAtCrisis.options;
    expect(labels).toEqual(BRITISH_VERDICTS.map((answer) => verdicts[answer].label));
    // The guarantee's answers in the data's own words.
    const { options } = DELEGATION_DATA.britain.decisions.guaranteeToPoland;
    for (const answer of GUARANTEE_ANSWERS)
      expect(actionLabel({ type: 'britain.guarantee', answer })).toBe(options[answer].label);
  });
});
