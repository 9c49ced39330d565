/**
 * Verdict paths: what the law said at a crisis, treaty by treaty — an outcome
 * and its reason code (treaty-and-rules.md §5.7, `scenarios/law/reasons.json`).
 * `possibleVerdictPaths` asks the legal engine every answer a German move's
 * crisis can bring (the Council, the guarantors, the governments, transit, the
 * convention, the treaty in force or not), so the paths reached in play can be
 * checked against the paths the law allows (issue 8 §2: the lesson must happen
 * in play).
 */
import { MOVES } from './model/modelData';
import { addMonths, firstDay } from './months';
import { CALENDAR } from './rules/lawData';
import { CONVENTION_LEVELS, type CouncilResult, type GuarantorVerdict, type LegalCase } from './rules/legalCase';
import { worldFactsOn } from './rules/worldFacts';
import { GAME_SPAN } from './scenario/schema';
import { crisisVerdicts } from './world/legalCases';
import type { CrisisRecord, CrisisVerdicts } from './world/worldState';

/** The three treaties a crisis record gives a verdict for. */
export const VERDICT_TREATIES = ['franco-soviet', 'czechoslovak-soviet', 'locarno'] as const;
export type VerdictTreaty = (typeof VERDICT_TREATIES)[number];

/**
 * One treaty's verdict at one crisis, as a key: `treaty outcome reason` (`-` for
 * no reason), then each practical obstacle met on the way that is not the reason
 * (`+NO_TRANSIT`: help came, but not by land or air).
 */
export type VerdictPath = string;

/** The key of a treaty's verdict. */
export function verdictPath(
  treaty: VerdictTreaty,
  outcome: string,
  reason: string | null,
  obstacles: readonly string[] = [],
): VerdictPath {
  const extra = obstacles.filter((o) => o !== reason).map((o) => ` +${o}`);
  return `${treaty} ${outcome} ${reason ?? '-'}${extra.join('')}`;
}

/** The verdict paths of one resolved crisis, one per treaty. */
export function crisisPaths(record: CrisisRecord): VerdictPath[] {
  const v = record.verdicts;
  return [
    verdictPath('franco-soviet', v['franco-soviet'].outcome, v['franco-soviet'].reason, v['franco-soviet'].obstacles),
    verdictPath(
      'czechoslovak-soviet',
      v['czechoslovak-soviet'].outcome,
      v['czechoslovak-soviet'].reason,
      v['czechoslovak-soviet'].obstacles,
    ),
    verdictPath('locarno', v.locarno.outcome, v.locarno.reason),
  ];
}

function pathsOfVerdicts(v: CrisisVerdicts): VerdictPath[] {
  return [
    verdictPath('franco-soviet', v.francoSoviet.outcome, v.francoSoviet.reason, v.francoSoviet.obstacles),
    verdictPath(
      'czechoslovak-soviet',
      v.czechoslovakSoviet.outcome,
      v.czechoslovakSoviet.reason,
      v.czechoslovakSoviet.obstacles,
    ),
    verdictPath('locarno', v.locarno.outcome, v.locarno.reason),
  ];
}

/** The answers a crisis can bring: the Council's two results, the guarantors' three verdicts (the bands of `model.json`). */
const COUNCIL: readonly CouncilResult[] = ['unanimous-excluding-parties', 'none'];
const GUARANTOR: readonly GuarantorVerdict[] = ['lawful', 'no-view', 'violation-nonflagrant'];
const YES_NO = [true, false] as const;

let possible: readonly VerdictPath[] | null = null;

/**
 * Every verdict path a German move's crisis can produce, by the legal engine:
 * each move's incident on the first day of every month from the move's opening
 * to the end of the game (one day per distinct set of dated legal facts), with
 * every combination of the answers the game can give. Sorted; computed once.
 */
export function possibleVerdictPaths(): readonly VerdictPath[] {
  if (possible === null) possible = verdictPathsUntil(MOVES, GAME_SPAN.last);
  return possible;
}

/**
 * The verdict paths of these moves' crises on the first day of every month from
 * each move's opening to `last` ("YYYY-MM"), by the legal engine, with every
 * combination of the answers the game can give. Sorted.
 */
export function verdictPathsUntil(
  moves: readonly Pick<(typeof MOVES)[number], 'opens' | 'incident'>[],
  last: string,
): VerdictPath[] {
  const found = new Set<VerdictPath>();
  for (const move of moves) {
    const seen = new Set<string>();
    for (let month = move.opens; month <= last; month = addMonths(month, 1)) {
      const date = firstDay(month);
      for (const treatyInForce of YES_NO) {
        const facts = worldFactsOn(date, { treatyInForce });
        const key = JSON.stringify({ ...facts, date: null });
        if (seen.has(key)) continue;
        seen.add(key);
        for (const legalCase of casesOn(date, treatyInForce, move.incident)) {
          for (const path of pathsOfVerdicts(crisisVerdicts(legalCase))) found.add(path);
        }
      }
    }
  }
  return [...found].sort();
}

function* casesOn(
  date: string,
  treatyInForce: boolean,
  incident: (typeof MOVES)[number]['incident'],
): Generator<LegalCase> {
  for (const result of COUNCIL)
    for (const uk of GUARANTOR)
      for (const italy of GUARANTOR)
        for (const franceActs of YES_NO)
          for (const parliament of YES_NO)
            for (const sovietActs of YES_NO)
              for (const czechoslovakActs of YES_NO)
                for (const poland of YES_NO)
                  for (const romania of YES_NO)
                    for (const convention of CONVENTION_LEVELS)
                      yield {
                        id: 'possible',
                        date,
                        event: { aggressor: 'germany', ...incident, unprovoked: true },
                        council: { result },
                        nonMember: { invitation: 'refuse-and-war' },
                        guarantors: { uk, italy },
                        decisions: {
                          franceCabinet: franceActs,
                          frenchParliament: parliament,
                          sovietLeadership: sovietActs,
                          czechoslovakGovernment: czechoslovakActs,
                          franceAssistsCzechoslovakia: franceActs && parliament,
                        },
                        transit: { poland, romania },
                        convention,
                        world: {
                          treatyInForce,
                          czechoslovakSovietInForce: date >= CALENDAR.treaties['czechoslovak-soviet'].inForceFrom,
                        },
                      };
}

/**
 * Verdict paths the law allows at a German move that the game leaves out of
 * play, with why: history (or the game's own span) rules them out.
 */
export const UNREACHABLE_IN_PLAY: Readonly<Record<VerdictPath, string>> = {};
