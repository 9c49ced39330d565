/**
 * The game's sound (issue 13 §3): music by period, and an effect with its
 * caption for what happens: the telegraph when dispatches come in, the alarm
 * when Germany moves, the gavel when a crisis goes to the Council, the stamp
 * when the convention is signed. Captions show in a live region whether or
 * not anything is heard; mute and volume are in the HUD and remembered.
 * Nothing plays before the first gesture (`createSound` waits for it), and the
 * game plays on where audio is unavailable or blocked.
 */

import { renderSoundControls, showCaptions } from '../audio/captions';
import type { EffectId } from '../audio/cueTable';
import { createSound, type Sound } from '../audio/sound';
import type { GameAction, WorldState } from '../engine';
import { el } from './dom';

/** The effects a step of the game calls for, from the world before and after it. */
export function cuesOf(before: WorldState, after: WorldState, action: GameAction | { type: 'turn.end' }): EffectId[] {
  const cues: EffectId[] = [];
  if (action.type === 'crisis.respond' && action.choice === 'refer-council') cues.push('gavel');
  const signed = (w: WorldState) => w.convention.phase === 'signed' || w.convention.phase === 'inForce';
  if (signed(after) && !signed(before)) cues.push('stamp');
  if (after.month !== before.month) {
    const news = after.log.find((m) => m.month === after.month)?.entries ?? [];
    if (news.some((e) => e.kind === 'event')) cues.push('telegraph');
  }
  if (after.phase === 'crisis' && before.phase !== 'crisis') cues.push('alarm');
  return cues;
}

export class GameSound {
  private readonly sound: Sound = createSound();
  /** The captions' live region (kept across redraws of the HUD). */
  readonly captions = el('div', {
    className: 'captions',
    attrs: { id: 'captions', role: 'status', 'aria-live': 'polite', 'aria-label': 'Sound captions' },
  });
  /** The mute toggle and volume slider (kept across redraws of the HUD). */
  readonly controls = el('span', { className: 'hud-sound', attrs: { id: 'sound-controls' } });

  constructor() {
    document.body.append(this.captions);
    showCaptions(this.captions, this.sound);
    renderSoundControls(this.controls, this.sound);
  }

  /** The music of the month on screen (null: none, on the title screen). */
  month(month: string | null): void {
    if (month === null) this.sound.music(null);
    else this.sound.musicForMonth(month);
  }

  /** Play what a step of the game calls for. */
  step(before: WorldState, after: WorldState, action: GameAction | { type: 'turn.end' }): void {
    for (const cue of cuesOf(before, after, action)) this.sound.play(cue);
  }
}
