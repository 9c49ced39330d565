/**
 * The sound test page: the sound module as the game will use it, with its
 * captions and controls, and a handle on `window` for the browser test.
 * `?month=1938-10` picks the music's month.
 */
import { renderSoundControls, showCaptions } from '../captions';
import { EFFECT_IDS } from '../cueTable';
import { createSound, type Sound } from '../sound';

declare global {
  interface Window {
    hollowPactSound?: Sound;
  }
}

const sound = createSound();
window.hollowPactSound = sound;
sound.musicForMonth(new URLSearchParams(location.search).get('month') ?? '1936-05');

const controls = document.getElementById('controls');
const captions = document.getElementById('captions');
if (controls !== null) renderSoundControls(controls, sound);
if (captions !== null) showCaptions(captions, sound);

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-cue]')) {
  const cue = EFFECT_IDS.find((id) => id === button.dataset.cue);
  if (cue !== undefined) button.addEventListener('click', () => sound.play(cue));
}
