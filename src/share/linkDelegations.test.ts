/**
 * Share links of games of several delegations (issue 14 §2): a `#g2=` link
 * carries the delegations and who gave each order, opens to the same game
 * file (hashes and `by` lists), and is refused when its `by` is altered; a
 * game of one role is still a `#g1=` link, and old `#g1=` links still open.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { recordGame, replayGame, simulate } from '../engine';
import { playDelegations } from '../testing/delegations';
import { loadScenario } from '../testing/scenarios';
import { DELEGATIONS_LINK_FORMAT, LINK_FORMAT, openLink, packLink } from './link';

const scenario = loadScenario('pact-1935');
const lookup = (id: string) => (id === scenario.id ? scenario : undefined);
/** Long enough to reach the Rhineland crisis (March 1936), answered by both delegations. */
const delegations = playDelegations(scenario, 'link-delegations', ['france', 'ussr'], 14);
const sovietFirst = playDelegations(scenario, 'link-soviet-first', ['ussr', 'france'], 4);
/** Three delegations through the Rhineland: Poland answers the request for Soviet transit. */
const withPoland = playDelegations(scenario, 'link-poland', ['france', 'ussr', 'poland'], 14);

const payloadOf = (link: string): Record<string, unknown> =>
  JSON.parse(decompressFromEncodedURIComponent(link.slice(link.indexOf('=') + 1)));
const forge = (payload: unknown, format = DELEGATIONS_LINK_FORMAT) =>
  `#g${format}=${compressToEncodedURIComponent(JSON.stringify(payload))}`;

describe('share links of a game of several delegations', () => {
  it('the fixture is a game of two delegations with orders from each, and a crisis', () => {
    const by = delegations.turns.flatMap((t) => t.by ?? []);
    expect(new Set(by)).toEqual(new Set(['france', 'ussr']));
    expect(delegations.turns.some((t) => t.actions.some((a) => a.type === 'crisis.respond'))).toBe(true);
    expect(replayGame(delegations, scenario).ok).toBe(true);
  });

  it('open to the same game file: delegations, who gave each order, and hashes', () => {
    expect(withPoland.turns.some((t) => t.by?.includes('poland'))).toBe(true);
    for (const file of [delegations, sovietFirst, withPoland]) {
      const link = packLink(file);
      expect(link.startsWith(`#g${DELEGATIONS_LINK_FORMAT}=`)).toBe(true);
      const opened = openLink(link, lookup);
      expect(opened).toMatchObject({ ok: true });
      if (!opened.ok) return;
      expect(opened.file).toEqual(file);
      expect(opened.file.roles).toEqual(file.roles);
      expect(opened.file.turns.map((t) => t.by)).toEqual(file.turns.map((t) => t.by));
    }
  });

  it('write who gave each order as one digit per order', () => {
    const payload = payloadOf(packLink(delegations));
    expect(payload.d).toEqual(['france', 'ussr']);
    const expected = delegations.turns.map((t) => (t.by ?? []).map((r) => (r === 'france' ? '0' : '1')).join(''));
    expect(payload.y).toBe(expected.join(';'));
  });

  it('a game of one role is still a g1 link without delegations, and an old g1 link opens as before', () => {
    const one = recordGame(
      scenario,
      'link-one',
      'france',
      simulate(scenario, { seed: 'link-one', policy: 'alliance-first' }).turns,
    );
    const link = packLink(one);
    expect(link.startsWith(`#g${LINK_FORMAT}=`)).toBe(true);
    expect(Object.keys(payloadOf(link))).not.toContain('d');
    // A link as the previous version wrote it (these keys only) opens to the same file.
    const { e, s, h, seed, r, t, f } = payloadOf(link);
    const opened = openLink(forge({ e, s, h, seed, r, t, f }, LINK_FORMAT), lookup);
    expect(opened).toEqual({ ok: true, file: one });
  });

  it('refuse a link whose delegations or format do not agree', () => {
    const payload = payloadOf(packLink(delegations));
    const { d: _d, y: _y, ...single } = payload;
    // Delegations in a g1 link, or a g2 link without them: broken.
    expect(openLink(forge(payload, LINK_FORMAT), lookup)).toMatchObject({ ok: false, kind: 'broken' });
    expect(openLink(forge(single), lookup)).toMatchObject({ ok: false, kind: 'broken' });
    // `y` without `d`, a digit naming no delegation, a turn's count of digits wrong, or a turn missing.
    expect(openLink(forge({ ...single, y: payload.y }), lookup)).toMatchObject({ kind: 'broken' });
    expect(openLink(forge({ ...payload, y: String(payload.y).replace('1', '7') }), lookup)).toMatchObject({
      kind: 'broken',
    });
    expect(openLink(forge({ ...payload, y: String(payload.y).replace('0', '00') }), lookup)).toMatchObject({
      kind: 'broken',
    });
    expect(openLink(forge({ ...payload, y: String(payload.y).replace(/;[^;]*$/, '') }), lookup)).toMatchObject({
      kind: 'broken',
    });
    // The first delegation must be the link's role; a delegation given twice.
    expect(openLink(forge({ ...payload, r: 'ussr' }), lookup)).toMatchObject({ kind: 'broken' });
    expect(openLink(forge({ ...payload, d: ['france', 'france'] }), lookup)).toMatchObject({ kind: 'tampered' });
    // Six delegations: more than a game seats.
    const six = ['france', 'ussr', 'poland', 'romania', 'czechoslovakia', 'britain'];
    expect(openLink(forge({ ...payload, d: six }), lookup)).toMatchObject({ kind: 'broken' });
  });

  it('refuse, as altered, a link whose orders are given by the other delegation', () => {
    const payload = payloadOf(packLink(delegations));
    const swapped = String(payload.y).replace(/[01]/g, (digit) => (digit === '0' ? '1' : '0'));
    const opened = openLink(forge({ ...payload, y: swapped }), lookup);
    expect(opened).toMatchObject({ ok: false, kind: 'tampered' });
  });
});
