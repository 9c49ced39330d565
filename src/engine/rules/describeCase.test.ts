/**
 * A case's verdicts as the text a teacher reads aloud or projects (`npm run rules`): each
 * treaty's headline, every step numbered with its citation, letter or practice, its reading and
 * its note, and the hollow pact where the letter owed help and practice stopped it. Each case is
 * read and judged inside its test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCase } from './assistancePipeline';
import { describeCase, hollowExplanation, locarnoHeadline, pathLandmarks, treatyHeadline } from './describeCase';
import { parseLegalCaseText } from './legalCase';

const CASES = join(import.meta.dirname, '../../../scenarios/cases');

function judged(id: string) {
  const parsed = parseLegalCaseText(readFileSync(join(CASES, `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.problems)}`);
  return { legalCase: parsed.value, result: evaluateCase(parsed.value) };
}

const VETO = 'A Locarno guarantor judged France the violator';

describe('a case told as text', () => {
  it('heads each treaty with its outcome, who helps, with what and how ready', () => {
    const { result } = judged('germany-attacks-ussr-1937');
    expect(treatyHeadline(result.verdicts['franco-soviet'])).toBe(
      'RENDERED by France: an offensive in the west, economic help (improvised)',
    );
    expect(treatyHeadline(result.verdicts['czechoslovak-soviet'])).toBe(
      'RENDERED by Czechoslovakia: economic help, an offensive in the west',
    );
    // Lawful without a reason code: the headline says why (Britain's "no view" or "lawful" bars nothing).
    expect(locarnoHeadline(result.verdicts.locarno)).toBe('LAWFUL — no guarantor that counts calls it a violation');
    expect(hollowExplanation(result)).toBeNull();
  });

  it('says a French defence of French soil is lawful as legitimate defence', () => {
    const { result } = judged('germany-attacks-france-1937');
    expect(result.verdicts.locarno.path.at(-1)?.state).toBe('locarno.legitimateDefence');
    expect(locarnoHeadline(result.verdicts.locarno, 'is')).toBe(
      'A FRENCH ACTION IS LAWFUL — legitimate defence of French soil',
    );
  });

  it('sends land forces through the transit states that let them pass, where the case gives their answers', () => {
    const verdict = {
      outcome: 'rendered',
      reason: null,
      helper: 'ussr',
      types: ['economic', 'land_via_transit'],
      owed: true,
      obstacles: [],
      delivery: null,
      path: [],
    } as const;
    const said = (transit?: { poland?: boolean; romania?: boolean }) => treatyHeadline(verdict, 'would-have', transit);
    expect(said()).toBe(
      'HELP WOULD HAVE BEEN GIVEN by the Soviet Union: economic help, land forces through Poland or Romania',
    );
    expect(said({ poland: false, romania: true })).toBe(
      'HELP WOULD HAVE BEEN GIVEN by the Soviet Union: economic help, land forces through Romania',
    );
    expect(said({ poland: true })).toContain('land forces through Poland');
    expect(said({ poland: true, romania: true })).toContain('land forces through Poland and Romania');
    expect(said({ poland: false, romania: false })).toContain('land forces through Poland or Romania');
  });

  it('names the reason of a verdict that gives no help, and the hollow pact', () => {
    const { result } = judged('germany-attacks-ussr-britain-objects');
    expect(treatyHeadline(result.verdicts['franco-soviet'])).toBe(`BLOCKED — ${VETO}`);
    expect(treatyHeadline(result.verdicts['czechoslovak-soviet'])).toMatch(/^NOT APPLICABLE — /);
    expect(locarnoHeadline(result.verdicts.locarno)).toBe(`VIOLATION — ${VETO}`);
    // In a game, Locarno says whose action it judges; of a case supposed, what would be (or have been).
    expect(locarnoHeadline(result.verdicts.locarno, 'is')).toBe(`A FRENCH ACTION IS A VIOLATION — ${VETO}`);
    expect(locarnoHeadline(result.verdicts.locarno, 'would')).toBe(`A FRENCH ACTION WOULD BE A VIOLATION — ${VETO}`);
    expect(locarnoHeadline(result.verdicts.locarno, 'would-have')).toBe(
      `A FRENCH ACTION WOULD HAVE BEEN A VIOLATION — ${VETO}`,
    );
    expect(treatyHeadline(result.verdicts['franco-soviet'], 'would')).toBe(`WOULD BE BLOCKED — ${VETO}`);
    expect(treatyHeadline(result.verdicts['franco-soviet'], 'would-have')).toBe(`WOULD HAVE BEEN BLOCKED — ${VETO}`);
    expect(treatyHeadline(result.verdicts['franco-soviet'], 'is')).toBe(`BLOCKED — ${VETO}`);
    expect(treatyHeadline(result.verdicts['czechoslovak-soviet'], 'would')).toMatch(/^NOT APPLICABLE — /);
    expect(hollowExplanation(result)).toBe(
      `Hollow: the letter owed help, practice stopped it. Franco-Soviet treaty (1935) — ${VETO}.`,
    );
  });

  it('finds where the letter’s duty arose and where the path ended', () => {
    const { result } = judged('germany-attacks-ussr-britain-objects');
    const { path } = result.verdicts['franco-soviet'];
    const { owedAt, endedAt } = pathLandmarks(result.verdicts['franco-soviet']);
    expect(owedAt).not.toBeNull();
    expect(path[(owedAt ?? 0) - 1]?.state).toMatch(/\.obligationArises$/);
    expect(endedAt).toBe(path.at(-1));
    const before = judged('before-the-treaties-1935').result.verdicts['franco-soviet'];
    expect(pathLandmarks(before).owedAt).toBeNull();
  });

  it('tells the whole case: heading, date, summary, each treaty and every step, then the hollow pact', () => {
    const { legalCase, result } = judged('germany-attacks-ussr-britain-objects');
    const lines = describeCase(legalCase, result).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Germany attacks the USSR; Britain calls a French offensive a violation (what-if)',
      '  germany-attacks-ussr-britain-objects · 1 May 1937',
      `  ${legalCase.summary}`,
    ]);
    expect(lines[3]).toBe('');
    expect(lines[4]).toBe(`Franco-Soviet treaty (1935): BLOCKED — ${VETO}`);
    expect(lines[5]).toBe('   1. LETTER   Franco-Soviet Treaty, Preamble');
    expect(lines[6]).toMatch(/^ {15}France and the USSR undertake/);
    // Every step: its number (two places), letter or practice, its citation, then its summary; a reading in
    // brackets and a note after an arrow where it has them.
    const { path } = result.verdicts['franco-soviet'];
    const numbered = lines.filter((line) => /^ {2}[ \d]\d\. /.test(line));
    const steps =
      path.length + result.verdicts['czechoslovak-soviet'].path.length + result.verdicts.locarno.path.length;
    expect(numbered).toHaveLength(steps);
    expect(numbered.filter((line) => line.includes(' PRACTICE '))).not.toHaveLength(0);
    expect(lines).toContain(`  10. ${path[9]?.kind === 'letter' ? 'LETTER  ' : 'PRACTICE'} ${path[9]?.cite}`);
    const read = path.findIndex((step) => step.reading !== undefined);
    expect(lines.some((line) => line.endsWith(` ${path[read]?.cite} [${path[read]?.reading}]`))).toBe(true);
    const noted = path.find((step) => step.note !== undefined);
    expect(lines).toContain(`               → ${noted?.note}`);
    expect(lines).toContain(
      `Czechoslovak-Soviet treaty (1935): ${treatyHeadline(result.verdicts['czechoslovak-soviet'])}`,
    );
    expect(lines).toContain(`Locarno, the Rhineland Pact (1925): VIOLATION — ${VETO}`);
    expect(lines.at(-2)).toBe('');
    expect(lines.at(-1)).toBe(hollowExplanation(result));
  });

  it('heads a case without a title by who acts against whom, and ends without a hollow pact where none was', () => {
    const { legalCase, result } = judged('germany-attacks-ussr-1937');
    const { title: _title, summary: _summary, ...untitled } = legalCase;
    const lines = describeCase(untitled, result).split('\n');
    expect(lines[0]).toBe('Germany: attack against Soviet Union');
    expect(lines[2]).toBe('');
    expect(lines.at(-1)).not.toMatch(/^Hollow/);
  });

  it('heads a verdict without a reason or a helper by what it has, nothing invented', () => {
    const { result } = judged('germany-attacks-ussr-1937');
    const rendered = result.verdicts['franco-soviet'];
    expect(treatyHeadline({ ...rendered, helper: null })).toBe(
      'RENDERED: an offensive in the west, economic help (improvised)',
    );
    expect(treatyHeadline({ ...rendered, outcome: 'declined', reason: null })).toBe('DECLINED');
    // In a game, help given is said in a class's words, and the Soviet Union with its article.
    expect(treatyHeadline({ ...rendered, helper: null }, 'would')).toMatch(/^HELP WOULD BE GIVEN: /);
    expect(treatyHeadline({ ...rendered, helper: 'ussr' }, 'is')).toMatch(/^HELP IS GIVEN by the Soviet Union: /);
    expect(treatyHeadline({ ...rendered, helper: 'ussr' }, 'would-have')).toMatch(
      /^HELP WOULD HAVE BEEN GIVEN by the Soviet Union: /,
    );
    expect(treatyHeadline({ ...rendered, helper: 'france' }, 'would')).toMatch(/^HELP WOULD BE GIVEN by France: /);
    // The legal cases and the command line keep the machines' own words.
    expect(treatyHeadline({ ...rendered, helper: 'ussr' })).toMatch(/^RENDERED by Soviet Union: /);
    expect(treatyHeadline({ ...rendered, outcome: 'declined', reason: null }, 'would-have')).toBe(
      'WOULD HAVE BEEN DECLINED',
    );
  });

  it('names every hollow treaty, each with its reason where it has one', () => {
    const { result } = judged('germany-attacks-ussr-britain-objects');
    const fs = result.verdicts['franco-soviet'];
    const cs = result.verdicts['czechoslovak-soviet'];
    const both = {
      ...result,
      hollow: ['franco-soviet', 'czechoslovak-soviet'] as const,
      verdicts: { ...result.verdicts, 'czechoslovak-soviet': { ...cs, reason: null } },
    };
    expect(hollowExplanation(both)).toBe(
      `Hollow: the letter owed help, practice stopped it. Franco-Soviet treaty (1935) — ${VETO}; Czechoslovak-Soviet treaty (1935).`,
    );
    expect(fs.reason).toBe('GUARANTOR_OPPOSED');
  });

  it('counts the first step as step 1 when the duty arises there', () => {
    const { result } = judged('germany-attacks-ussr-1937');
    const fs = result.verdicts['franco-soviet'];
    const owedStep = fs.path.find((step) => step.state === 'francoSovietPact.obligationArises');
    expect(owedStep).toBeDefined();
    if (owedStep !== undefined) expect(pathLandmarks({ ...fs, path: [owedStep] }).owedAt).toBe(1);
  });

  it('writes an arrow line only for a step with a note, a blank line before Locarno, and ends on the last step where nothing was hollow', () => {
    const { legalCase, result } = judged('germany-attacks-ussr-1937');
    const lines = describeCase(legalCase, result).split('\n');
    const paths = [
      result.verdicts['franco-soviet'].path,
      result.verdicts['czechoslovak-soviet'].path,
      result.verdicts.locarno.path,
    ];
    const noted = paths.flat().filter((step) => step.note !== undefined);
    expect(lines.filter((line) => line.startsWith('               → '))).toEqual(
      noted.map((step) => `               → ${step.note}`),
    );
    const locarnoAt = lines.indexOf(
      'Locarno, the Rhineland Pact (1925): LAWFUL — no guarantor that counts calls it a violation',
    );
    expect(lines[locarnoAt - 1]).toBe('');
    const last = result.verdicts.locarno.path.at(-1);
    expect(lines.at(-1)).toBe(
      last?.note === undefined ? `               ${last?.summary}` : `               → ${last.note}`,
    );
  });
});
