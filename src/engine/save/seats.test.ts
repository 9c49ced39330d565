/**
 * Who sits where in a game of several delegations, in its game file (issue 14
 * §2): `seats` is optional (files without it read as before), is checked
 * against the file's delegations, and touches no hash.
 */
import { describe, expect, it } from 'vitest';
import { playDelegations } from '../../testing/delegations';
import { loadScenario } from '../../testing/scenarios';
import { simulate } from '../game';
import { type GameFile, parseGameFile, recordGame, replayGame, withSeats } from './gameFile';

const scenario = loadScenario('pact-1935');
const file = playDelegations(scenario, 'seats-file', ['france', 'ussr', 'poland'], 3);
const two = playDelegations(scenario, 'seats-two', ['france', 'ussr'], 3);
const seats: {
  seated: string;
  done: string[];
  pending: { action: Record<string, unknown>; by: string }[];
} = {
  seated: 'ussr',
  done: ['france'],
  pending: [{ action: { type: 'domestic.rally' }, by: 'france' }],
};

/** The problems of `file` with `change` made to a copy, as `path: message` lines. */
function problems(base: GameFile, change: (copy: Record<string, unknown>) => void): string[] {
  const copy = structuredClone({ ...base, seats }) as Record<string, unknown>;
  change(copy);
  const parsed = parseGameFile(copy);
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
}

const seatsOf = (copy: Record<string, unknown>) => copy.seats as typeof seats & Record<string, unknown>;

describe('the seats of a game of delegations in its file', () => {
  it('are optional, read back as written, and change no replay', () => {
    expect(file.seats).toBeUndefined();
    const seated = withSeats(file, seats);
    expect(seated.seats).toEqual(seats);
    const parsed = parseGameFile(JSON.parse(JSON.stringify(seated)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.seats).toEqual(seats);
    expect(replayGame(parsed.value, scenario).ok).toBe(true);
    expect(parsed.value.checkpoints).toEqual(file.checkpoints);
  });

  it('are left out by withSeats when they do not fit the game: the file is kept as it was', () => {
    expect(withSeats(two, { ...seats, seated: 'poland' })).toBe(two);
    expect(withSeats(file, { ...seats, pending: 'orders' })).toBe(file);
    const oneRole = recordGame(
      scenario,
      'seats-one',
      'france',
      simulate(scenario, { seed: 'seats-one', policy: 'historical' }).turns.slice(0, 2),
    );
    expect(withSeats(oneRole, seats)).toBe(oneRole);
  });

  it("keep a further delegation's pending answer of every kind it gives, not only a transit answer", () => {
    // An autosave made while the Polish delegation's démarche answer or Teschen decision waits keeps its seats.
    const pending = [
      { action: { type: 'demarche.answer', answer: 'moved' }, by: 'poland' },
      { action: { type: 'poland.teschen', answer: 'decline' }, by: 'poland' },
      { action: { type: 'transit.answer', answer: 'grant' }, by: 'poland' },
    ];
    for (const waiting of pending) {
      const kept = { seated: 'poland', done: ['france', 'ussr'], pending: [waiting] };
      expect(withSeats(file, kept).seats).toEqual(kept);
    }
  });

  it('are refused, one clear line each, where they contradict the game', () => {
    expect(problems(file, () => {})).toEqual([]);
    const oneRole = recordGame(
      scenario,
      'seats-one',
      'france',
      simulate(scenario, { seed: 'seats-one', policy: 'historical' }).turns.slice(0, 2),
    );
    expect(problems(oneRole, () => {})).toEqual(['seats: only a game of several delegations says who is seated']);
    expect(problems(two, (c) => (seatsOf(c).seated = 'poland'))).toEqual([
      "seats.seated: poland is not one of the game's roles (france, ussr)",
    ]);
    expect(problems(file, (c) => (seatsOf(c).seated = 'prussia'))).toEqual([
      expect.stringMatching(/^seats\.seated: expected one of france, ussr, poland/),
    ]);
    expect(problems(two, (c) => seatsOf(c).done.push('poland'))).toEqual([
      "seats.done[1]: poland is not one of the game's roles (france, ussr)",
    ]);
    expect(problems(file, (c) => seatsOf(c).done.push('france'))).toEqual(['seats.done[1]: france is given twice']);
    expect(problems(file, (c) => seatsOf(c).done.push('ussr'))).toEqual([
      'seats.seated: ussr has ended its orders: it is not at the screen',
    ]);
    expect(
      problems(
        two,
        (c) => (seatsOf(c).pending[0] = { action: { type: 'transit.answer', answer: 'grant' }, by: 'poland' }),
      ),
    ).toEqual(["seats.pending[0].by: poland is not one of the game's roles (france, ussr)"]);
    expect(
      problems(file, (c) => (seatsOf(c).pending[0] = { action: { type: 'domestic.rally' }, by: 'poland' })),
    ).toEqual([
      'seats.pending[0].action: the poland delegation gives only transit.answer, demarche.answer or poland.teschen, not domestic.rally',
    ]);
    expect(
      problems(
        file,
        (c) => (seatsOf(c).pending[0] = { action: { type: 'transit.answer', answer: 'grant' }, by: 'ussr' }),
      ),
    ).toEqual(['seats.pending[0].by: only the Polish or Romanian delegation gives transit.answer, not ussr']);
    expect(
      problems(
        file,
        (c) => (seatsOf(c).pending[0] = { action: { type: 'britain.stand', answer: 'aside' }, by: 'france' }),
      ),
    ).toEqual(['seats.pending[0].by: only the British delegation gives britain.stand, not france']);
    expect(problems(file, (c) => (seatsOf(c).pending[0] = { action: { type: 'launch.rockets' }, by: 'ussr' }))).toEqual(
      [expect.stringMatching(/^seats\.pending\[0\]\.action/)],
    );
    expect(problems(file, (c) => (seatsOf(c).extra = true))).toEqual(['seats.extra: unknown field']);
  });
});
