import { describe, expect, it } from 'vitest';
import {
  browserStorage,
  clampVolume,
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  type PreferenceStorage,
  readPreferences,
  writePreferences,
} from './preferences';

/** An in-memory Web Storage. */
function memoryStorage(initial: Record<string, string> = {}): PreferenceStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

/** Storage as private browsing or a blocked site gives it: every call throws. */
const throwingStorage: PreferenceStorage = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
};

describe('sound preferences', () => {
  it('start unmuted at the default volume when nothing is saved', () => {
    expect(readPreferences(memoryStorage())).toEqual({ muted: false, volume: 0.8 });
    expect(readPreferences(null)).toEqual(DEFAULT_PREFERENCES);
  });

  it('read back what was written', () => {
    const storage = memoryStorage();
    expect(writePreferences(storage, { muted: true, volume: 0.25 })).toBe(true);
    expect(JSON.parse(storage.data[PREFERENCES_KEY] ?? '')).toEqual({ muted: true, volume: 0.25 });
    expect(readPreferences(storage)).toEqual({ muted: true, volume: 0.25 });
  });

  it('fall back to the defaults, and report the write refused, when storage throws', () => {
    expect(readPreferences(throwingStorage)).toEqual(DEFAULT_PREFERENCES);
    expect(writePreferences(throwingStorage, { muted: true, volume: 0.1 })).toBe(false);
    expect(writePreferences(null, { muted: true, volume: 0.1 })).toBe(false);
  });

  it('ignore what is not theirs to trust: bad JSON, a wrong type, a volume out of range', () => {
    expect(readPreferences(memoryStorage({ [PREFERENCES_KEY]: '{not json' }))).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences(memoryStorage({ [PREFERENCES_KEY]: '"loud"' }))).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences(memoryStorage({ [PREFERENCES_KEY]: '{"muted":true,"volume":7}' }))).toEqual({
      muted: true,
      volume: 0.8,
    });
    expect(readPreferences(memoryStorage({ [PREFERENCES_KEY]: '{"muted":"yes","volume":0.3}' }))).toEqual({
      muted: false,
      volume: 0.3,
    });
  });

  it('clamp a volume into 0..1 before saving it', () => {
    expect([clampVolume(-1), clampVolume(0.5), clampVolume(3), clampVolume(Number.NaN)]).toEqual([0, 0.5, 1, 0.8]);
    const storage = memoryStorage();
    writePreferences(storage, { muted: false, volume: 2 });
    expect(readPreferences(storage).volume).toBe(1);
  });

  it('find no storage in Node, where there is no localStorage', () => {
    expect(browserStorage()).toBeNull();
  });
});
