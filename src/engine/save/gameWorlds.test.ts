/**
 * `gameWorlds` replays a played game as it was played: the world each turn
 * was given in, then the last. Checked against the game's own worlds for a
 * game of one role, one under a rule variant, one of two delegations and a
 * branch; the crises it finds are the game's. Replaying a variant's or the
 * delegations' game as a plain game of one role (what the ending's council
 * review and the map's stance changes once did) goes another way.
 */
import { describe, expect, it } from 'vitest';
import { playDelegations } from '../../testing/delegations';
import { loadScenario } from '../../testing/scenarios';
import { branchAt } from '../branch';
import { createGame, type Game, hashWorld, replayTurns } from '../game';
import type { Scenario } from '../scenario/schema';
import type { WorldState } from '../world/worldState';
import { gameWorlds, type PlayedGame, recordGame, worldsOf } from './gameFile';

/** Play on: answer each crisis by invoking the Protocol; each month, a démarche in Warsaw. */
function playOn(game: Game, months: number): void {
  for (let i = 0; i < months && game.getSnapshot().phase !== 'ended'; i++) {
    if (game.getSnapshot().phase === 'crisis') game.send({ type: 'crisis.respond', choice: 'invoke-protocol' });
    else {
      game.send({ type: 'diplomacy.demarche', to: 'poland' });
      game.send({ type: 'turn.end' });
    }
  }
}

/** The game's crises, as its worlds before each answered turn show them. */
function crisesOf(played: PlayedGame, worlds: readonly WorldState[]): string[] {
  return played.turns.flatMap((turn, i) =>
    turn.actions.some((a) => a.type === 'crisis.respond') && worlds[i]?.phase === 'crisis'
      ? [`${worlds[i]?.month}:${worlds[i]?.crisis?.move}`]
      : [],
  );
}

function expectReplays(played: PlayedGame, last: WorldState): WorldState[] {
  const worlds = gameWorlds(played);
  expect(worlds.length).toBe(played.turns.length + 1);
  expect(hashWorld(worlds.at(-1) as WorldState)).toBe(hashWorld(last));
  // Each turn was given in the month it records.
  expect(worlds.slice(0, -1).map((w) => w.month)).toEqual(played.turns.map((t) => t.month));
  expect(crisesOf(played, worlds)).toEqual(last.crises.map((c) => `${c.month}:${c.move}`));
  return worlds;
}

const played = (scenario: Scenario, seed: string, game: Game): PlayedGame => {
  const { world, turns } = game.getSnapshot();
  return { scenario, seed, role: world.role, turns, variants: world.variants };
};

describe('gameWorlds', () => {
  const pact = loadScenario('pact-1935');

  it('replays a game of one role to its own worlds', () => {
    const game = createGame(pact, { seed: 'worlds-1', role: 'ussr' });
    const worlds: WorldState[] = [game.getSnapshot().world];
    game.subscribe((s) => {
      if (s.turns.length === worlds.length) worlds.push(s.world);
    });
    playOn(game, 80);
    const replayed = expectReplays(played(pact, 'worlds-1', game), game.getSnapshot().world);
    expect(replayed.map(hashWorld)).toEqual(worlds.map(hashWorld));
  });

  it('plays only the turns since, given its answer for the game’s first turns: the same worlds', () => {
    const file = playDelegations(pact, 'worlds-known', ['france', 'ussr'], 30, 'invoke-protocol');
    const whole: PlayedGame = {
      scenario: pact,
      seed: file.seed,
      role: file.role,
      turns: file.turns,
      roles: file.roles,
    };
    const all = gameWorlds(whole).map(hashWorld);
    for (const cut of [1, 12, file.turns.length - 1]) {
      const known = gameWorlds({ ...whole, turns: file.turns.slice(0, cut) });
      expect(gameWorlds(whole, known).map(hashWorld)).toEqual(all);
    }
    // Known worlds of a longer game than this one are not this game's: it is played from the start.
    const short = { ...whole, turns: file.turns.slice(0, 3) };
    expect(gameWorlds(short, gameWorlds(whole)).map(hashWorld)).toEqual(gameWorlds(short).map(hashWorld));
  });

  it('replays a game under rule variants under them, where a plain replay goes another way', () => {
    let differs = 0;
    for (const seed of ['worlds-v0', 'worlds-v1', 'worlds-v2', 'worlds-v3', 'worlds-v4', 'worlds-v5']) {
      const game = createGame(pact, { seed, role: 'france', variants: ['no-protocol-override'] });
      playOn(game, 80);
      const p = played(pact, seed, game);
      expect(p.variants).toEqual(['no-protocol-override']);
      const last = game.getSnapshot().world;
      expectReplays(p, last);
      if (hashWorld(replayTurns(pact, seed, 'france', p.turns)) !== hashWorld(last)) differs += 1;
    }
    expect(differs).toBeGreaterThan(0);
  });

  it('replays a game of two delegations by who gave each order, and agrees with its game file', () => {
    const file = playDelegations(pact, 'worlds-d', ['france', 'ussr'], 60, 'invoke-protocol');
    const p: PlayedGame = { scenario: pact, seed: file.seed, role: file.role, turns: file.turns, roles: file.roles };
    const worlds = gameWorlds(p);
    expect(worlds.slice(1).map(hashWorld)).toEqual(worldsOf(file, pact).map(hashWorld));
    expect(file.turns.some((t) => t.by?.includes('ussr'))).toBe(true);
    // Played as if France had given every order, the game goes another way.
    expect(hashWorld(replayTurns(pact, file.seed, file.role, file.turns))).not.toBe(
      hashWorld(worlds.at(-1) as WorldState),
    );
  });

  it('replays a branch: the turns before it by the side that played them, then by the branch’s role', () => {
    const game = createGame(pact, { seed: 'worlds-b', role: 'france' });
    playOn(game, 14);
    const { world, turns } = game.getSnapshot();
    const file = recordGame(pact, 'worlds-b', 'france', turns, undefined, world.variants);
    const branch = branchAt(file, pact, { turn: turns[10]?.turn ?? 0, role: 'ussr' });
    if (!branch.ok) throw new Error(branch.problems.map((p) => p.message).join('; '));
    playOn(branch.value.game, 30);
    const after = branch.value.game.getSnapshot();
    const worlds = expectReplays(
      { scenario: pact, seed: 'worlds-b', role: 'ussr', turns: after.turns, branchedFrom: branch.value.branchedFrom },
      after.world,
    );
    const at = branch.value.branchedFrom.index;
    expect(worlds[at - 1]?.role).toBe('france');
    expect(worlds[at]?.role).toBe('ussr');
  });
});
