/**
 * The legal case of a crisis as it was resolved, rebuilt from the world the
 * crisis opened in and the record the engine kept (`world.crises`): the
 * choices France and the USSR made, Britain's verdict and the transit
 * answers. Two facts the record does not keep (whether the Council
 * recommended action, whether Czechoslovakia fought) are found by trying
 * both and keeping the answers whose verdicts match the record's. Pure: it
 * changes nothing in how a game plays.
 */
import { contextFor, expectedAnswers } from '../model/derived';
import { MOVES } from '../model/modelData';
import { evaluateCase } from '../rules/assistancePipeline';
import { GUARANTOR_VERDICTS, type LegalCase } from '../rules/legalCase';
import type { CaseResult } from '../rules/types';
import { CRISIS_CHOICES, type CrisisChoice } from '../turn/actions';
import { commits, crisisDay } from '../turn/crisis';
import { rulesOf } from '../variants/variants';
import { type CrisisAnswers, legalCaseFor } from '../world/legalCases';
import type { CrisisRecord, WorldState } from '../world/worldState';

/** A recorded answer as a crisis choice (an unknown one acts on nothing). */
function choiceOf(answer: string): CrisisChoice {
  return CRISIS_CHOICES.find((c) => c === answer) ?? 'stand-aside';
}

function matches(result: CaseResult, record: CrisisRecord): boolean {
  return (['franco-soviet', 'czechoslovak-soviet', 'locarno'] as const).every(
    (id) =>
      result.verdicts[id].outcome === record.verdicts[id].outcome &&
      result.verdicts[id].reason === record.verdicts[id].reason,
  );
}

/**
 * The legal case of the crisis `record` resolved, with its full verdicts and
 * paths; `before` is the world as the crisis opened (its phase `crisis`).
 * `exact` is false when no rebuilt case gives the recorded verdicts (then the
 * closest rebuild is returned, and the record's verdicts are the ones to trust).
 */
export function answeredCrisisCase(
  before: WorldState,
  record: CrisisRecord,
): { legalCase: LegalCase; result: CaseResult; exact: boolean } | null {
  const move = MOVES.find((m) => m.id === record.move);
  if (move === undefined) return null;
  const expected = expectedAnswers(contextFor(before));
  const ukLawful = record.uk === 'lawful';
  const victim = move.incident.victim;
  // The game's rules: under the variant without Protocol I §2, invoking it commits only on a recommendation.
  const protocol = rulesOf(before).calendar.protocolPointI.overrideWithoutRecommendation;
  let first: { legalCase: LegalCase; result: CaseResult } | null = null;
  for (const councilRecommended of [false, true]) {
    for (const czechoslovakActs of [true, false]) {
      const answers: CrisisAnswers = {
        ...expected,
        councilResult: councilRecommended ? 'unanimous-excluding-parties' : 'none',
        uk: GUARANTOR_VERDICTS.find((v) => v === record.uk) ?? expected.uk,
        franceActs: commits(choiceOf(record.answers.france), 'france', victim, councilRecommended, ukLawful, protocol),
        sovietActs: commits(choiceOf(record.answers.ussr), 'ussr', victim, councilRecommended, ukLawful, protocol),
        czechoslovakActs,
        transit: record.transit,
      };
      const legalCase = {
        ...legalCaseFor(before, move.incident, answers, crisisDay(before, move)),
        title: move.title,
      };
      const result = evaluateCase(legalCase);
      if (matches(result, record)) return { legalCase, result, exact: true };
      first ??= { legalCase, result };
    }
  }
  return first === null ? null : { ...first, exact: false };
}
