/**
 * Issue 12's Done criterion, in Node: for every crisis of `as-it-happened`
 * (each answer, each side), "why did no help come?" has an answer in the
 * game: each treaty's verdict, the step that decided it with a citation the
 * glossary explains, the reason's words, and the hollow-pact line where the
 * letter owed help and practice stopped it.
 */
import { describe, expect, it } from 'vitest';
import { CRISIS_CHOICES, countryName, MOVES, REASONS } from '../engine';
import { glossaryFor } from '../glossary/glossary';
import { historyCrises } from '../testing/scenarios';
import { crisisWhy, helpCame, helpers, resultLine } from './whyNoHelp';

describe('why no help came, for every crisis of as-it-happened', () => {
  it('names for each treaty its verdict, the deciding step and its glossary entry, the reason, and the hollow pact', () => {
    const moves = new Set<string>();
    const linked = new Set<string>();
    const unlinked = new Set<string>();
    const results = new Set<string>();
    for (const answer of CRISIS_CHOICES) {
      for (const role of ['france', 'ussr'] as const) {
        for (const { before, after } of historyCrises(`why-${answer}`, role, answer)) {
          const record = after.crises.at(-1);
          if (record === undefined) throw new Error('a crisis without its record');
          moves.add(record.move);
          const why = crisisWhy(before, record);
          expect(why.verdicts).not.toBeNull();
          // Unopposed means neither ally fought (whatever was answered); met means the states that stood are named, and
          // the victim standing for itself (France at the Rhineland, Czechoslovakia, Poland) is not help.
          const victim = MOVES.find((m) => m.id === record.move)?.incident.victim;
          const helped = record.metBy.filter((state) => state !== victim);
          expect(why.result).toMatch(helped.length === 0 ? /^No help came/ : /^Help came/);
          results.add(why.result.replace(/:.*/, record.metBy.includes(victim ?? 'france') ? ' (victim stood)' : ''));
          if (record.result === 'unopposed') {
            expect(record.metBy).toEqual([]);
            expect(why.result).toBe(
              'No help came: neither France nor the Soviet Union fought the move, and it went through.',
            );
          } else {
            for (const state of record.metBy) expect(why.result).toContain(countryName(state));
            if (helped.length === 0)
              expect(why.result).toContain(`${countryName(victim ?? 'france')} stood against the move alone`);
            else if (victim !== undefined && record.metBy.includes(victim))
              expect(why.result).toContain(`stood against the move beside ${countryName(victim)}`);
            expect(why.result).toMatch(record.result === 'war' ? /war/ : /Germany backed down/);
          }
          expect(why.treaties.map((t) => t.treaty)).toEqual(['franco-soviet', 'czechoslovak-soviet', 'locarno']);
          for (const t of why.treaties) {
            const recorded = record.verdicts[t.treaty];
            expect(t.headline.length).toBeGreaterThan(3);
            // The deciding step is the verdict's final state, cited, and the glossary explains its citation.
            expect(t.step?.state).toBe(why.verdicts?.[t.treaty].path.at(-1)?.state);
            expect(t.step?.cite.length).toBeGreaterThan(3);
            // An article's citation links to its glossary entry; only the project's own rules spec has none.
            const cite = t.step?.cite ?? '';
            if (glossaryFor(cite).length === 0) {
              expect(cite, t.step?.state).toMatch(/^treaty-and-rules\.md §5/);
              unlinked.add(cite);
            } else linked.add(cite);
            if (recorded.reason === null) expect(t.reason).toBeNull();
            else expect(t.reason?.text).toBe(REASONS[recorded.reason].text);
            expect(t.hollow).toBe(record.hollow.includes(t.treaty));
            if (t.hollow) expect(t.step?.kind).toBe('practice');
          }
        }
      }
    }
    // Every German move of the scenario that opened a crisis was checked.
    expect([...moves].sort()).toEqual(['anschluss', 'poland', 'prague', 'rhineland', 'sudetenland']);
    expect(linked.size).toBeGreaterThan(unlinked.size);
    // Each kind of outcome was met: none came, a victim that stood alone (France at the Rhineland), a victim helped.
    expect([...results].sort()).toEqual([
      'Help came, and with it war (victim stood)',
      'No help came',
      'No help came (victim stood)',
    ]);
  });
});

describe('what came of the move, in one sentence', () => {
  it('names the states that helped, the victim beside them or alone, and what Germany did', () => {
    const crises = historyCrises('why-line', 'france', 'stand-aside').map(({ after }) => after.crises.at(-1));
    const sudeten = crises.find((record) => record?.move === 'sudetenland');
    const rhineland = crises.find((record) => record?.move === 'rhineland');
    if (sudeten === undefined || rhineland === undefined) throw new Error('no Sudeten or Rhineland crisis');
    const deterred = { ...sudeten, result: 'deterred', metBy: ['france', 'ussr', 'czechoslovakia'] } as const;
    expect(resultLine(deterred)).toBe(
      'Help came: France and the Soviet Union stood against the move beside Czechoslovakia, and Germany backed down.',
    );
    expect(helpers(deterred)).toEqual(['france', 'ussr']);
    const war = { ...sudeten, result: 'war', metBy: ['ussr'] } as const;
    expect(resultLine(war)).toBe('Help came, and with it war: the Soviet Union stood against the move.');
    // France at the Rhineland is the victim of the breach: standing for itself is not help.
    const alone = { ...rhineland, result: 'war', metBy: ['france'] } as const;
    expect(resultLine(alone)).toBe('No help came: France stood against the move alone, and it meant war.');
    expect(helpCame(alone)).toBe(false);
    const backedDown = { ...rhineland, result: 'deterred', metBy: ['france', 'ussr'] } as const;
    expect(resultLine(backedDown)).toBe(
      'Help came: the Soviet Union stood against the move beside France, and Germany backed down.',
    );
  });
});
