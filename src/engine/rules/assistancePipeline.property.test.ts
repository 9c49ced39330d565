/**
 * Properties of the assistance pipeline over random legal cases (fast-check):
 * long-running, so the mutation run leaves them out (`vitest.mutate.config.ts`
 * excludes `*.property.test.ts`); `npm test` runs them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../dates';
import { evaluateCase } from './assistancePipeline';
import { LOCARNO_STATUSES } from './lawData';
import {
  CONVENTION_LEVELS,
  COUNCIL_RESULTS,
  GUARANTOR_VERDICTS,
  INCIDENT_KINDS,
  INVITATION_ANSWERS,
  type LegalCase,
  LOCARNO_READINGS,
  parseLegalCase,
  TARGETS,
} from './legalCase';
import { ASSISTANCE_TYPES, COUNTRY_IDS, LOCARNO_OUTCOMES, TREATY_OUTCOMES } from './types';

const country = fc.constantFrom(...COUNTRY_IDS);

const isoDay = fc
  .record({
    year: fc.integer({ min: 1934, max: 1939 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => {
    const d = Math.min(day, daysInMonth(year, month));
    return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  });

/** Any valid legal case, including world overrides history never reached. */
const legalCaseArb: fc.Arbitrary<LegalCase> = fc
  .record({
    date: isoDay,
    kind: fc.constantFrom(...INCIDENT_KINDS),
    aggressor: country,
    victim: country,
    target: fc.constantFrom(...TARGETS),
    unprovoked: fc.boolean(),
    article: fc.option(fc.constantFrom(15, 16), { nil: undefined }),
    result: fc.constantFrom(...COUNCIL_RESULTS),
    assembly: fc.option(fc.constantFrom('adopted', 'not-adopted'), { nil: undefined }),
    invitation: fc.option(fc.constantFrom(...INVITATION_ANSWERS), { nil: undefined }),
    uk: fc.constantFrom(...GUARANTOR_VERDICTS),
    italy: fc.constantFrom(...GUARANTOR_VERDICTS),
    decisions: fc.record({
      franceCabinet: fc.boolean(),
      frenchParliament: fc.boolean(),
      sovietLeadership: fc.boolean(),
      czechoslovakGovernment: fc.boolean(),
      franceAssistsCzechoslovakia: fc.boolean(),
    }),
    transit: fc.record({ poland: fc.boolean(), romania: fc.boolean() }),
    convention: fc.constantFrom(...CONVENTION_LEVELS),
    world: fc.option(
      fc.record(
        {
          treatyInForce: fc.boolean(),
          czechoslovakSovietInForce: fc.boolean(),
          locarno: fc.constantFrom(...LOCARNO_STATUSES),
          leagueMembers: fc.uniqueArray(country),
          locarnoReading: fc.constantFrom(...LOCARNO_READINGS),
          unavailableTypes: fc.uniqueArray(fc.constantFrom(...ASSISTANCE_TYPES)),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  })
  .map((r) => {
    const zone = r.kind === 'zone-violation';
    const aggressor = zone ? 'germany' : r.aggressor;
    const victim = zone
      ? r.victim === 'belgium'
        ? 'belgium'
        : 'france'
      : r.victim === aggressor
        ? 'poland'
        : r.victim;
    const article = r.kind === 'threat' ? undefined : r.article;
    const raw = {
      id: 'random-case',
      date: r.date,
      event: {
        kind: r.kind,
        aggressor: aggressor === victim ? 'germany' : aggressor,
        victim,
        target: zone ? 'other' : r.target,
        unprovoked: r.unprovoked,
      },
      council: { article, result: r.result, assembly: article === 15 ? r.assembly : undefined },
      nonMember: r.invitation === undefined ? undefined : { invitation: r.invitation },
      guarantors: { uk: r.uk, italy: r.italy },
      decisions: r.decisions,
      transit: r.transit,
      convention: r.convention,
      world: r.world,
    };
    const parsed = parseLegalCase(JSON.parse(JSON.stringify(raw)));
    if (!parsed.ok) throw new Error(`the generator made an invalid case: ${JSON.stringify(parsed.problems)}`);
    return parsed.value;
  });

describe('evaluateCase on random cases', () => {
  it('never throws, gives one allowed outcome per treaty, and is deterministic', () => {
    fc.assert(
      fc.property(legalCaseArb, (legalCase) => {
        const first = evaluateCase(legalCase);
        const second = evaluateCase(structuredClone(legalCase));
        expect(second).toEqual(first);
        expect(TREATY_OUTCOMES).toContain(first.verdicts['franco-soviet'].outcome);
        expect(TREATY_OUTCOMES).toContain(first.verdicts['czechoslovak-soviet'].outcome);
        expect(LOCARNO_OUTCOMES).toContain(first.verdicts.locarno.outcome);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the verdicts coherent: rendered help is owed and has a kind; owed help has a helper', () => {
    fc.assert(
      fc.property(legalCaseArb, (legalCase) => {
        const { verdicts, hollow } = evaluateCase(legalCase);
        for (const id of ['franco-soviet', 'czechoslovak-soviet'] as const) {
          const v = verdicts[id];
          expect(v.reason === null, `${id} reason null iff rendered`).toBe(v.outcome === 'rendered');
          if (v.outcome === 'rendered') {
            expect(v.owed).toBe(true);
            expect(v.types.length).toBeGreaterThan(0);
          } else {
            expect(v.types).toEqual([]);
          }
          expect(v.helper !== null).toBe(v.owed);
          if (hollow.includes(id)) expect(v.owed).toBe(true);
          for (const step of v.path) expect(step.cite.length).toBeGreaterThan(0);
        }
        const pact = verdicts['franco-soviet'];
        if (pact.outcome === 'rendered' && pact.helper === 'france') {
          expect(pact.path.map((s) => s.state)).toContain('francoSovietPact.locarnoCheck');
          expect(verdicts.locarno.outcome).toBe('lawful');
        }
        if (verdicts['czechoslovak-soviet'].owed && legalCase.event.victim === 'ussr') {
          expect(pact).toMatchObject({ outcome: 'rendered', helper: 'france' });
        }
      }),
      { numRuns: 400 },
    );
  });
});
