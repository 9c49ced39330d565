import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  branchAt,
  ENGINE_VERSION,
  type GameFile,
  parseGameFile,
  recordGame,
  replayGame,
  type Scenario,
  saveBranch,
  sentActionTypes,
  sidesOf,
  simulate,
} from '../engine';
import { loadScenario, scenarioIds } from '../testing/scenarios';
import { CODED_ACTION_TYPES, hasGameLink, MAX_LINK_CHARS, openLink, packLink, shareUrl } from './link';

const SCENARIOS = new Map(scenarioIds().map((id) => [id, loadScenario(id)]));
const lookup = (id: string) => SCENARIOS.get(id);
const scenario = loadScenario('pact-1935');

function recorded(
  s: Scenario,
  seed: string,
  policy: 'historical' | 'random' | 'alliance-first',
  role = 'france' as const,
) {
  return recordGame(s, seed, role, simulate(s, { seed, policy, role }).turns);
}

const busy = recorded(scenario, 'link', 'alliance-first');

/** The payload inside a link, for tests that forge links as someone might. */
function payloadOf(link: string): Record<string, unknown> {
  return JSON.parse(decompressFromEncodedURIComponent(link.slice('#g1='.length)));
}
const forge = (payload: unknown) => `#g1=${compressToEncodedURIComponent(JSON.stringify(payload))}`;

describe('share links', () => {
  it('open to the same game file, hashes and all', () => {
    const link = packLink(busy);
    expect(link.startsWith('#g1=')).toBe(true);
    const opened = openLink(link, lookup);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.file).toEqual(busy);
    expect(replayGame(opened.file, scenario).ok).toBe(true);
  });

  it('open from a whole address, its fragment, or the bare g1= text, and say which text holds a game', () => {
    const url = shareUrl('https://class.example/play/?lang=en#old', busy);
    expect(url.startsWith('https://class.example/play/?lang=en#g1=')).toBe(true);
    for (const text of [url, url.slice(url.indexOf('#')), url.slice(url.indexOf('#') + 1)]) {
      expect(hasGameLink(text)).toBe(true);
      expect(openLink(text, lookup).ok).toBe(true);
    }
    expect(hasGameLink('https://class.example/play/#rhineland')).toBe(false);
  });

  it('carry a branch, as the other side, and open it to a file that replays', () => {
    const s = loadScenario('as-it-happened');
    const history = recorded(s, 'branch-link', 'historical');
    const at = history.turns.find((t) => t.month === '1936-03');
    const branch = branchAt(history, s, { turn: at?.turn ?? 0, role: 'ussr' });
    if (!branch.ok) throw new Error('no branch');
    branch.value.game.send({ type: 'military.readiness' });
    branch.value.game.send({ type: 'turn.end' });
    const file = saveBranch(branch.value, s);
    if (!file.ok) throw new Error('not saved');
    const opened = openLink(packLink(file.value), lookup);
    expect(opened).toEqual({ ok: true, file: file.value });
  });

  it('fit every whole game of every scenario, policy and role in well under 2,000 characters', () => {
    const lengths: number[] = [];
    for (const s of SCENARIOS.values()) {
      for (const policy of ['historical', 'random', 'alliance-first'] as const) {
        for (const role of sidesOf(s)) {
          const file = recordGame(s, 'size', role, simulate(s, { seed: 'size', policy, role }).turns);
          const link = packLink(file);
          lengths.push(link.length);
          if (file.turns.length >= 45) expect(link.length, `${s.id} ${policy} ${role}`).toBeLessThan(2000);
        }
      }
    }
    expect(Math.max(...lengths)).toBeLessThan(2000);
  });

  it('have a short code for every action type, so links stay short', () => {
    expect([...CODED_ACTION_TYPES].sort()).toEqual(
      sentActionTypes()
        .filter((t) => t !== 'turn.end')
        .sort(),
    );
  });
});

describe('links that open nothing', () => {
  const link = packLink(busy);
  const payload = payloadOf(link);

  it('a broken link: cut short, not compressed, or not ours', () => {
    for (const text of [link.slice(0, 40), '#g1=hello', '#g1=', '#rhineland', 'https://example.org/', '']) {
      const opened = openLink(text, lookup);
      expect(opened).toMatchObject({ ok: false, kind: 'broken' });
      if (!opened.ok) expect(opened.message).toMatch(/^This link is broken/);
    }
    expect(openLink(forge({ ...payload, extra: '<b>x</b>' }), lookup)).toMatchObject({ kind: 'broken' });
    expect(openLink(forge({ ...payload, t: 'cf:clause=ground:option' }), lookup)).toMatchObject({ kind: 'broken' });
  });

  it('a tampered link: another order, another seed, or another final hash, all re-compressed', () => {
    const orders = String(payload.t).split(';');
    const changed = orders.map((turn, i) => (i === 2 ? (turn === '' ? 'db' : '') : turn)).join(';');
    for (const forged of [
      { ...payload, t: changed },
      { ...payload, seed: 'another seed' },
      { ...payload, f: '0123456789abcdef' },
      { ...payload, r: 'ussr' },
    ]) {
      const opened = openLink(forge(forged), lookup);
      expect(opened).toMatchObject({ ok: false, kind: 'tampered' });
      if (!opened.ok) expect(opened.message).toMatch(/^This link has been altered/);
    }
    const unknownAction = openLink(forge({ ...payload, t: `launch:target=paris;${payload.t}` }), lookup);
    expect(unknownAction).toMatchObject({ ok: false, kind: 'tampered' });
  });

  it('a link from another engine version says which', () => {
    const opened = openLink(forge({ ...payload, e: '0.1.0' }), lookup);
    expect(opened).toEqual({
      ok: false,
      kind: 'version',
      message: `This link was made with Hollow Pact 0.1.0; this is ${ENGINE_VERSION}. Games replay only in the version that made them: open it there.`,
    });
    expect(openLink(link.replace('#g1=', '#g7='), lookup)).toMatchObject({ ok: false, kind: 'version' });
    expect(openLink(forge({ ...payload, h: '0123456789abcdef' }), lookup)).toMatchObject({
      ok: false,
      kind: 'version',
    });
  });

  it('an unknown scenario', () => {
    expect(openLink(forge({ ...payload, s: 'atlantis-1936' }), lookup)).toEqual({
      ok: false,
      kind: 'scenario',
      message: 'This link is for a scenario this game does not have: "atlantis-1936".',
    });
  });

  it('an oversized link, before and after decompressing', () => {
    expect(openLink(`#g1=${'A'.repeat(MAX_LINK_CHARS)}`, lookup)).toMatchObject({ ok: false, kind: 'oversized' });
    const bomb = forge({ ...payload, seed: 'x'.repeat(300_000) });
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(openLink(bomb, lookup)).toMatchObject({ ok: false, kind: 'oversized' });
  });
});

describe('the link decoder under fuzzing', () => {
  /** Every outcome is a valid game whose file replays, or a refusal with a message. */
  function judge(text: string): void {
    const opened = openLink(text, lookup);
    if (opened.ok) {
      const file: GameFile = opened.file;
      expect(parseGameFile(file).ok).toBe(true);
      const s = lookup(file.scenario.id);
      if (s === undefined) throw new Error('opened a game of an unknown scenario');
      expect(replayGame(file, s).ok).toBe(true);
    } else {
      expect(opened.message.length).toBeGreaterThan(20);
    }
  }

  it('never throws on random text, random fragments or random payloads', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `#g1=${s}`),
          fc.jsonValue().map((v) => forge(v)),
          fc.record({ e: fc.constant(ENGINE_VERSION), s: fc.constant('pact-1935'), t: fc.string() }).map(forge),
        ),
        (text) => judge(text),
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated links: a character changed, cut, or inserted', () => {
    const base = packLink(busy);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: alphabet.length - 1 }), fc.nat({ max: 2 }), (at, c, how) => {
        const i = 4 + (at % (base.length - 4));
        const ch = alphabet[c] ?? 'A';
        const text =
          how === 0
            ? `${base.slice(0, i)}${ch}${base.slice(i + 1)}`
            : how === 1
              ? base.slice(0, i)
              : `${base.slice(0, i)}${ch}${base.slice(i)}`;
        judge(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on payloads whose fields are mutated, and opens only games that replay', () => {
    const payload = payloadOf(packLink(busy));
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(payload)), fc.jsonValue(), (key, value) => {
        judge(forge({ ...payload, [key]: value }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('links of games played under rule variants', () => {
  const variants = ['poland-grants-transit', 'no-purge'];
  const played = simulate(scenario, { seed: 'variant-link', policy: 'random', variants });
  const file = recordGame(scenario, 'variant-link', 'france', played.turns, undefined, variants);

  it('carry the variants and open to the same game file', () => {
    const reading = openLink(packLink(file), lookup);
    expect(reading.ok).toBe(true);
    if (reading.ok) {
      expect(reading.file.variants).toEqual(variants);
      expect(reading.file).toEqual(file);
    }
  });

  it('refuse, in one message, a variant this version does not have', () => {
    const payload = { ...payloadOf(packLink(file)), v: ['kaiser-wins'] };
    const reading = openLink(forge(payload), lookup);
    expect(reading.ok).toBe(false);
    if (!reading.ok)
      expect(reading.message).toMatch(
        /^This link was played under rules this version does not have: unknown rule variant "kaiser-wins"/,
      );
  });

  it('do not open under history when the variants are taken out', () => {
    const { v: _taken, ...payload } = payloadOf(packLink(file));
    expect(openLink(forge(payload), lookup).ok).toBe(false);
  });
});
