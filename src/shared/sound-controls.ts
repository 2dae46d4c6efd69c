import { html } from 'lit';
import { msg } from '../i18n/localize.js';
import type { SoundCheckResult } from '../cues/sound-check.js';

// The styles live apart, so that a timer's first file carries them without these controls.
export { soundControlStyles } from './sound-control-styles.js';

/** The sentence a sound check says. */
export function soundCheckSentence(): string {
  return msg('You will hear this during the exercises.');
}

/** What a sound check found, in words for its status line. */
export function soundCheckReport({ sound, speech }: SoundCheckResult): string {
  if (!sound && !speech) return msg("This browser can't play sound or speak.");
  if (!sound) return msg("This browser can't play sound.");
  const played = msg("Sound played — if you heard nothing, turn your phone's sound up.");
  return speech ? played : `${played} ${msg("This browser can't speak.")}`;
}

/**
 * "Test sound" before start, and its status line: a live region, there from the first render so
 * that what the check found is read out. Inline, so that it can sit beside the cue choices.
 */
export function renderSoundCheck(report: string, onCheck: () => void) {
  return html`<span part="sound-check" class="sound-check">
    <button part="button" type="button" @click=${onCheck}>${msg('Test sound')}</button>
    <span role="status">${report}</span>
  </span>`;
}

/** What the button for stopped sound says, and what the live region says when it appears. */
export function soundBlockedText(): string {
  return msg('Tap to turn the sound back on');
}

/** While running, when the browser stopped the sound and wants a tap to let it play again. */
export function renderSoundBlocked(onTap: () => void) {
  return html`<button part="button resume-sound" class="resume-sound" type="button" @click=${onTap}>${soundBlockedText()}</button>`;
}
