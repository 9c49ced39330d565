/**
 * The verdict paths, function by function (issue 9): the key of one treaty's
 * verdict, the keys of a crisis record, and the paths the legal engine gives at
 * a German move on the days asked. Every world and list is made inside its test.
 */
import { describe, expect, it } from 'vitest';
import { MOVES } from './model/modelData';
import { crisisPaths, possibleVerdictPaths, verdictPath, verdictPathsUntil } from './verdictPaths';
import type { CrisisRecord } from './world/worldState';

/** What the legal engine says at a German attack on Czechoslovakia once both treaties are in force (the March 1939 move). */
const AT_PRAGUE = [
  'czechoslovak-soviet declined POLITICAL_REFUSAL',
  'czechoslovak-soviet not-applicable NO_FRENCH_ASSISTANCE',
  'czechoslovak-soviet rendered -',
  'czechoslovak-soviet rendered - +NO_TRANSIT',
  'franco-soviet not-applicable NOT_IN_FORCE',
  'franco-soviet not-applicable NOT_OWN_TERRITORY',
  'locarno lawful -',
  'locarno not-engaged NO_FRENCH_ACTION',
  'locarno violation GUARANTOR_OPPOSED',
];

function move(id: string) {
  const found = MOVES.find((m) => m.id === id);
  if (found === undefined) throw new Error(`no move ${id}`);
  return found;
}

describe('verdictPath', () => {
  it('names the treaty, the outcome and the reason, "-" for none, with no obstacle by default', () => {
    expect(verdictPath('locarno', 'lawful', null)).toBe('locarno lawful -');
    expect(verdictPath('locarno', 'violation', 'GUARANTOR_OPPOSED')).toBe('locarno violation GUARANTOR_OPPOSED');
  });

  it('adds each obstacle met on the way that is not the reason itself', () => {
    expect(verdictPath('czechoslovak-soviet', 'rendered', null, ['NO_TRANSIT'])).toBe(
      'czechoslovak-soviet rendered - +NO_TRANSIT',
    );
    expect(
      verdictPath('franco-soviet', 'declined', 'POLITICAL_REFUSAL', [
        'POLITICAL_REFUSAL',
        'NO_TRANSIT',
        'NO_CONVENTION',
      ]),
    ).toBe('franco-soviet declined POLITICAL_REFUSAL +NO_TRANSIT +NO_CONVENTION');
  });
});

describe('crisisPaths', () => {
  it('gives one path per treaty of a resolved crisis, in the order Franco-Soviet, Czechoslovak-Soviet, Locarno', () => {
    const record: CrisisRecord = {
      move: 'sudetenland',
      month: '1938-09',
      answer: 'mobilise',
      answers: { france: 'mobilise', ussr: 'invoke-protocol' },
      uk: 'no-view',
      transit: { poland: false, romania: false },
      convention: 'noContacts',
      result: 'war',
      metBy: ['czechoslovakia'],
      verdicts: {
        'franco-soviet': { outcome: 'not-applicable', reason: 'NOT_OWN_TERRITORY', obstacles: [] },
        'czechoslovak-soviet': { outcome: 'rendered', reason: null, obstacles: ['NO_TRANSIT'] },
        locarno: { outcome: 'violation', reason: 'GUARANTOR_OPPOSED' },
      },
      hollow: [],
    };
    expect(crisisPaths(record)).toEqual([
      'franco-soviet not-applicable NOT_OWN_TERRITORY',
      'czechoslovak-soviet rendered - +NO_TRANSIT',
      'locarno violation GUARANTOR_OPPOSED',
    ]);
  });
});

describe('verdictPathsUntil', () => {
  it('gives every path of a German attack on Czechoslovakia in March 1939, sorted, the pact in force or not', () => {
    expect(verdictPathsUntil([move('prague')], '1939-03')).toEqual(AT_PRAGUE);
  });

  it('gives the Rhineland its Locarno paths, the guarantors’ veto among them, and no Czechoslovak duty', () => {
    expect(verdictPathsUntil([move('rhineland')], '1936-03')).toEqual([
      'czechoslovak-soviet not-applicable NOT_A_PARTY',
      'franco-soviet not-applicable NOT_IN_FORCE',
      'franco-soviet not-applicable NOT_OWN_TERRITORY',
      'locarno lawful -',
      'locarno violation GUARANTOR_OPPOSED',
    ]);
  });

  it('finds nothing when the last month comes before the move opens, and reads every move and every month asked', () => {
    expect(verdictPathsUntil([move('prague')], '1939-02')).toEqual([]);
    expect(verdictPathsUntil([move('prague')], '1939-04')).toEqual(AT_PRAGUE);
    // Prague opens after March 1936: only the Rhineland speaks then.
    expect(verdictPathsUntil([move('prague'), move('rhineland')], '1936-03')).toEqual(
      verdictPathsUntil([move('rhineland')], '1936-03'),
    );
  });

  it('judges a Czechoslovak crisis before the Czechoslovak-Soviet treaty came into force (16 May 1935) as no duty of it', () => {
    const early = { opens: '1935-05', incident: move('prague').incident };
    const paths = verdictPathsUntil([early], '1935-05');
    expect(paths).toContain('czechoslovak-soviet not-applicable NOT_IN_FORCE');
    expect(paths.filter((p) => p.startsWith('czechoslovak-soviet') && !p.endsWith('NOT_IN_FORCE'))).toEqual([]);
    // A month later the treaty holds, and its help may come.
    expect(verdictPathsUntil([{ ...early, opens: '1935-06' }], '1935-06')).toContain('czechoslovak-soviet rendered -');
  });
});

describe('possibleVerdictPaths', () => {
  it('is computed once, and holds every path of each move at its opening', () => {
    const paths = possibleVerdictPaths();
    expect(possibleVerdictPaths()).toBe(paths);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toEqual(expect.arrayContaining([...AT_PRAGUE, 'czechoslovak-soviet not-applicable NOT_A_PARTY']));
  });
});
