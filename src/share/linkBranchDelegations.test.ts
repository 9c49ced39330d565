/**
 * The share link of a game of delegations taken over as one role (issue 14
 * §2): a `#g2=` link with the branch (`b`), the delegations before it (`d`)
 * and who gave each order before it (`y`); it opens to the same game file, and
 * is refused when who gave an order is altered.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { branchAt, saveBranch } from '../engine';
import { playDelegations } from '../testing/delegations';
import { loadScenario } from '../testing/scenarios';
import { DELEGATIONS_LINK_FORMAT, openLink, packLink } from './link';

const scenario = loadScenario('pact-1935');
const lookup = (id: string) => (id === scenario.id ? scenario : undefined);
const delegations = playDelegations(scenario, 'link-branch-delegations', ['france', 'ussr', 'poland'], 14);

function branchFile() {
  const turn = delegations.turns[5];
  if (turn === undefined) throw new Error('no turn');
  const branch = branchAt(delegations, scenario, { turn: turn.turn, role: 'ussr' });
  if (!branch.ok) throw new Error(JSON.stringify(branch.problems));
  branch.value.game.send({ type: 'military.readiness' });
  branch.value.game.send({ type: 'turn.end' });
  const saved = saveBranch(branch.value, scenario);
  if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
  return saved.value;
}

describe('the share link of a game of delegations taken over as one role', () => {
  const file = branchFile();

  it('is a g2 link with the branch and who gave each order before it, and opens to the same file', () => {
    expect(file.branchedFrom?.roles).toEqual(['france', 'ussr', 'poland']);
    const link = packLink(file);
    expect(link.startsWith(`#g${DELEGATIONS_LINK_FORMAT}=`)).toBe(true);
    const payload = JSON.parse(decompressFromEncodedURIComponent(link.slice(link.indexOf('=') + 1)));
    expect(payload).toMatchObject({ r: 'ussr', b: [5, 'france'], d: ['france', 'ussr', 'poland'] });
    expect(payload.y.split(';')).toHaveLength(5);
    const opened = openLink(link, lookup);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.file).toEqual(file);
  });

  it('is refused when who gave an order before the branch is altered, or its delegations do not start with the branch side', () => {
    const link = packLink(file);
    const payload = JSON.parse(decompressFromEncodedURIComponent(link.slice(link.indexOf('=') + 1)));
    const forge = (p: unknown) => `#g2=${compressToEncodedURIComponent(JSON.stringify(p))}`;
    const swapped = { ...payload, y: payload.y.replaceAll('0', 'x').replaceAll('1', '0').replaceAll('x', '1') };
    expect(openLink(forge(swapped), lookup)).toMatchObject({ ok: false, kind: 'tampered' });
    expect(openLink(forge({ ...payload, d: ['ussr', 'france', 'poland'] }), lookup)).toMatchObject({
      ok: false,
      kind: 'broken',
    });
    // Without its delegations it is a g1 branch of one side: another game, which does not reach the recorded hash.
    const { d: _d, y: _y, ...oneSide } = payload;
    expect(openLink(`#g1=${compressToEncodedURIComponent(JSON.stringify(oneSide))}`, lookup)).toMatchObject({
      ok: false,
      kind: 'tampered',
    });
  });
});
