/**
 * The record of a finished game and its CSV row, function by function (issue 9):
 * what `sim --games` writes for whoever studies the results. Every game and
 * record is made inside its test.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { simulate } from './game';
import { GAME_RECORD_COLUMNS, type GameRecord, gameRecord, gameRecordCsvRow } from './gameRecord';
import type { CrisisRecord } from './world/worldState';

function finishedWorld() {
  return simulate(loadScenario('pact-1935'), { seed: 'record-units', policy: 'historical', withLog: false }).world;
}

const SUDETEN: CrisisRecord = {
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
    'czechoslovak-soviet': { outcome: 'declined', reason: 'POLITICAL_REFUSAL', obstacles: ['POLITICAL_REFUSAL'] },
    locarno: { outcome: 'lawful', reason: null },
  },
  hollow: ['czechoslovak-soviet'],
};

describe('gameRecord', () => {
  it('refuses a game that has not ended, naming its seed', () => {
    const world = { ...finishedWorld(), ending: null };
    expect(() => gameRecord('unfinished', world)).toThrow('the game from seed "unfinished" has not ended');
  });

  it('calls a move the world never reached pending, and copies each crisis with its treaties left hollow', () => {
    const played = finishedWorld();
    const world = { ...played, moves: {}, crises: [SUDETEN] };
    const record = gameRecord('record-units', world);
    expect(record.seed).toBe('record-units');
    expect(record.ending).toBe(played.ending);
    expect(Object.values(record.moves)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);
    expect(record.crises).toEqual([
      {
        move: 'sudetenland',
        month: '1938-09',
        answer: 'mobilise',
        verdicts: SUDETEN.verdicts,
        hollow: ['czechoslovak-soviet'],
      },
    ]);
    // A copy: the record does not share the world's list.
    expect(record.crises[0]?.hollow).not.toBe(SUDETEN.hollow);
  });

  it('keeps each move’s status as the world has it', () => {
    const played = finishedWorld();
    const record = gameRecord('record-units', played);
    for (const [id, status] of Object.entries(record.moves)) expect(status).toBe(played.moves[id]?.status ?? 'pending');
    expect(Object.keys(record.moves)).toEqual(['rhineland', 'anschluss', 'sudetenland', 'prague', 'poland']);
  });
});

function record(overrides: Partial<GameRecord>): GameRecord {
  return {
    seed: 'class-3',
    ending: 'convention-never-signed',
    endMonth: '1939-09',
    conventionSigned: null,
    conventionInForce: null,
    sovietGermanDeal: '1939-08',
    tripleAlliance: null,
    war: null,
    moves: { rhineland: 'done', anschluss: 'done', sudetenland: 'met', prague: 'done', poland: 'pending' },
    transit: { poland: 'refused', romania: 'wavering' },
    crises: [],
    ...overrides,
  };
}

describe('gameRecordCsvRow', () => {
  it('writes one cell per column, null as an empty cell, in the columns’ order', () => {
    const columns =
      'seed ending endMonth conventionSigned conventionInForce sovietGermanDeal tripleAlliance warMonth warAllies ' +
      'move.rhineland move.anschluss move.sudetenland move.prague move.poland transit.poland transit.romania crises';
    expect(GAME_RECORD_COLUMNS).toEqual(columns.split(' '));
    expect(gameRecordCsvRow(record({}))).toBe(
      'class-3,convention-never-signed,1939-09,,,1939-08,,,,done,done,met,done,pending,refused,wavering,',
    );
  });

  it('gives the war’s month and its allies joined by spaces, and each crisis as move, month and answer', () => {
    const row = gameRecordCsvRow(
      record({
        war: { month: '1938-09', allies: ['france', 'ussr', 'czechoslovakia'] },
        crises: [
          { move: 'rhineland', month: '1936-03', answer: 'ask-guarantors', verdicts: SUDETEN.verdicts, hollow: [] },
          { move: 'sudetenland', month: '1938-09', answer: 'mobilise', verdicts: SUDETEN.verdicts, hollow: [] },
        ],
      }),
    );
    expect(row).toBe(
      'class-3,convention-never-signed,1939-09,,,1939-08,,1938-09,france ussr czechoslovakia,done,done,met,done,pending,refused,wavering,rhineland 1936-03 ask-guarantors; sudetenland 1938-09 mobilise',
    );
  });

  it('leaves a move the record lacks empty', () => {
    const row = gameRecordCsvRow(record({ moves: { rhineland: 'met' } }));
    expect(row.split(',').slice(9, 14)).toEqual(['met', '', '', '', '']);
  });

  it('quotes a cell holding a comma, a quote or a line break, doubling its quotes', () => {
    expect(gameRecordCsvRow(record({ seed: 'class 3, "B"' })).split(',convention-never-signed')[0]).toBe(
      '"class 3, ""B"""',
    );
    expect(gameRecordCsvRow(record({ seed: 'two\nlines' })).startsWith('"two\nlines",')).toBe(true);
    expect(gameRecordCsvRow(record({ seed: 'cr\rlf' })).startsWith('"cr\rlf",')).toBe(true);
  });
});
