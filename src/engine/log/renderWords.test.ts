/**
 * The words each parameter of a log sentence is rendered in, one by one: a
 * sentence's key and parameters go in, and what a player reads comes out
 * (countries, sides, choices, verdicts, phases, approvers, orders, ordinals,
 * moves, endings, events, clauses and their options, yes/no wording), then a
 * decision's explanation, its sources and a whole entry. Fast and plain, with
 * everything rendered inside its test (`render.test.ts` checks the log of
 * hundreds of games).
 */
import { describe, expect, it } from 'vitest';
import { formatDate, type IsoDate } from '../dates';
import { CONVENTION, ENDINGS, EVENTS, MOVES } from '../model/modelData';
import type { YearMonth } from '../months';
import { REASONS } from '../rules/lawData';
import { CLAUSE_IDS } from '../world/worldState';
import { inSentence } from './inSentence';
import {
  countryWords,
  explanationSources,
  LOG_TEXT,
  type LogText,
  listWords,
  renderEntry,
  renderExplanation,
  renderSentence,
  ruleWords,
} from './render';
import type { Explanation, LogParams } from './types';

/** The shipped wording with one probe sentence per parameter: `[{to}]`, `[{clause:lower}]`, … */
const PROBES: LogText = {
  ...LOG_TEXT,
  sentences: {
    ...LOG_TEXT.sentences,
    'probe.lower': 'lower case {to}',
    'probe.empty': '{nothing}',
    'probe.flag': '[{grant?lets the Red Army pass|refuses the Red Army passage}]',
    'probe.emptyYes': '[{grant?|refuses}]',
    'probe.clauseLower': '[{clause:lower}]',
    'probe.eventTitle': '[{event:title}]',
    'probe.braces': '[{to}] and {not a parameter}',
  },
};

/** One parameter, rendered alone by the probe `[{name}]`. */
function word(name: string, params: LogParams, month: string = '1936-03'): string {
  const t: LogText = { ...PROBES, sentences: { ...PROBES.sentences, probe: `[{${name}}]` } };
  const line = renderSentence('probe', params, month as YearMonth, t);
  return line.slice(1, -1);
}

const clause = CLAUSE_IDS[0];
const CLAUSE = CONVENTION.clauses[clause];

describe('a sentence', () => {
  it('is the key itself where the text has no sentence for it', () => {
    expect(renderSentence('no.such.key', {}, '1936-03')).toBe('no.such.key');
  });

  it('starts with a capital, and an empty sentence stays empty', () => {
    expect(renderSentence('probe.lower', { to: 'poland' }, '1936-03', PROBES)).toBe('Lower case Poland');
    expect(renderSentence('probe.empty', {}, '1936-03', PROBES)).toBe('');
  });

  it('says yes or no in the words a flag chooses, whatever their length', () => {
    const flag = (params: LogParams) => renderSentence('probe.flag', params, '1936-03', PROBES);
    expect(flag({ grant: true })).toBe('[lets the Red Army pass]');
    expect(flag({ grant: false })).toBe('[refuses the Red Army passage]');
    // Only `true` says yes: a missing flag or a truthy word does not.
    expect(flag({})).toBe('[refuses the Red Army passage]');
    expect(flag({ grant: 'yes' })).toBe('[refuses the Red Army passage]');
    expect(renderSentence('probe.emptyYes', { grant: true }, '1936-03', PROBES)).toBe('[]');
    expect(renderSentence('probe.emptyYes', { grant: false }, '1936-03', PROBES)).toBe('[refuses]');
  });

  it('fills the shipped yes/no sentences: a delegation’s transit answer', () => {
    expect(renderSentence('crisis.transit.delegation', { to: 'romania', grant: true }, '1938-09')).toBe(
      'Romania lets the Red Army pass, as its delegation decided',
    );
    expect(renderSentence('crisis.transit.delegation', { to: 'romania', grant: false }, '1938-09')).toBe(
      'Romania refuses the Red Army passage, as its delegation decided',
    );
  });

  it('leaves text in braces that names no parameter as it is', () => {
    expect(renderSentence('probe.braces', { to: 'uk' }, '1936-03', PROBES)).toBe(
      '[the United Kingdom] and {not a parameter}',
    );
  });
});

describe('the words of each parameter', () => {
  it('names countries: the text’s words first, then the country’s name, then the id', () => {
    expect(word('to', { to: 'uk' })).toBe('the United Kingdom');
    expect(word('to', { to: 'poland' })).toBe('Poland');
    expect(countryWords('atlantis')).toBe('atlantis');
    // A parameter that is not a word names nothing.
    expect(word('to', { to: 5 })).toBe('');
    expect(word('to', {})).toBe('');
  });

  it('lists allies with commas and "and", one ally alone, none as nothing', () => {
    expect(word('allies', { allies: ['france', 'uk', 'poland'] })).toBe('France, the United Kingdom and Poland');
    expect(word('allies', { allies: ['france', 'ussr'] })).toBe('France and the Soviet Union');
    expect(word('allies', { allies: ['poland'] })).toBe('Poland');
    expect(word('allies', { allies: [] })).toBe('');
    expect(word('allies', { allies: 'france' })).toBe('');
    expect(listWords([])).toBe('');
    expect(listWords(['Paris'])).toBe('Paris');
  });

  it('names a side by its capital, and another state by its name', () => {
    for (const name of ['side', 'by']) {
      expect(word(name, { [name]: 'france' })).toBe('Paris');
      expect(word(name, { [name]: 'ussr' })).toBe('Moscow');
      expect(word(name, { [name]: 'uk' })).toBe('the United Kingdom');
    }
  });

  it('gives each crisis answer in words, whichever side gave it', () => {
    for (const name of ['choice', 'franceChoice', 'sovietChoice']) {
      expect(word(name, { [name]: 'refer-council' })).toBe('refers the matter to the League Council');
      expect(word(name, { [name]: 'stand-aside' })).toBe('stands aside');
      expect(word(name, { [name]: 'something-else' })).toBe('something-else');
      // No German move of the game is an attack on French or Soviet soil, and the Rhineland came before the treaty
      // was in force (27 March 1936): the Protocol's limits are said with it.
      expect(word(name, { [name]: 'invoke-protocol' })).toMatch(
        /^invokes the Protocol, to act without waiting for the Council \(a ground its point I gives only against an attack on French or Soviet soil, and only once the treaty is in force\)$/,
      );
    }
  });

  it('gives Britain’s verdict, the convention’s phase, the approver and the order in words', () => {
    expect(word('ukVerdict', { ukVerdict: 'no-view' })).toBe('no view given');
    expect(word('ukVerdict', { ukVerdict: 'odd' })).toBe('odd');
    expect(word('phase', { phase: 'staffTalks' })).toBe('general-staff talks');
    expect(word('phase', { phase: 'odd' })).toBe('odd');
    expect(word('approver', { approver: 'generalStaff' })).toBe('Gamelin');
    expect(word('approver', { approver: 'odd' })).toBe('odd');
    expect(word('action', { action: 'diplomacy.demarche' })).toBe('a démarche on transit');
    expect(word('action', { action: 'odd.order' })).toBe('odd.order');
  });

  it('gives a treaty’s reason in words, the code where it has none, and the fallback where none is given', () => {
    const [code, reason] = Object.entries(REASONS)[0] ?? [];
    expect(word('reason', { reason: code ?? '' })).toBe(reason?.text);
    expect(word('reason', { reason: 'NO_SUCH_REASON' })).toBe('NO_SUCH_REASON');
    expect(word('reason', {})).toBe(LOG_TEXT.words.noReason);
    expect(word('reason', { reason: null })).toBe(LOG_TEXT.words.noReason);
  });

  it('counts a repeated order in words, past the list in figures', () => {
    expect(word('nth', { nth: 1 })).toBe('a first');
    expect(word('nth', { nth: 2 })).toBe('a second');
    const past = LOG_TEXT.words.ordinals.length + 1;
    expect(word('nth', { nth: past })).toBe(`#${past}`);
    expect(word('nth', { nth: 'two' })).toBe('');
  });

  it('names German moves and endings by their titles', () => {
    const move = MOVES[1];
    const ending = ENDINGS[1];
    expect(word('move', { move: move?.id ?? '' })).toBe(move?.title);
    expect(word('move', { move: 'no-such-move' })).toBe('no-such-move');
    expect(word('ending', { ending: ending?.id ?? '' })).toBe(ending?.title);
    expect(word('ending', { ending: 'no-such-ending' })).toBe('no-such-ending');
  });

  it('dates an event in its own month, and in another says its day was history’s; only where its day is known', () => {
    const dated = EVENTS.find((e) => e.date.length > 7);
    const monthOnly = EVENTS.find((e) => e.date.length === 7);
    if (dated === undefined || monthOnly === undefined) throw new Error('events');
    expect(word('event', { event: dated.id }, dated.date.slice(0, 7))).toBe(
      `${formatDate(dated.date as IsoDate)}. ${dated.title}. ${dated.text}`,
    );
    // An event that comes in another month (a contingent one later, one after a German move a month after it)
    // gives history's day as history's: a class does not date it to the month it is told in.
    expect(word('event', { event: dated.id }, '1939-08')).toBe(
      `${dated.title} (in history, ${formatDate(dated.date as IsoDate)}). ${dated.text}`,
    );
    expect(word('event', { event: monthOnly.id }, monthOnly.date)).toBe(`${monthOnly.title}. ${monthOnly.text}`);
    expect(renderSentence('probe.eventTitle', { event: dated.id }, dated.date.slice(0, 7) as YearMonth, PROBES)).toBe(
      `[${dated.title}]`,
    );
    expect(word('event', { event: 'no-such-event' })).toBe('no-such-event');
  });

  it('names a clause by its label, in lower case where the sentence asks, and its options by their words', () => {
    expect(word('clause', { clause })).toBe(CLAUSE.label);
    expect(renderSentence('probe.clauseLower', { clause }, '1936-03', PROBES)).toBe(`[${CLAUSE.label.toLowerCase()}]`);
    expect(CLAUSE.label.toLowerCase()).not.toBe(CLAUSE.label);
    // Only the first letter, and never a people's name: "the Soviet contribution", "the supply and industry".
    expect(renderSentence('probe.clauseLower', { clause: 'sovietContribution' }, '1936-03', PROBES)).toBe(
      '[Soviet contribution]',
    );
    expect(renderSentence('probe.clauseLower', { clause: 'supply' }, '1936-03', PROBES)).toBe('[supply and industry]');
    // A people's name is kept only where it opens the label.
    expect(inSentence('Transit by Polish railways')).toBe('transit by Polish railways');
    expect(inSentence('French contribution')).toBe('French contribution');
    expect(inSentence('Gamelin and the General Staff approve the draft')).toBe(
      'Gamelin and the General Staff approve the draft',
    );
    expect(word('clause', { clause: 'noSuchClause' })).toBe('noSuchClause');
    expect(word('clause', { clause: 3 })).toBe('');
    for (const name of ['option', 'counter']) {
      expect(word(name, { clause, [name]: 1 })).toBe(CLAUSE.options[1]);
      expect(CLAUSE.options[1]?.length).toBeGreaterThan(0);
      expect(word(name, { clause, [name]: CLAUSE.options.length })).toBe('');
      expect(word(name, { clause: 'noSuchClause', [name]: 1 })).toBe('');
      expect(word(name, { clause: 7, [name]: 1 })).toBe('');
      expect(word(name, { clause, [name]: '1' })).toBe('');
    }
  });

  it('gives any other parameter as it is, and nothing for null or a missing one', () => {
    expect(word('months', { months: 6 })).toBe('6');
    expect(word('percent', { percent: 'fifty' })).toBe('fifty');
    expect(word('months', { months: null })).toBe('');
    expect(word('months', {})).toBe('');
  });
});

/** A decision worth showing in full: a bias with a source, one term with a source, one without. */
function decision(overrides: Partial<Explanation> = {}): Explanation {
  return {
    rule: 'roll.demarche',
    bias: { weight: -35, source: 'actors.md §2' },
    terms: [
      { id: 'frenchWill', label: 'French will', value: 52, weight: 26, source: null },
      { id: 'conventionLevel', label: 'the convention', value: 35, weight: 10, source: 'military-convention.md' },
    ],
    total: 1,
    threshold: null,
    chance: 5,
    roll: 73,
    yes: false,
    ...overrides,
  };
}

describe('a decision in words', () => {
  it('says yes at the threshold where there is no roll, the threshold given with its sign', () => {
    expect(renderExplanation(decision({ chance: null, roll: null, threshold: 10, total: 12, yes: true }))).toBe(
      'starting lean \u221235; French will +26; the convention (general-staff talks) +10; total +12 \u2192 yes at +10 or more: yes',
    );
    // A chance without a roll, or a roll without a chance, is no roll.
    expect(renderExplanation(decision({ roll: null, threshold: 10 }))).toMatch(/\u2192 yes at \+10 or more: no$/);
    expect(renderExplanation(decision({ chance: null, threshold: 10 }))).toMatch(/\u2192 yes at \+10 or more: no$/);
    expect(renderExplanation(decision())).toMatch(/\u2192 chance 5%, rolled 73: no$/);
  });

  it('qualifies a term by its factor’s state only where the factor has a value', () => {
    const t: LogText = {
      ...LOG_TEXT,
      words: { ...LOG_TEXT.words, factorStates: { ...LOG_TEXT.words.factorStates, reason: { null: 'never shown' } } },
    };
    const line = renderExplanation(
      decision({ terms: [{ id: 'reason', label: 'a reason', value: null, weight: 3, source: null }], total: -32 }),
      t,
    );
    expect(line).toBe('starting lean \u221235; a reason +3; total \u221232 \u2192 chance 5%, rolled 73: no');
  });

  it('names where each weight comes from, the rule’s bias first', () => {
    expect(explanationSources(decision())).toEqual([
      'A démarche moves the government, starting lean \u221235: actors.md §2',
      "French will: the model's assumption",
      'the convention: military-convention.md',
    ]);
    expect(explanationSources(decision({ rule: 'a rule', bias: { weight: 4, source: null }, terms: [] }))).toEqual([
      "a rule, starting lean +4: the model's assumption",
    ]);
    expect(ruleWords('roll.transit.poland')).toBe('Poland lets the Red Army pass');
    expect(ruleWords('Germany backs down')).toBe('Germany backs down');
  });
});

describe('an entry as a player reads it', () => {
  it('gives its sentence, each reason as a line and the sources of the weights behind them', () => {
    const rendered = renderEntry({
      month: '1936-03',
      kind: 'crisis',
      id: 'rhineland',
      key: 'postponed',
      params: { move: 'rhineland' },
      reasons: [
        { key: 'crisis.ukVerdict', params: { ukVerdict: 'no-view', lawfulAt: 0, violationAt: -15 } },
        { key: null, explanation: decision() },
        { key: 'roll.demarche', explanation: decision({ rule: 'a rule', terms: [], total: -35 }) },
        { key: null },
      ],
    });
    expect(rendered.text).toBe('The remilitarisation of the Rhineland: Germany waits.');
    expect(rendered.factors).toEqual([
      "Britain's verdict: no view given (its reasons must add up to 0 or more for 'lawful', \u221215 or less for a violation; between, no view)",
      `A démarche moves the government: ${renderExplanation(decision())}`,
      'A démarche moves the government. a rule: starting lean \u221235; total \u221235 \u2192 chance 5%, rolled 73: no',
      '',
    ]);
    expect(rendered.sources).toEqual([
      ...explanationSources(decision()),
      'a rule, starting lean \u221235: actors.md §2',
    ]);
  });

  it('gives a reason without a sentence as its decision alone, whatever the text’s keys', () => {
    // A text with a sentence keyed "null" must not lend it to a reason that has no sentence.
    const t: LogText = { ...LOG_TEXT, sentences: { ...LOG_TEXT.sentences, null: 'never shown' } };
    const rendered = renderEntry(
      {
        month: '1936-03',
        kind: 'decision',
        id: 'x',
        key: 'postponed',
        reasons: [{ key: null, explanation: decision() }],
      },
      t,
    );
    expect(rendered.factors).toEqual([`A démarche moves the government: ${renderExplanation(decision())}`]);
  });

  it('has no reasons and no sources where the entry gives none', () => {
    const rendered = renderEntry({ month: '1936-01', kind: 'move', id: 'x', key: 'postponed', params: { move: 'x' } });
    expect(rendered).toEqual({ text: 'X: Germany waits.', factors: [], sources: [] });
  });
});

describe('a model event told as a dispatch', () => {
  it('is said to be this game’s, with no date, where a dated event of history keeps its day', () => {
    const model = EVENTS.filter((e) => e.confidence === undefined);
    expect(model.map((e) => e.id).sort()).toEqual(['british-protest', 'polish-refusal', 'romania-closes']);
    for (const event of model) {
      const text = renderSentence('event', { event: event.id }, '1937-04');
      expect(text).toBe(`In this game: ${event.title}. ${event.text}`);
    }
    const dated = EVENTS.find((e) => e.id === 'ratifications-exchanged');
    expect(renderSentence('event', { event: 'ratifications-exchanged' }, '1936-03')).toBe(
      `27 March 1936. ${dated?.title}. ${dated?.text}`,
    );
  });
});
