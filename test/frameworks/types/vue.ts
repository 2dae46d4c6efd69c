// Vue 3 with `back-exercise-elements/frameworks/vue`: the GlobalComponents entries give each tag
// the element as its instance and its attributes, properties and `on…` events as `$props`
// (what vue-tsc checks a template against); each `@ts-expect-error` line must fail.
// Checked by scripts/check-framework-types.mjs (tsconfig.vue.json); never run.
import type {} from 'back-exercise-elements/frameworks/vue';
import type { GlobalComponents } from 'vue';
import { getExercise, type BackExercise, type HoldTimer, type RoutinePlayer } from 'back-exercise-elements';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

/** `<back-exercise exercise="half-crunch" level="intermediate" heading-level="3" no-timer @hold-timer-complete="…">` */
export const card: Props<'back-exercise'> = {
  exercise: 'half-crunch',
  level: 'intermediate',
  headingLevel: '3',
  noTimer: true,
  class: 'card',
  onHoldTimerComplete: (event) => event.summary.holdSeconds,
};

/** `<back-exercise :data="exercise" :headingLevel="2" :eachSide="false">` */
export const boundCard: Props<'back-exercise'> = { data: getExercise('knee-to-chest'), headingLevel: 2, eachSide: false, key: 'k' };

export const timer: Props<'hold-timer'> = {
  hold: 30,
  reps: '3',
  label: 'Hamstring stretch',
  onHoldTimerStart: (event) => event.segment.kind,
  onHoldTimerPhase: (event) => event.late,
};

export const player: Props<'routine-player'> = {
  routine: 'lower-back',
  pace: 'done',
  painThreshold: '7',
  onRoutinePlayerStop: (event) => event.summary.stoppedAt?.exerciseId,
  onRoutinePlayerComplete: (event) => event.summary.completed,
};

/** A template ref on the tag is the element itself. */
export const instances: [BackExercise, HoldTimer, RoutinePlayer] = [
  {} as InstanceType<GlobalComponents['back-exercise']>,
  {} as InstanceType<GlobalComponents['hold-timer']>,
  {} as InstanceType<GlobalComponents['routine-player']>,
];

// @ts-expect-error: there is no level "expert"
export const wrongLevel: Props<'back-exercise'> = { level: 'expert' };
// @ts-expect-error: the payload of hold-timer-complete is a summary, it has no reason
export const wrongPayload: Props<'hold-timer'> = { onHoldTimerComplete: (event) => event.reason };
// @ts-expect-error: a player fires no hold-timer events
export const wrongEvent: Props<'routine-player'> = { onHoldTimerStart: () => undefined };
