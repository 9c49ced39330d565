/**
 * The game's sound, through Howler: music per period and four effects
 * (assets/sound/cues.json), with a caption for each so that a deaf player or a
 * muted classroom sees what is heard.
 *
 * - Nothing sounds before the first user gesture. Howler itself and every file
 *   are loaded only then (on the first pointerdown, keydown, touchend or click,
 *   or an explicit `unlock()`), never when this module is imported: the first
 *   screen does not wait for audio.
 * - Mute and volume are remembered in localStorage, and work without it.
 * - Audio that is missing, blocked or fails to load is caught: the game plays
 *   on silently with its captions, and nothing is logged as an error.
 *
 * @example
 * const sound = createSound();
 * sound.onCaption((c) => showCaption(c.text));
 * sound.musicForMonth('1936-05'); // starts the 1936–38 music after the first click
 * sound.play('telegraph');        // a dispatch arrives: sound (if unlocked) and caption
 */
import type { Howl, HowlerGlobal, HowlOptions } from 'howler';
import { CUE_TABLE, type CueTable, type EffectId, musicCueOf, periodOf } from './cueTable';
import {
  browserStorage,
  clampVolume,
  type PreferenceStorage,
  readPreferences,
  type SoundPreferences,
  writePreferences,
} from './preferences';
import { SOUND_FILE_URLS } from './soundFiles';

/** What the sound module needs from the howler package (an injection point for tests). */
export interface HowlerModule {
  readonly Howl: new (options: HowlOptions) => Howl;
  readonly Howler: HowlerGlobal;
}

export interface SoundOptions {
  /** Where mute and volume are remembered; default the page's localStorage (null: nowhere). */
  readonly storage?: PreferenceStorage | null;
  /** A URL prefix the files are served under (`/sound/` → `/sound/gavel.webm`); default the URLs Vite built. */
  readonly base?: string;
  /** The cue table; default assets/sound/cues.json. */
  readonly table?: CueTable;
  /** Loads Howler; default a dynamic `import('howler')`, so Howler is its own chunk fetched after the gesture. */
  readonly loadHowler?: () => Promise<HowlerModule>;
  /** Where the first user gesture is listened for; default `window` (null: only `unlock()` unlocks). */
  readonly gestureTarget?: EventTarget | null;
}

/** A caption or visual cue for a sound, shown whether or not it is heard. */
export interface Caption {
  readonly cue: string;
  readonly kind: 'music' | 'effect';
  readonly text: string;
}

export interface SoundState {
  /** A user gesture has happened (or `unlock()` was called). */
  readonly unlocked: boolean;
  /** `waiting` for a gesture; `loading` Howler; `ready`; or `unavailable` (no audio, blocked, failed). */
  readonly audio: 'waiting' | 'loading' | 'ready' | 'unavailable';
  readonly muted: boolean;
  readonly volume: number;
  /** The period whose music is wanted (it plays once unlocked), or null. */
  readonly period: string | null;
  /** Cues Howler reports playing. */
  readonly playing: readonly string[];
  /** Cues whose files could not be loaded or played. */
  readonly failed: readonly string[];
}

export interface Sound {
  /** Allow sound and start loading it. Called by the first gesture; safe to call again. */
  unlock(): Promise<void>;
  /** Play an effect and fire its caption (the caption fires even when muted, locked or unavailable). */
  play(cue: EffectId): void;
  /** Play the music of a period (a `periods[].id` of the cue table), or stop the music with null. */
  music(period: string | null): void;
  /** Play the music of the period a month falls in (`1936-05` → the 1936–38 music). */
  musicForMonth(month: string): void;
  /** Set the master volume, 0 to 1, and remember it. */
  setVolume(volume: number): void;
  /** Mute or unmute everything, and remember it. */
  mute(on: boolean): void;
  state(): SoundState;
  /** Call `fn` with each caption; returns a function that stops. */
  onCaption(fn: (caption: Caption) => void): () => void;
  /** Stop listening for gestures and unload every sound. */
  dispose(): void;
}

/** The events that count as the first user gesture (the browser's activation-triggering input events). */
const GESTURES = ['pointerdown', 'pointerup', 'keydown', 'touchend', 'click'] as const;

/** Music fades over this many milliseconds when the period changes. */
const MUSIC_FADE_MS = 1200;

const importHowler = async (): Promise<HowlerModule> => {
  const module = await import('howler');
  return { Howl: module.Howl, Howler: module.Howler };
};

/** Create the game's sound. Nothing is loaded or played until the first user gesture. */
export function createSound(options: SoundOptions = {}): Sound {
  const table = options.table ?? CUE_TABLE;
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const loadHowler = options.loadHowler ?? importHowler;
  const gestureTarget =
    options.gestureTarget === undefined ? (typeof window === 'undefined' ? null : window) : options.gestureTarget;
  const urlOf = (file: string): string | undefined =>
    options.base === undefined ? SOUND_FILE_URLS[file] : `${options.base}${file}`;

  let preferences: SoundPreferences = readPreferences(storage);
  let audio: SoundState['audio'] = 'waiting';
  let unlocking: Promise<void> | null = null;
  let howler: HowlerModule | null = null;
  let period: string | null = null;
  let currentMusic: string | null = null;
  const howls = new Map<string, Howl>();
  /** The Howler sound id of each music cue's current playback, so a fade-out stops only its own. */
  const musicIds = new Map<string, number>();
  let disposed = false;
  const failed = new Set<string>();
  /** Effects asked for while Howler loads, played when it is in. */
  const pending: string[] = [];
  const listeners = new Set<(caption: Caption) => void>();

  const caption = (cue: string): void => {
    const entry = table.cues[cue];
    if (entry === undefined) return;
    for (const fn of listeners) {
      try {
        fn({ cue, kind: entry.kind, text: entry.caption });
      } catch {
        // A broken caption listener must not stop the sound or the game.
      }
    }
  };

  /** Run a Howler call; a throw marks audio unavailable instead of breaking the game. */
  const safely = (action: () => void): void => {
    try {
      action();
    } catch {
      audio = 'unavailable';
    }
  };

  const howlOf = (cue: string): Howl | null => {
    if (howler === null || failed.has(cue)) return null;
    const existing = howls.get(cue);
    if (existing !== undefined) return existing;
    const entry = table.cues[cue];
    if (entry === undefined) return null;
    const src = entry.files.map(urlOf).filter((url): url is string => url !== undefined);
    if (src.length === 0) {
      failed.add(cue);
      return null;
    }
    let howl: Howl | null = null;
    try {
      howl = new howler.Howl({
        src,
        loop: entry.loop,
        volume: entry.volume,
        preload: true,
        onloaderror: () => {
          failed.add(cue);
          howls.delete(cue);
        },
        onplayerror: () => {
          failed.add(cue);
        },
      });
      howls.set(cue, howl);
    } catch {
      failed.add(cue);
    }
    return howl;
  };

  const applyPreferences = (): void => {
    if (howler === null) return;
    const { Howler } = howler;
    safely(() => {
      Howler.volume(preferences.volume);
      Howler.mute(preferences.muted);
    });
  };

  /** Bring the music in line with the wanted period: a caption for each change, and sound when audio is ready. */
  const syncMusic = (): void => {
    const wanted = period === null ? null : (musicCueOf(period, table) ?? null);
    if (wanted === currentMusic) return;
    const previous = currentMusic === null ? undefined : howls.get(currentMusic);
    const previousId = currentMusic === null ? undefined : musicIds.get(currentMusic);
    const previousVolume = currentMusic === null ? 0 : (table.cues[currentMusic]?.volume ?? 0);
    currentMusic = wanted;
    if (previous !== undefined && previousId !== undefined) {
      safely(() => {
        previous.once('fade', () => previous.stop(previousId), previousId);
        previous.fade(previousVolume, 0, MUSIC_FADE_MS, previousId);
      });
    }
    if (wanted === null) return;
    caption(wanted);
    if (audio !== 'ready') return;
    const howl = howlOf(wanted);
    if (howl === null) return;
    const volume = table.cues[wanted]?.volume ?? 1;
    safely(() => {
      const id = howl.play();
      musicIds.set(wanted, id);
      howl.fade(0, volume, MUSIC_FADE_MS, id);
    });
  };

  const playEffect = (cue: string): void => {
    const howl = howlOf(cue);
    if (howl === null) return;
    safely(() => {
      howl.play();
    });
  };

  const removeGestureListeners = (): void => {
    for (const type of GESTURES) gestureTarget?.removeEventListener(type, onGesture, true);
  };

  function onGesture(): void {
    void sound.unlock();
  }

  const sound: Sound = {
    unlock() {
      if (unlocking !== null) return unlocking;
      removeGestureListeners();
      audio = 'loading';
      unlocking = loadHowler().then(
        (module) => {
          if (disposed) return;
          howler = module;
          audio = 'ready';
          // Howler makes its AudioContext here, and only now learns whether the page has audio at all.
          applyPreferences();
          safely(() => {
            if (module.Howler.noAudio) audio = 'unavailable';
          });
          if (audio === 'ready') {
            for (const [cue, entry] of Object.entries(table.cues)) if (entry.kind === 'effect') howlOf(cue);
            for (const cue of pending) playEffect(cue);
          }
          pending.length = 0;
          syncMusic();
        },
        () => {
          audio = 'unavailable';
          pending.length = 0;
          syncMusic();
        },
      );
      return unlocking;
    },

    play(cue) {
      caption(cue);
      // The gesture that unlocks often asks for a sound too (a click on "send"): play it once Howler is in.
      if (audio === 'loading' && !pending.includes(cue)) pending.push(cue);
      if (audio === 'ready') playEffect(cue);
    },

    music(next) {
      period = next;
      if (audio === 'ready' || audio === 'unavailable') syncMusic();
    },

    musicForMonth(month) {
      sound.music(periodOf(month, table));
    },

    setVolume(volume) {
      preferences = { ...preferences, volume: clampVolume(volume) };
      writePreferences(storage, preferences);
      applyPreferences();
    },

    mute(on) {
      preferences = { ...preferences, muted: on };
      writePreferences(storage, preferences);
      applyPreferences();
    },

    state() {
      const playing: string[] = [];
      for (const [cue, howl] of howls) {
        try {
          if (howl.playing()) playing.push(cue);
        } catch {
          // A Howl that cannot answer is not playing.
        }
      }
      return {
        unlocked: unlocking !== null,
        audio,
        muted: preferences.muted,
        volume: preferences.volume,
        period,
        playing,
        failed: [...failed],
      };
    },

    onCaption(fn) {
      listeners.add(fn);
      return () => {
        listeners.delete(fn);
      };
    },

    dispose() {
      disposed = true;
      removeGestureListeners();
      listeners.clear();
      for (const howl of howls.values()) safely(() => howl.unload());
      howls.clear();
      musicIds.clear();
      currentMusic = null;
    },
  };

  for (const type of GESTURES) gestureTarget?.addEventListener(type, onGesture, { capture: true, passive: true });
  return sound;
}
