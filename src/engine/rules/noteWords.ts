/**
 * The words a verdict's path uses for the rules' codes. A class reads the
 * path's notes (the legal cases, the X-ray, the crisis screen): "Locarno on
 * 20 September 1938: repudiated by Germany, and Belgium released", not
 * "belgium-released" (xray.en.json's `$comment`: pupils cannot read code names).
 */
import type { LocarnoStatus } from './lawData';
import type { CouncilResult, GuarantorVerdict, LocarnoReading } from './legalCase';
import type { AssistanceBasis } from './locarnoRules';
import type { AssistanceType } from './types';

/** Each kind of help in words. */
export const ASSISTANCE_NAMES: Readonly<Record<AssistanceType, string>> = {
  economic: 'economic help',
  air: 'air forces',
  naval: 'naval forces',
  expeditionary_by_sea: 'troops sent by sea',
  land_via_transit: 'land forces through Poland or Romania',
  offensive_in_west: 'an offensive in the west',
};

/** Locarno's status on a day (calendar.json `locarnoStatus`). */
export const LOCARNO_STATUS_WORDS: Readonly<Record<LocarnoStatus, string>> = {
  'in-force': 'in force',
  repudiated: 'repudiated by Germany (7 March 1936)',
  'belgium-released': 'repudiated by Germany, and Belgium released (24 April 1937)',
};

/** The ground a French action of assistance stands on, as Locarno Art. 2 reads it. */
export const BASIS_WORDS: Readonly<Record<AssistanceBasis, string>> = {
  'council-decision': 'a Council recommendation under Art. 16',
  'art16-without-recommendation': 'Art. 16 without a Council recommendation (Protocol I §2)',
  'art15-para7': 'the liberty of Covenant Art. 15 §7',
};

/** Whose reading of Art. 2 applies to help under Protocol I without a recommendation. */
export const READING_WORDS: Readonly<Record<LocarnoReading, string>> = {
  french: 'the French reading',
  german: 'the German reading (memorandum of 25 May 1935)',
};

/** A guarantor's verdict on a French action. */
export const VERDICT_WORDS: Readonly<Record<GuarantorVerdict, string>> = {
  lawful: 'lawful',
  'violation-flagrant': 'a flagrant violation',
  'violation-nonflagrant': 'a violation, not flagrant',
  'no-view': 'no view',
};

/** The Council's vote. */
export const COUNCIL_RESULT_WORDS: Readonly<Record<CouncilResult, string>> = {
  unanimous: 'unanimous',
  'unanimous-excluding-parties': 'unanimous apart from the parties',
  'majority-only': 'a majority only',
  none: 'no agreement',
};
