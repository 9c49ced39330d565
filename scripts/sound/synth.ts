/**
 * Small, deterministic synthesis helpers for the game's sounds: a seeded noise
 * generator, envelopes, oscillators and a few instruments. Everything writes
 * into plain Float64Array buffers at one sample rate; nothing here reads the
 * clock or Math.random, so the same recipe always gives the same samples.
 */

/** The sample rate of every generated sound: Opus encodes 24 kHz natively, and it is plenty for these sounds. */
export const SAMPLE_RATE = 24_000;

const TAU = 2 * Math.PI;

/** A seeded pseudo-random generator (mulberry32): returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A silent buffer of `seconds`. */
export function silence(seconds: number): Float64Array {
  return new Float64Array(Math.round(seconds * SAMPLE_RATE));
}

/** The frequency of a MIDI note number (69 = A4 = 440 Hz). */
export function midiHz(note: number): number {
  return 440 * 2 ** ((note - 69) / 12);
}

/**
 * Add `source` into `target` starting at sample `offset`, scaled by `gain`.
 * With `wrap`, what runs past the end continues at the start: a loop's tails
 * fall into its beginning, so the loop joins without a click.
 */
export function mixInto(target: Float64Array, source: Float64Array, offset: number, gain = 1, wrap = false): void {
  for (let i = 0; i < source.length; i++) {
    let at = offset + i;
    if (at >= target.length) {
      if (!wrap) break;
      at %= target.length;
    }
    target[at] = (target[at] ?? 0) + (source[i] ?? 0) * gain;
  }
}

/** An attack–decay envelope: linear rise over `attack` s, then exponential decay with time constant `decay` s. */
export function percussive(seconds: number, attack: number, decay: number): Float64Array {
  const out = silence(seconds);
  const rise = Math.max(1, Math.round(attack * SAMPLE_RATE));
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    out[i] = i < rise ? i / rise : Math.exp(-(t - attack) / decay);
  }
  return out;
}

/** A swelling envelope: raised-cosine rise over `attack` s, hold, raised-cosine fall over `release` s. */
export function swell(seconds: number, attack: number, release: number): Float64Array {
  const out = silence(seconds);
  const a = Math.max(1, Math.round(attack * SAMPLE_RATE));
  const r = Math.max(1, Math.round(release * SAMPLE_RATE));
  for (let i = 0; i < out.length; i++) {
    const fromEnd = out.length - 1 - i;
    let g = 1;
    if (i < a) g = 0.5 - 0.5 * Math.cos((Math.PI * i) / a);
    if (fromEnd < r) g = Math.min(g, 0.5 - 0.5 * Math.cos((Math.PI * fromEnd) / r));
    out[i] = g;
  }
  return out;
}

/** Multiply a buffer by an envelope of the same length, in place. */
export function applyEnvelope(buffer: Float64Array, envelope: Float64Array): Float64Array {
  for (let i = 0; i < buffer.length; i++) buffer[i] = (buffer[i] ?? 0) * (envelope[i] ?? 0);
  return buffer;
}

/**
 * Additive tone: partials given as [ratio to the fundamental, amplitude, decay
 * time constant in seconds (0 = none)]. A slow vibrato of `vibrato` semitones
 * gives pads some life.
 */
export function additive(
  hz: number,
  seconds: number,
  partials: readonly (readonly [number, number, number])[],
  vibrato = 0,
): Float64Array {
  const out = silence(seconds);
  // The phase step of the fundamental at each sample, vibrato included: computed once for all partials.
  const step = new Float64Array(out.length);
  for (let i = 0; i < out.length; i++) {
    const wobble = vibrato === 0 ? 1 : 2 ** ((vibrato * Math.sin((TAU * 5 * i) / SAMPLE_RATE)) / 12);
    step[i] = (TAU * hz * wobble) / SAMPLE_RATE;
  }
  for (const [ratio, amplitude, decay] of partials) {
    if (hz * ratio >= SAMPLE_RATE / 2) continue;
    // Decay as a per-sample factor: exp(-t / decay) without an exp per sample.
    const fall = decay > 0 ? Math.exp(-1 / (decay * SAMPLE_RATE)) : 1;
    let env = amplitude;
    let phase = 0;
    for (let i = 0; i < out.length; i++) {
      phase += (step[i] ?? 0) * ratio;
      if (phase > TAU) phase -= TAU;
      out[i] = (out[i] ?? 0) + Math.sin(phase) * env;
      env *= fall;
    }
  }
  return out;
}

/** A plucked string (Karplus–Strong) with seeded noise: a harp or guitar-like note. */
export function pluck(hz: number, seconds: number, random: () => number, damping = 0.996): Float64Array {
  const out = silence(seconds);
  const period = Math.max(2, Math.round(SAMPLE_RATE / hz));
  const line = new Float64Array(period);
  for (let i = 0; i < period; i++) line[i] = random() * 2 - 1;
  let index = 0;
  for (let i = 0; i < out.length; i++) {
    const current = line[index] ?? 0;
    const next = line[(index + 1) % period] ?? 0;
    out[i] = current;
    line[index] = ((current + next) / 2) * damping;
    index = (index + 1) % period;
  }
  return out;
}

/** White noise from the seeded generator. */
export function noise(seconds: number, random: () => number): Float64Array {
  const out = silence(seconds);
  for (let i = 0; i < out.length; i++) out[i] = random() * 2 - 1;
  return out;
}

/** A one-pole low-pass filter with cut-off `hz`, in place. */
export function lowPass(buffer: Float64Array, hz: number): Float64Array {
  const k = 1 - Math.exp((-TAU * hz) / SAMPLE_RATE);
  let y = 0;
  for (let i = 0; i < buffer.length; i++) {
    y += k * ((buffer[i] ?? 0) - y);
    buffer[i] = y;
  }
  return buffer;
}

/** A two-pole resonant band-pass (state-variable filter) around `hz` with quality `q`. */
export function bandPass(buffer: Float64Array, hz: number, q: number): Float64Array {
  const f = 2 * Math.sin((Math.PI * hz) / SAMPLE_RATE);
  const damp = 1 / q;
  let low = 0;
  let band = 0;
  for (let i = 0; i < buffer.length; i++) {
    const high = (buffer[i] ?? 0) - low - damp * band;
    band += f * high;
    low += f * band;
    buffer[i] = band;
  }
  return buffer;
}

/** A sine whose frequency glides from `fromHz` to `toHz` exponentially over the buffer. */
export function glide(fromHz: number, toHz: number, seconds: number): Float64Array {
  const out = silence(seconds);
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const f = fromHz * (toHz / fromHz) ** (i / out.length);
    phase += (TAU * f) / SAMPLE_RATE;
    if (phase > TAU) phase -= TAU;
    out[i] = Math.sin(phase);
  }
  return out;
}

/** Soft saturation: keeps peaks round when voices pile up. */
export function saturate(buffer: Float64Array, drive: number): Float64Array {
  for (let i = 0; i < buffer.length; i++) buffer[i] = Math.tanh((buffer[i] ?? 0) * drive) / Math.tanh(drive);
  return buffer;
}

/** A simple feedback echo (a room, not a cathedral), in place; wraps around for loops. */
export function echo(buffer: Float64Array, delaySeconds: number, feedback: number, wrap = false): Float64Array {
  const delay = Math.round(delaySeconds * SAMPLE_RATE);
  const passes = wrap ? 2 : 1;
  const wet = new Float64Array(buffer.length);
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < buffer.length; i++) {
      const from = i - delay;
      if (from < 0 && !wrap) continue;
      const j = (from + buffer.length) % buffer.length;
      wet[i] = ((buffer[j] ?? 0) + (wet[j] ?? 0)) * feedback;
    }
  }
  for (let i = 0; i < buffer.length; i++) buffer[i] = (buffer[i] ?? 0) + (wet[i] ?? 0);
  return buffer;
}

/** Scale to a peak of `peak` and quantise to 16-bit PCM (round half away from zero, clipped). */
export function toPcm16(buffer: Float64Array, peak = 0.89): Int16Array {
  let max = 0;
  for (const v of buffer) max = Math.max(max, Math.abs(v));
  const scale = max === 0 ? 0 : (peak * 32767) / max;
  const pcm = new Int16Array(buffer.length);
  for (let i = 0; i < buffer.length; i++) {
    const v = Math.round((buffer[i] ?? 0) * scale);
    pcm[i] = Math.max(-32768, Math.min(32767, v));
  }
  return pcm;
}
