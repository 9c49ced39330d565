/**
 * The recipe of every sound cue in assets/sound/cues.json: three music loops,
 * one per period, and four effects. Each recipe is a pure function of its own
 * seed, so `npm run build:sound` makes the same samples on every machine.
 * The project wrote these tunes for the game; they quote no existing music.
 */
import {
  additive,
  applyEnvelope,
  bandPass,
  echo,
  glide,
  lowPass,
  midiHz,
  mixInto,
  noise,
  percussive,
  pluck,
  SAMPLE_RATE,
  saturate,
  seededRandom,
  silence,
  swell,
} from './synth';

/** A chord as MIDI notes, low to high. */
type Chord = readonly number[];

/** Samples at a time in seconds. */
const at = (seconds: number): number => Math.round(seconds * SAMPLE_RATE);

/** A string-section pad: a few soft partials and a slight vibrato, swelling over the note. */
function pad(note: number, seconds: number): Float64Array {
  const tone = additive(
    midiHz(note),
    seconds,
    [
      [1, 1, 0],
      [2, 0.45, 0],
      [3, 0.22, 0],
      [4, 0.1, 0],
    ],
    0.08,
  );
  return applyEnvelope(tone, swell(seconds, Math.min(0.6, seconds / 3), Math.min(0.8, seconds / 3)));
}

/** A woodwind-like lead: a clarinet's odd partials under a gentle swell. */
function reed(note: number, seconds: number): Float64Array {
  const tone = additive(
    midiHz(note),
    seconds,
    [
      [1, 1, 0],
      [3, 0.35, 0],
      [5, 0.12, 0],
      [2, 0.08, 0],
    ],
    0.12,
  );
  return applyEnvelope(tone, swell(seconds, 0.08, Math.min(0.25, seconds / 2)));
}

/** A low brass-like voice: many partials, a slow attack. */
function brass(note: number, seconds: number): Float64Array {
  const partials: [number, number, number][] = [];
  for (let n = 1; n <= 8; n++) partials.push([n, 1 / n, 0]);
  const tone = lowPass(additive(midiHz(note), seconds, partials, 0.05), 900);
  return applyEnvelope(tone, swell(seconds, 0.35, Math.min(0.6, seconds / 2)));
}

/** A kettle-drum stroke: a low sine that sags in pitch, with a little muffled noise. */
function timpani(note: number, random: () => number): Float64Array {
  const seconds = 1.6;
  const body = applyEnvelope(glide(midiHz(note) * 1.04, midiHz(note), seconds), percussive(seconds, 0.004, 0.45));
  const skin = applyEnvelope(lowPass(noise(seconds, random), 400), percussive(seconds, 0.002, 0.05));
  mixInto(body, skin, 0, 0.5);
  return body;
}

/** A muffled snare tap: band-passed noise with a quick decay. */
function snare(random: () => number, gain: number): Float64Array {
  const seconds = 0.25;
  const hit = applyEnvelope(bandPass(noise(seconds, random), 1800, 0.8), percussive(seconds, 0.001, 0.045));
  for (let i = 0; i < hit.length; i++) hit[i] = (hit[i] ?? 0) * gain;
  return hit;
}

/** A woodblock tick, for a clock that will not stop. */
function tick(random: () => number): Float64Array {
  const seconds = 0.12;
  const knock = applyEnvelope(bandPass(noise(seconds, random), 2600, 6), percussive(seconds, 0.0005, 0.012));
  mixInto(knock, applyEnvelope(additive(1900, seconds, [[1, 0.4, 0.02]]), percussive(seconds, 0.0005, 0.02)), 0);
  return knock;
}

/**
 * A melody as [MIDI note or null for a rest, length in beats]; notes are laid
 * one after another from `start`.
 */
function layMelody(
  target: Float64Array,
  melody: readonly (readonly [number | null, number])[],
  beat: number,
  voice: (note: number, seconds: number) => Float64Array,
  gain: number,
): void {
  let time = 0;
  for (const [note, beats] of melody) {
    if (note !== null) mixInto(target, voice(note, beats * beat + 0.15), at(time), gain, true);
    time += beats * beat;
  }
}

/** 1935–36: hopeful, diplomatic. F major at 96 beats a minute, a harp, strings and a reed; 12 bars, 30 s. */
export function music193536(): Float64Array {
  const random = seededRandom(1935);
  const beat = 60 / 96;
  const bar = 4 * beat;
  const chords: Chord[] = [
    [53, 57, 60], // F
    [50, 53, 57], // Dm
    [46, 50, 53], // Bb
    [48, 52, 55], // C
    [53, 57, 60], // F
    [45, 48, 52], // Am
    [43, 46, 50], // Gm
    [48, 52, 55, 58], // C7
    [46, 50, 53], // Bb
    [53, 57, 60], // F
    [43, 46, 50], // Gm
    [48, 52, 55], // C
  ];
  const out = silence(chords.length * bar);
  chords.forEach((chord, index) => {
    const start = index * bar;
    for (const note of chord) mixInto(out, pad(note + 12, bar + 0.6), at(start), 0.09, true);
    const root = chord[0] ?? 53;
    mixInto(out, pluck(midiHz(root - 12), 2.2, random, 0.997), at(start), 0.5, true);
    mixInto(out, pluck(midiHz(root - 12), 1.6, random, 0.997), at(start + 2 * beat), 0.35, true);
    const arpeggio = [...chord, (chord[0] ?? 53) + 12, ...chord.slice(1).reverse()];
    for (let step = 0; step < 8; step++) {
      const note = arpeggio[step % arpeggio.length] ?? root;
      mixInto(out, pluck(midiHz(note + 12), 1.2, random, 0.995), at(start + (step * beat) / 2), 0.22, true);
    }
  });
  // biome-ignore format: one line per bar
  const melody: [number | null, number][] = [
    [69, 2], [72, 2],
    [74, 2], [72, 1], [69, 1],
    [70, 2], [74, 2],
    [72, 3], [null, 1],
    [69, 1], [72, 1], [77, 2],
    [76, 2], [72, 2],
    [74, 2], [70, 1], [67, 1],
    [72, 3], [null, 1],
    [74, 2], [77, 2],
    [72, 2], [69, 2],
    [70, 2], [67, 1], [69, 1],
    [67, 2], [64, 2],
  ];
  layMelody(out, melody, beat, reed, 0.2);
  return echo(out, 0.31, 0.22, true);
}

/** 1936–38: uneasy. D minor at 80 beats a minute, a ticking clock, a low ostinato and sighing semitones; 10 bars, 30 s. */
export function music193638(): Float64Array {
  const random = seededRandom(1936);
  const beat = 60 / 80;
  const bar = 4 * beat;
  const chords: Chord[] = [
    [50, 53, 57], // Dm
    [50, 53, 57], // Dm
    [46, 50, 53], // Bb
    [45, 49, 52], // A
    [50, 53, 57], // Dm
    [43, 46, 50], // Gm
    [40, 43, 46], // E diminished
    [45, 49, 52, 55], // A7
    [46, 50, 53], // Bb
    [45, 49, 52], // A
  ];
  const out = silence(chords.length * bar);
  chords.forEach((chord, index) => {
    const start = index * bar;
    for (const note of chord) mixInto(out, pad(note, bar + 0.4), at(start), 0.08, true);
    const root = chord[0] ?? 50;
    for (let step = 0; step < 8; step++) {
      const note = step % 2 === 0 ? root - 12 : root - 5;
      mixInto(out, pluck(midiHz(note), 0.5, random, 0.985), at(start + (step * beat) / 2), 0.4, true);
      mixInto(out, tick(random), at(start + (step * beat) / 2), step % 2 === 0 ? 0.12 : 0.07, true);
    }
  });
  // biome-ignore format: one line per bar
  const melody: [number | null, number][] = [
    [null, 2], [69, 1], [70, 1],
    [69, 4],
    [null, 2], [70, 1], [69, 1],
    [68, 2], [69, 2],
    [null, 2], [74, 1], [72, 1],
    [70, 4],
    [71, 2], [70, 2],
    [69, 3], [null, 1],
    [null, 2], [65, 1], [67, 1],
    [64, 2], [61, 2],
  ];
  layMelody(out, melody, beat, reed, 0.16);
  return echo(out, 0.45, 0.25, true);
}

/** 1938–39: grim. C minor at 60 beats a minute, a low drone, slow brass, kettle drums and a distant march; 8 bars, 32 s. */
export function music193839(): Float64Array {
  const random = seededRandom(1938);
  const beat = 1;
  const bar = 4 * beat;
  const chords: Chord[] = [
    [48, 51, 55], // Cm
    [44, 48, 51], // Ab
    [41, 44, 48], // Fm
    [43, 47, 50], // G
    [48, 51, 55], // Cm
    [49, 53, 56], // Db: the Neapolitan, darker still
    [43, 47, 50, 53], // G7
    [48, 51, 55], // Cm
  ];
  const out = silence(chords.length * bar);
  mixInto(out, pad(36, out.length / SAMPLE_RATE), 0, 0.1, true);
  mixInto(out, pad(43, out.length / SAMPLE_RATE), 0, 0.05, true);
  chords.forEach((chord, index) => {
    const start = index * bar;
    for (const note of chord) mixInto(out, brass(note - 12, bar + 0.5), at(start), 0.07, true);
    mixInto(out, timpani((chord[0] ?? 48) - 12, random), at(start), 0.5, true);
    mixInto(out, timpani((chord[0] ?? 48) - 12, random), at(start + 3.5 * beat), 0.25, true);
    const pattern = [0, 0.75, 1, 2, 2.75, 3, 3.25, 3.5];
    pattern.forEach((offset, n) => {
      mixInto(out, snare(random, n === 0 ? 0.35 : 0.18), at(start + offset * beat), 1, true);
    });
  });
  // biome-ignore format: one line per bar
  const melody: [number | null, number][] = [
    [null, 4],
    [60, 2], [63, 2],
    [65, 3], [63, 1],
    [62, 4],
    [null, 2], [67, 2],
    [68, 3], [67, 1],
    [66, 2], [65, 2],
    [63, 2], [60, 2],
  ];
  layMelody(out, melody, beat, brass, 0.14);
  return saturate(echo(out, 0.5, 0.28, true), 1.4);
}

/** International Morse for the letters a telegraph taps out. */
const MORSE: Readonly<Record<string, string>> = { D: '-..', E: '.', P: '.--.' };

/** A telegraph: a sounder's click and a 750 Hz tone keying "DEP" (dépêche), about 1.6 s. */
export function telegraph(): Float64Array {
  const random = seededRandom(1);
  const dot = 0.07;
  const out = silence(1.7);
  let time = 0.02;
  for (const letter of 'DEP') {
    for (const symbol of MORSE[letter] ?? '') {
      const length = symbol === '-' ? 3 * dot : dot;
      const tone = applyEnvelope(
        additive(750, length, [
          [1, 1, 0],
          [3, 0.15, 0],
        ]),
        swell(length, 0.004, 0.006),
      );
      mixInto(out, tone, at(time), 0.6);
      const click = applyEnvelope(bandPass(noise(0.03, random), 3200, 3), percussive(0.03, 0.0005, 0.004));
      mixInto(out, click, at(time), 0.8);
      mixInto(out, click, at(time + length), 0.5);
      time += length + dot;
    }
    time += 2 * dot;
  }
  return out;
}

/** A wooden knock: a thud, a ring of the block, a crack of noise. */
function knock(random: () => number, gain: number): Float64Array {
  const seconds = 0.4;
  const body = applyEnvelope(
    additive(170, seconds, [
      [1, 1, 0.09],
      [3.65, 0.5, 0.04],
      [8.7, 0.25, 0.02],
    ]),
    percussive(seconds, 0.001, 1),
  );
  const crack = applyEnvelope(bandPass(noise(seconds, random), 1400, 2), percussive(seconds, 0.0005, 0.012));
  mixInto(body, crack, 0, 1.2);
  for (let i = 0; i < body.length; i++) body[i] = (body[i] ?? 0) * gain;
  return body;
}

/** A gavel: three knocks on the Council's table, the last the hardest, about 1.3 s. */
export function gavel(): Float64Array {
  const random = seededRandom(2);
  const out = silence(1.3);
  mixInto(out, knock(random, 0.7), at(0.01));
  mixInto(out, knock(random, 0.75), at(0.34));
  mixInto(out, knock(random, 1), at(0.72));
  return echo(out, 0.09, 0.18);
}

/** A rubber stamp: a light tap on the ink pad, then a firm thump and the slap of paper, about 0.7 s. */
export function stamp(): Float64Array {
  const random = seededRandom(3);
  const out = silence(0.7);
  const tap = applyEnvelope(bandPass(noise(0.08, random), 2200, 2), percussive(0.08, 0.0005, 0.01));
  mixInto(out, tap, at(0.01), 0.35);
  const thump = applyEnvelope(glide(140, 70, 0.35), percussive(0.35, 0.002, 0.06));
  mixInto(out, thump, at(0.16), 1);
  const paper = applyEnvelope(lowPass(noise(0.2, random), 3000), percussive(0.2, 0.001, 0.03));
  mixInto(out, paper, at(0.16), 0.6);
  return out;
}

/** An alarm: a hand-cranked siren that wails up twice, with an electric bell under it, about 2.4 s. */
export function alarm(): Float64Array {
  const out = silence(2.4);
  const wail = (seconds: number) =>
    applyEnvelope(
      lowPass(
        (() => {
          const rising = glide(420, 880, seconds);
          for (let i = 0; i < rising.length; i++) rising[i] = Math.tanh(3 * (rising[i] ?? 0));
          return rising;
        })(),
        2500,
      ),
      swell(seconds, 0.12, 0.25),
    );
  mixInto(out, wail(1.15), at(0.02), 0.5);
  mixInto(out, wail(1.15), at(1.2), 0.5);
  for (let strike = 0; strike < 36; strike++) {
    const ring = applyEnvelope(
      additive(2100, 0.12, [
        [1, 1, 0.05],
        [2.76, 0.4, 0.03],
      ]),
      percussive(0.12, 0.0005, 1),
    );
    mixInto(out, ring, at(0.02 + strike / 16), 0.18);
  }
  return out;
}

/** The recipe for each cue id in assets/sound/cues.json. */
export const RECIPES: Readonly<Record<string, () => Float64Array>> = {
  'music-1935-36': music193536,
  'music-1936-38': music193638,
  'music-1938-39': music193839,
  telegraph,
  gavel,
  stamp,
  alarm,
};
