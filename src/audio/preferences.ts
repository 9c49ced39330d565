/**
 * The player's sound preferences (muted, volume), remembered in localStorage.
 * Storage may be missing or throw (private browsing, a blocked site, a full
 * quota): then the defaults apply and the game carries on.
 */
import { z } from 'zod';

/** The localStorage key of the sound preferences. */
export const PREFERENCES_KEY = 'hollow-pact:sound';

export interface SoundPreferences {
  readonly muted: boolean;
  /** Master volume, 0 to 1. */
  readonly volume: number;
}

export const DEFAULT_PREFERENCES: SoundPreferences = { muted: false, volume: 0.8 };

/** The part of the Web Storage API the preferences use. */
export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

const storedSchema = z.object({
  muted: z.boolean().catch(DEFAULT_PREFERENCES.muted),
  volume: z.number().min(0).max(1).catch(DEFAULT_PREFERENCES.volume),
});

/** Clamp a volume into 0..1 (NaN gives the default). */
export function clampVolume(volume: number): number {
  if (Number.isNaN(volume)) return DEFAULT_PREFERENCES.volume;
  return Math.min(1, Math.max(0, volume));
}

/** Read the preferences; anything missing, unreadable or out of range falls back to its default. */
export function readPreferences(storage: PreferenceStorage | null): SoundPreferences {
  if (storage === null) return DEFAULT_PREFERENCES;
  try {
    const raw = storage.getItem(PREFERENCES_KEY);
    if (raw === null) return DEFAULT_PREFERENCES;
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

/** Save the preferences; returns false when storage refused them (the game carries on). */
export function writePreferences(storage: PreferenceStorage | null, preferences: SoundPreferences): boolean {
  if (storage === null) return false;
  try {
    storage.setItem(
      PREFERENCES_KEY,
      JSON.stringify({ muted: preferences.muted, volume: clampVolume(preferences.volume) }),
    );
    return true;
  } catch {
    return false;
  }
}

/** The page's localStorage, or null where reading it throws or it does not exist. */
export function browserStorage(): PreferenceStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
