import { html, nothing, type TemplateResult } from 'lit';
import { forwardKey, msg, str } from '../i18n/localize.js';
import { formatClock, formatDose, formatRemaining } from '../i18n/format.js';
import { countLabel, phaseLabel } from '../i18n/phrases.js';
import { doseAtLevel } from '../model/dose.js';
import type { Level, ResolvedRoutine } from '../model/types.js';
import type { SessionSnapshot } from '../timing/session.js';
import { clockFace, renderRing, ringState } from '../hold-timer/ring.js';
import { phaseIcon, phaseLook, type PhaseLook } from '../shared/phase.js';
import { renderSoundBlocked } from '../shared/sound-controls.js';
import type { ExerciseReport } from './events.js';
import type { SessionController } from '../cues/session-controller.js';
import type { MovementCue } from '../i18n/movement-cues.js';
import type { FocusModeController } from './focus-mode.js';
import type { RoutineSession } from './session/routine-session.js';
import type { AwaitedRating, Rating } from './session/types.js';

export interface PlayingViewModel {
  routine: ResolvedRoutine;
  /** Writing direction of the element's language: the arrow keys follow it. */
  dir: 'ltr' | 'rtl';
  level: Level;
  /** The session played: its state, and what Previous, the primary button, Next and Stop do. */
  session: RoutineSession;
  /** Its timeline, as the cues keep it (and whether the screen can be kept awake). */
  cues: SessionController;
  /** Where we are in the timeline now. */
  snapshot: SessionSnapshot;
  /** Full screen: the button shows it and switches it. */
  focusMode: FocusModeController;
  /** The drawing of the exercise, or the author's own picture, or nothing. */
  media: TemplateResult | typeof nothing;
  /** The movement of the exercise on the side worked now (a catalog exercise's), or `null`. */
  cue: MovementCue | null;
  /** A pain rating at or above this offers to stop. */
  threshold: number;
  /** The person rated (pain or difficulty), or went on from the rating: the session has been told. */
  onRate(): void;
  onContinue(): void;
  /** The person tapped to turn the sound back on. */
  onResumeSound(): void;
}

/** While playing: where we are, the picture, the countdown, the controls, and Stop always in reach. */
export function renderPlaying(model: PlayingViewModel) {
  const { routine, snapshot, session, cues, focusMode } = model;
  const { rating } = session;
  const timeline = cues.session!;
  const { plan } = timeline;
  const focus = focusMode.active;
  const { waiting } = session;
  const { segment, status } = snapshot;
  // While rating, the exercise shown is the one being rated, not the one coming next.
  const shownIndex = rating ? rating.index : segment.exerciseIndex;
  const exercise = routine.exercises[shownIndex];
  const paused = status === 'paused' && !waiting && !rating;
  const look: PhaseLook = rating || paused ? 'paused' : phaseLook(segment);
  const label = waiting ? msg('Your pace') : phaseLabel(segment);
  const phase = paused ? msg(str`Paused · ${label}`) : label;
  const count = countLabel(segment);
  const nextSegment = plan.segments[snapshot.index + 1];
  const nextExercise = routine.exercises[segment.exerciseIndex + 1];
  const ring = ringState(waiting || rating ? 'idle' : status, snapshot.index, snapshot.segmentElapsed, segment.duration, timeline.pausedFor(cues.now()));
  const gettingReady = segment.kind === 'transition' || segment.kind === 'prepare';
  return html`<section part="playing" class="playing" data-phase=${look} aria-labelledby="exercise-name">
    <div class="top">
      <p part="overall">
        ${msg(str`Exercise ${shownIndex + 1} of ${routine.exercises.length} · ${formatRemaining(snapshot.remaining)} left`)}
      </p>
      <button part="button focus" class="focus-toggle" aria-pressed=${focus ? 'true' : 'false'} @click=${() => focusMode.toggle()}>
        ${focus ? msg('Exit full screen') : msg('Full screen')}
      </button>
      <progress part="progress" max=${plan.total} .value=${snapshot.elapsed} aria-label=${msg('Routine progress')}></progress>
    </div>
    <div class="scroller">
      <div class="stage">
        <div class="guide">
          <h2 id="exercise-name" part="exercise-name" class="name" tabindex="-1" dir="auto">${exercise.name}</h2>
          <p part="dose" class="dose">${formatDose(doseAtLevel(exercise.dose, model.level))}</p>
          ${model.media === nothing ? nothing : html`<div part="media" class="media">${model.media}</div>`}
          <details part="how" class="how">
            <summary>${msg('How to do it')}</summary>
            <ol>${exercise.steps.map((step) => html`<li dir="auto">${step}</li>`)}</ol>
          </details>
          ${exercise.cautions.length > 0
            ? html`<aside part="cautions" class="cautions" aria-label=${msg(str`Take care: ${exercise.name}`)}>
                <ul>${exercise.cautions.map((caution) => html`<li dir="auto">${caution}</li>`)}</ul>
              </aside>`
            : nothing}
        </div>
        <div class="clock">
          ${rating
            ? renderRating(model, rating, exercise.name)
            : html`<p part="phase" class="phase">${phaseIcon(look)}<span>${phase}</span></p>
                ${model.cue && segment.kind === 'hold' ? html`<p part="cue" class="cue">${model.cue.shown}</p>` : nothing}
                <div class="dial">
                  ${renderRing(ring)}
                  <div part="time" role="timer" aria-label=${msg(str`${exercise.name}: ${phase}`)}>
                    ${waiting ? msg('Done?') : clockFace(formatClock(snapshot.segmentRemaining))}
                  </div>
                </div>
                ${count && !waiting ? html`<p part="count" class="count">${count}</p>` : nothing}
                ${gettingReady ? html`<p part="position" class="position" dir="auto">${exercise.startPosition ?? exercise.steps[0]}</p>` : nothing}
                <p part="next" class="next">
                  ${nextSegment?.exerciseIndex === segment.exerciseIndex
                    ? msg(str`Then: ${nextSegment.set > segment.set ? msg(str`Set ${nextSegment.set} of ${nextSegment.sets}`) : phaseLabel(nextSegment)}`)
                    : nextExercise
                      ? msg(str`Next exercise: ${nextExercise.name}`)
                      : msg('Last one!')}
                </p>
                <div part="controls" class="controls">
                  <button part="button" @click=${() => session.previous()} aria-keyshortcuts=${forwardKey(model.dir) === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight'}>${msg('Previous')}</button>
                  <button part="button" class="primary" @click=${() => session.toggle()} aria-keyshortcuts="Space">
                    ${waiting ? msg('Done') : paused ? msg('Resume') : msg('Pause')}
                  </button>
                  <button part="button" @click=${() => session.next()} aria-keyshortcuts=${forwardKey(model.dir)}>${msg('Next')}</button>
                </div>`}
          ${status === 'running' && cues.wakeLockState === 'unavailable'
            ? html`<p part="notice" class="notice">${msg('Your screen may turn off: this browser cannot keep it awake.')}</p>`
            : nothing}
          ${cues.soundBlocked ? renderSoundBlocked(model.onResumeSound) : nothing}
          ${model.session.stoppedElsewhere
            ? html`<p part="notice" class="notice">${msg('You stopped this routine in another tab because it hurt, so it was paused here too. Your place in it is no longer saved.')}</p>`
            : nothing}
        </div>
      </div>
    </div>
    <div class="stop-bar">
      <button part="button stop" class="stop" @click=${() => session.stopForPain()} aria-keyshortcuts="Escape">${msg('Stop — this hurts')}</button>
    </div>
  </section>`;
}

const PAIN_WORDS: Record<number, () => string> = {
  0: () => msg('No pain'),
  5: () => msg('Moderate'),
  10: () => msg('Worst'),
};

/**
 * The rating of exercise `awaited.index` (named `exerciseName`) after it. The routine waits here,
 * with time stopped, until the person continues: a prompt never races the clock and never outlives
 * its exercise.
 */
function renderRating(model: PlayingViewModel, { index, last }: AwaitedRating, exerciseName: string) {
  const { session } = model;
  const rating = session.ratingOf(index) ?? {};
  const rate = (answer: Rating) => {
    session.rate(index, answer);
    model.onRate();
  };
  const difficulties: [NonNullable<ExerciseReport['difficulty']>, string][] = [
    ['easy', msg('Easy')],
    ['right', msg('About right')],
    ['hard', msg('Hard')],
  ];
  const tooMuch = rating.pain !== undefined && rating.pain >= model.threshold;
  return html`<div part="rating" class="rating" role="group" aria-labelledby="rating-title">
    <p part="phase" class="phase">${phaseIcon('paused')}<span>${msg('Paused for your rating')}</span></p>
    <h3 id="rating-title" class="rating-title" tabindex="-1">${msg(str`How did ${exerciseName} feel?`)}</h3>
    <fieldset class="pain">
      <legend>${msg('Pain, from 0 (none) to 10 (worst)')}</legend>
      <div class="pain-scale">
        ${Array.from(
          { length: 11 },
          (_, value) =>
            html`<span class="pain-cell">
              <button
                type="button"
                part="button pain"
                class="pain-button"
                aria-pressed=${rating.pain === value ? 'true' : 'false'}
                aria-describedby=${PAIN_WORDS[value] ? `pain-word-${value}` : nothing}
                @click=${() => rate({ pain: value })}
              >
                ${value}
              </button>
              ${PAIN_WORDS[value] ? html`<span class="pain-word" id=${`pain-word-${value}`}>${PAIN_WORDS[value]()}</span>` : nothing}
            </span>`,
        )}
      </div>
    </fieldset>
    <fieldset class="difficulty">
      <legend>${msg('Difficulty')}</legend>
      ${difficulties.map(
        ([value, label]) =>
          html`<button type="button" part="button" aria-pressed=${rating.difficulty === value ? 'true' : 'false'} @click=${() => rate({ difficulty: value })}>
            ${label}
          </button>`,
      )}
    </fieldset>
    ${tooMuch
      ? html`<p part="pain-warning" class="pain-warning" role="alert">${msg(str`Pain of ${rating.pain} is too much to go on.`)}</p>
          <button part="button stop" class="stop stop-now" type="button" @click=${() => session.stopForPain()}>${msg('Stop now')}</button>`
      : nothing}
    <button part="button continue" class=${tooMuch ? 'continue-anyway' : 'primary'} type="button" @click=${() => {
        session.continueAfterRating();
        model.onContinue();
      }}>
      ${tooMuch ? msg('Continue anyway') : last ? msg('Continue to the summary') : msg('Continue to the next exercise')}
    </button>
  </div>`;
}
