/**
 * Captions and the sound controls as HTML: a live region that shows each
 * caption for a few seconds, a mute toggle and a volume slider. Captions are
 * set as text, never parsed as HTML.
 */
import type { Sound } from './sound';

/** How long a caption stays on screen. */
const CAPTION_MS = 4000;

/** At most this many captions on screen at once: the oldest goes first (a projected page stays readable). */
const MAX_CAPTIONS = 3;

/**
 * Show each caption in `region` (give it `role="status"`): one line per sound,
 * removed after `holdMs`. A sound heard again while its caption shows renews
 * that line instead of stacking a copy, and at most `MAX_CAPTIONS` lines show.
 * Returns a function that stops.
 */
export function showCaptions(region: HTMLElement, sound: Sound, holdMs = CAPTION_MS): () => void {
  const timers = new Map<HTMLElement, ReturnType<typeof setTimeout>>();
  const remove = (line: HTMLElement) => {
    clearTimeout(timers.get(line));
    timers.delete(line);
    line.remove();
  };
  const stop = sound.onCaption((caption) => {
    for (const shown of [...timers.keys()]) if (shown.dataset.cue === caption.cue) remove(shown);
    const line = document.createElement('p');
    line.className = `sound-caption sound-caption-${caption.kind}`;
    line.dataset.cue = caption.cue;
    line.textContent = caption.text;
    region.append(line);
    timers.set(
      line,
      setTimeout(() => remove(line), holdMs),
    );
    const oldest = [...timers.keys()].slice(0, Math.max(0, timers.size - MAX_CAPTIONS));
    for (const old of oldest) remove(old);
  });
  return () => {
    stop();
    for (const timer of timers.values()) clearTimeout(timer);
  };
}

/**
 * A mute toggle (`aria-pressed`) and a labelled volume slider in `container`,
 * showing the remembered preferences and changing them.
 */
export function renderSoundControls(container: HTMLElement, sound: Sound): void {
  const { muted, volume } = sound.state();
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'sound-mute';
  toggle.textContent = 'Mute sound';
  toggle.setAttribute('aria-pressed', String(muted));
  toggle.addEventListener('click', () => {
    const on = toggle.getAttribute('aria-pressed') !== 'true';
    sound.mute(on);
    toggle.setAttribute('aria-pressed', String(on));
  });

  const label = document.createElement('label');
  label.className = 'sound-volume';
  label.textContent = 'Volume ';
  const slider = document.createElement('input');
  slider.type = 'range';
  slider.min = '0';
  slider.max = '100';
  slider.step = '5';
  slider.value = String(Math.round(volume * 100));
  slider.addEventListener('input', () => sound.setVolume(Number(slider.value) / 100));
  label.append(slider);

  container.replaceChildren(toggle, label);
}
