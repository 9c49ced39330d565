/**
 * The legal facts of a day — treaties in force, League membership, Council
 * seats, Locarno's status — read from `scenarios/law/calendar.json`, with a
 * case's overrides applied on top.
 */
import { formatDate, type IsoDate, isWithin } from '../dates';
import { CALENDAR, type Calendar, COUNTRIES, type LocarnoStatus } from './lawData';
import type { LegalCase, LocarnoReading } from './legalCase';
import type { Guarantor } from './locarnoRules';
import { type AssistanceType, COUNTRY_IDS, type CountryId } from './types';

/** What the rules need to know about the world on the case's date. */
export interface WorldFacts {
  readonly date: IsoDate;
  readonly francoSovietInForce: boolean;
  readonly czechoslovakSovietInForce: boolean;
  readonly locarno: LocarnoStatus;
  readonly leagueMembers: readonly CountryId[];
  /** Permanent Council members taking part on that day (elected seats are not modelled: UNCONFIRMED per year). */
  readonly councilPermanent: readonly CountryId[];
  readonly locarnoReading: LocarnoReading;
  readonly unavailableTypes: readonly AssistanceType[];
  /** The Locarno guarantors whose verdict counts on that day (treaty-and-rules.md §5.8). */
  readonly guarantors: readonly Guarantor[];
  /** Protocol of Signature, point I §2: help stays due when the Council recommends nothing. */
  readonly protocolOverride: boolean;
  /** Which facts came from the case rather than the date: shown on the path. */
  readonly overridden: readonly string[];
}

/** Overrides a case may set (the `world` field of a legal case). */
export type WorldOverrides = NonNullable<LegalCase['world']>;

/**
 * True if `state` is a League Member taking part in the League on `date`.
 * The calendar names every state (its schema's record is exhaustive); a state never a Member is marked `member: false`.
 */
export function isParticipatingMember(calendar: Calendar, state: CountryId, date: IsoDate): boolean {
  const entry = calendar.leagueMembers[state];
  if ('member' in entry) return false;
  if (!isWithin(date, entry.from, entry.until)) return false;
  return entry.stopsParticipating === undefined || date < entry.stopsParticipating;
}

/** True if `state` is formally a League Member on `date` (Italy stays one after it stops taking part). */
export function isMember(calendar: Calendar, state: CountryId, date: IsoDate): boolean {
  const entry = calendar.leagueMembers[state];
  if ('member' in entry) return false;
  return isWithin(date, entry.from, entry.until);
}

/** Locarno's status on `date`: the last dated status at or before it. */
export function locarnoStatusOn(calendar: Calendar, date: IsoDate): LocarnoStatus {
  let status: LocarnoStatus = 'in-force';
  for (const entry of calendar.locarnoStatus) if (date >= entry.from) status = entry.status;
  return status;
}

/** The legal facts of `date`, from the calendar, with `overrides` applied. */
export function worldFactsOn(date: IsoDate, overrides: WorldOverrides = {}, calendar: Calendar = CALENDAR): WorldFacts {
  const members = COUNTRY_IDS.filter((state) => isMember(calendar, state, date));
  const leagueMembers = overrides.leagueMembers ?? members;
  const participating = (state: CountryId) =>
    overrides.leagueMembers !== undefined
      ? leagueMembers.includes(state)
      : isParticipatingMember(calendar, state, date);
  const locarno = overrides.locarno ?? locarnoStatusOn(calendar, date);
  return {
    date,
    francoSovietInForce: overrides.treatyInForce ?? date >= calendar.treaties['franco-soviet'].inForceFrom,
    czechoslovakSovietInForce:
      overrides.czechoslovakSovietInForce ?? date >= calendar.treaties['czechoslovak-soviet'].inForceFrom,
    locarno,
    leagueMembers,
    councilPermanent: calendar.councilPermanent
      .filter(
        (seat) =>
          (seat.from === null || date >= seat.from) &&
          (seat.until === undefined || date <= seat.until) &&
          participating(seat.state),
      )
      .map((seat) => seat.state),
    locarnoReading: overrides.locarnoReading ?? 'french',
    unavailableTypes: overrides.unavailableTypes ?? [],
    guarantors: overrides.guarantors ?? calendar.locarnoGuarantors[locarno],
    protocolOverride: overrides.protocolOverride ?? calendar.protocolPointI.overrideWithoutRecommendation,
    overridden: Object.keys(overrides).sort(),
  };
}

/** True for a European state (treaty Arts. 1-3: "a European State"). `countries.json` names every state (its schema's record is exhaustive). */
export function isEuropean(state: CountryId): boolean {
  return COUNTRIES[state].european;
}

/** A state's name for display. */
export function countryName(state: CountryId): string {
  return COUNTRIES[state].name;
}

/**
 * How a map's tooltip names a state's place in the League in `month`, given
 * the game's list of Members taking part (`members`): a Member; a Member no
 * longer taking part (Italy from 11 December 1937, which the game's list
 * leaves out, while its withdrawal takes formal effect only after two years'
 * notice); or not a Member. Null for a state the legal engine does not follow
 * (the map's other states: Sweden, Switzerland …), whose membership it does not model.
 */
export function leagueStanding(members: readonly string[], state: string, month: string): string | null {
  const country = COUNTRY_IDS.find((id) => id === state);
  if (country === undefined) return null;
  if (members.includes(country)) return 'League of Nations member';
  const entry = CALENDAR.leagueMembers[country];
  if (!('member' in entry) && entry.stopsParticipating !== undefined && isMember(CALENDAR, country, `${month}-01`)) {
    return `League of Nations member, no longer taking part (from ${formatDate(entry.stopsParticipating)})`;
  }
  return 'Not a League member';
}
