import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAW_SCHEMAS } from './lawData';
import { parseLegalCase, parseLegalCaseText } from './legalCase';

const EXAMPLE = {
  id: 'germany-attacks-ussr-1937',
  date: '1937-05-01',
  event: { kind: 'attack', aggressor: 'germany', victim: 'ussr', target: 'own-territory', unprovoked: true },
  council: { result: 'none' },
  nonMember: { invitation: 'refuse-and-war' },
  guarantors: { uk: 'lawful', italy: 'no-view' },
  decisions: {
    franceCabinet: true,
    frenchParliament: true,
    sovietLeadership: true,
    czechoslovakGovernment: true,
    franceAssistsCzechoslovakia: false,
  },
  transit: { poland: false, romania: false },
  convention: 'none',
};

function problemsOf(data: unknown): string[] {
  const parsed = parseLegalCase(data);
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('parseLegalCase', () => {
  it("accepts the issue's example case", () => {
    expect(parseLegalCase(EXAMPLE).ok).toBe(true);
  });

  it('names the field and the allowed values for an unknown country', () => {
    const problems = problemsOf({ ...EXAMPLE, event: { ...EXAMPLE.event, aggressor: 'prussia' } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^event\.aggressor: expected one of france, ussr, .*got "prussia"$/);
  });

  it('says which field is missing, which is unknown, and which has the wrong type', () => {
    const { convention: _convention, ...withoutConvention } = EXAMPLE;
    expect(problemsOf(withoutConvention)).toEqual([
      'convention: required: expected one of none, staff-contacts, signed',
    ]);
    expect(problemsOf({ ...EXAMPLE, event: { ...EXAMPLE.event, unprovoked: undefined } })).toEqual([
      'event.unprovoked: required: expected boolean',
    ]);
    expect(problemsOf({ ...EXAMPLE, colour: 'red' })).toEqual(['colour: unknown field']);
    expect(problemsOf({ ...EXAMPLE, transit: { poland: 'no', romania: false } })).toEqual([
      'transit.poland: expected boolean, got "no"',
    ]);
  });

  it('rejects impossible dates and dates outside the data', () => {
    expect(problemsOf({ ...EXAMPLE, date: '1937-02-30' })).toEqual([
      'date: expected a date YYYY-MM-DD, got "1937-02-30"',
    ]);
    expect(problemsOf({ ...EXAMPLE, date: '1941-06-22' })[0]).toMatch(/^date: "1941-06-22" is outside the period/);
  });

  it('checks the facts fit together', () => {
    expect(problemsOf({ ...EXAMPLE, event: { ...EXAMPLE.event, victim: 'germany' } })).toEqual([
      'event.victim: the victim must differ from the aggressor',
    ]);
    expect(problemsOf({ ...EXAMPLE, event: { ...EXAMPLE.event, kind: 'zone-violation', victim: 'ussr' } })).toEqual([
      'event.victim: a zone violation is directed against France or Belgium (Locarno Art. 4), got "ussr"',
      'event.target: the zone is German territory, not the victim\'s: expected "other", got "own-territory"',
    ]);
    expect(problemsOf({ ...EXAMPLE, council: { result: 'none', assembly: 'adopted' } })[0]).toMatch(
      /^council\.assembly:/,
    );
  });

  it('accepts the first and the last day the data covers, and not a day beyond', () => {
    expect(problemsOf({ ...EXAMPLE, date: '1934-01-01' })).toEqual([]);
    expect(problemsOf({ ...EXAMPLE, date: '1939-12-31' })).toEqual([]);
    expect(problemsOf({ ...EXAMPLE, date: '1933-12-31' })[0]).toMatch(/^date: "1933-12-31" is outside the period/);
    expect(problemsOf({ ...EXAMPLE, date: '1940-01-01' })[0]).toMatch(/^date: "1940-01-01" is outside the period/);
  });

  it('a zone violation against Belgium is as valid as one against France', () => {
    const zone = { kind: 'zone-violation', aggressor: 'germany', target: 'other', unprovoked: true };
    expect(problemsOf({ ...EXAMPLE, event: { ...zone, victim: 'belgium' } })).toEqual([]);
    expect(problemsOf({ ...EXAMPLE, event: { ...zone, victim: 'france' } })).toEqual([]);
    expect(problemsOf({ ...EXAMPLE, event: { ...zone, aggressor: 'italy', victim: 'france' } })).toEqual([
      'event.aggressor: only Germany can breach the demilitarised Rhineland (Versailles Arts. 42-43), got "italy"',
    ]);
  });

  it('a threat goes under Art. 10 or 11, an attack under neither', () => {
    const threat = { ...EXAMPLE.event, kind: 'threat' };
    expect(problemsOf({ ...EXAMPLE, event: threat, council: { result: 'none', article: 10 } })).toEqual([]);
    expect(problemsOf({ ...EXAMPLE, event: threat, council: { result: 'none', article: 11 } })).toEqual([]);
    expect(problemsOf({ ...EXAMPLE, event: threat, council: { result: 'none', article: 16 } })).toEqual([
      'council.article: a threat goes to the Council under Art. 10 or 11, got 16',
    ]);
    for (const article of [10, 11])
      expect(problemsOf({ ...EXAMPLE, council: { result: 'none', article } })).toEqual([
        `council.article: an attack is dealt with under Art. 15 or 16 (Art. 17 for a non-Member), got ${article}`,
      ]);
    expect(problemsOf({ ...EXAMPLE, council: { result: 'none', article: 15, assembly: 'adopted' } })).toEqual([]);
  });

  it('turns text that is not JSON, or empty, into one problem', () => {
    expect(parseLegalCaseText('')).toEqual({ ok: false, problems: [{ path: '', message: 'the file is empty' }] });
    const broken = parseLegalCaseText('{"id": ');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]?.message).toMatch(/^not valid JSON/);
  });

  it('never throws on any JSON value, and never on mutated cases', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseLegalCase(value);
        if (!parsed.ok) for (const p of parsed.problems) expect(typeof p.message).toBe('string');
      }),
    );
    const mutation = fc.record({ key: fc.constantFrom(...Object.keys(EXAMPLE)), value: fc.jsonValue() });
    fc.assert(
      fc.property(mutation, ({ key, value }) => {
        const parsed = parseLegalCase({ ...EXAMPLE, [key]: value });
        if (!parsed.ok) expect(parsed.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('the legal data in scenarios/law', () => {
  const dir = join(import.meta.dirname, '../../../scenarios/law');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('has a schema for every file, and every file passes it', () => {
    expect(files.sort()).toEqual(Object.keys(LAW_SCHEMAS).sort());
    for (const [file, schema] of Object.entries(LAW_SCHEMAS)) {
      const result = schema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      expect(result.success, file).toBe(true);
    }
  });

  it('fails a dated fact that has neither a source nor an assumption', () => {
    const calendar = JSON.parse(readFileSync(join(dir, 'calendar.json'), 'utf8'));
    delete calendar.treaties['franco-soviet'].source;
    const result = LAW_SCHEMAS['calendar.json'].safeParse(calendar);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('needs a source or an assumption');
  });
});
