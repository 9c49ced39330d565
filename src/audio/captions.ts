/**
 * Captions and the sound controls as HTML: a live region that shows each
 * caption for a few seconds, a mute toggle and a volume slider. Captions are
 * set as text, never parsed as HTML.
 */
import type { Sound } from './sound';

/** How long a caption stays on screen. */
const CAPTION_MS = 4000;

/**
 * Show each caption in `region` (give it `role="status"`): one line per sound,
 * removed after `holdMs`. Returns a function that stops.
 */
export function showCaptions(region: HTMLElement, sound: Sound, holdMs = CAPTION_MS): () => void {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const stop = sound.onCaption((caption) => {
    const line = document.createElement('p');
    line.className = `sound-caption sound-caption-${caption.kind}`;
    line.dataset.cue = caption.cue;
    line.textContent = caption.text;
    region.append(line);
    const timer = setTimeout(() => {
      line.remove();
      timers.delete(timer);
    }, holdMs);
    timers.add(timer);
  });
  return () => {
    stop();
    for (const timer of timers) clearTimeout(timer);
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
