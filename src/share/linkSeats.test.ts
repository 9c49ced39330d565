/**
 * Who sits where, in the share link of a game of delegations (issue 14 §2):
 * a `#g2=` link made in the middle of a month carries the seated delegation,
 * those that have ended their orders and the orders given since (`z`), and
 * opens to the same seats; a link without them opens as before; seats that do
 * not fit the game are refused.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { withSeats } from '../engine';
import { playDelegations } from '../testing/delegations';
import { loadScenario } from '../testing/scenarios';
import { openLink, packLink } from './link';

const scenario = loadScenario('pact-1935');
const lookup = (id: string) => (id === scenario.id ? scenario : undefined);
const plain = playDelegations(scenario, 'link-seats', ['france', 'ussr', 'poland'], 3);
const seats = {
  seated: 'ussr',
  done: ['france'],
  pending: [
    { action: { type: 'convention.offer', clause: 'trigger', option: 1 }, by: 'france' },
    { action: { type: 'domestic.rally' }, by: 'france' },
  ],
};
const file = withSeats(plain, seats);
const payloadOf = (link: string) => JSON.parse(decompressFromEncodedURIComponent(link.slice(link.indexOf('=') + 1)));
const forge = (payload: unknown, format = 2) => `#g${format}=${compressToEncodedURIComponent(JSON.stringify(payload))}`;

describe('who sits where, in a share link', () => {
  it('is carried by a g2 link and opens to the same seats; a link without them opens without', () => {
    expect(file.seats).toEqual(seats);
    const link = packLink(file);
    expect(payloadOf(link).z).toEqual({ s: 1, o: '0', p: 'cf:clause=trigger:option=1,mr', q: '00' });
    const opened = openLink(link, lookup);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.file).toEqual(file);
    const without = openLink(packLink(plain), lookup);
    if (!without.ok) throw new Error(without.message);
    expect(without.file.seats).toBeUndefined();
    expect(without.file).toEqual(plain);
  });

  it('is refused when it does not fit the game: a seat out of range, a Polish order, seats in a g1 link', () => {
    const payload = payloadOf(packLink(file));
    const broken = { ok: false, kind: 'broken' };
    expect(openLink(forge({ ...payload, z: { ...payload.z, s: 7 } }), lookup)).toMatchObject(broken);
    expect(openLink(forge({ ...payload, z: { ...payload.z, q: '02' } }), lookup)).toMatchObject(broken);
    expect(openLink(forge({ ...payload, z: { ...payload.z, o: '1' } }), lookup)).toMatchObject(broken);
    expect(openLink(forge({ ...payload, z: { ...payload.z, q: '0' } }), lookup)).toMatchObject(broken);
    const { d: _d, y: _y, ...oneRole } = payload;
    expect(openLink(forge(oneRole, 1), lookup)).toMatchObject({ ok: false });
  });
});
