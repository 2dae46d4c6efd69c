/**
 * React components for the five elements, made with `@lit/react`, for React 18
 * (React 19 can use the plain tags: see `frameworks/react`). Importing this module
 * registers the elements. Properties such as `data` are set as properties, and the
 * elements' events are props: `onHoldTimerComplete`, `onRoutinePlayerStop`, …
 *
 * This is the only module of the package that imports React.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { BackExercise as BackExerciseElement } from './back-exercise/define.js';
import { HoldTimer as HoldTimerElement } from './hold-timer/define.js';
import { RoutinePlayer as RoutinePlayerElement } from './routine-player/define.js';
import { RoutineBuilder as RoutineBuilderElement, RoutineBuilderChangeEvent } from './routine-builder/define.js';
import { ProgressReport as ProgressReportElement } from './progress-report/define.js';
import { ProgressReportOpenEvent } from './progress-report/events.js';
import {
  HoldTimerCompleteEvent,
  HoldTimerPauseEvent,
  HoldTimerPhaseEvent,
  HoldTimerResetEvent,
  HoldTimerResumeEvent,
  HoldTimerStartEvent,
} from './hold-timer/events.js';
import {
  RoutinePlayerCompleteEvent,
  RoutinePlayerPauseEvent,
  RoutinePlayerResumeEvent,
  RoutinePlayerStartEvent,
  RoutinePlayerStepEvent,
  RoutinePlayerStopEvent,
} from './routine-player/events.js';

/** The timer's events, which a card hands on from its own timer. */
const holdTimerEvents = {
  onHoldTimerStart: HoldTimerStartEvent.eventName as EventName<HoldTimerStartEvent>,
  onHoldTimerPause: HoldTimerPauseEvent.eventName as EventName<HoldTimerPauseEvent>,
  onHoldTimerResume: HoldTimerResumeEvent.eventName as EventName<HoldTimerResumeEvent>,
  onHoldTimerPhase: HoldTimerPhaseEvent.eventName as EventName<HoldTimerPhaseEvent>,
  onHoldTimerComplete: HoldTimerCompleteEvent.eventName as EventName<HoldTimerCompleteEvent>,
  onHoldTimerReset: HoldTimerResetEvent.eventName as EventName<HoldTimerResetEvent>,
};

const routinePlayerEvents = {
  onRoutinePlayerStart: RoutinePlayerStartEvent.eventName as EventName<RoutinePlayerStartEvent>,
  onRoutinePlayerStep: RoutinePlayerStepEvent.eventName as EventName<RoutinePlayerStepEvent>,
  onRoutinePlayerPause: RoutinePlayerPauseEvent.eventName as EventName<RoutinePlayerPauseEvent>,
  onRoutinePlayerResume: RoutinePlayerResumeEvent.eventName as EventName<RoutinePlayerResumeEvent>,
  onRoutinePlayerComplete: RoutinePlayerCompleteEvent.eventName as EventName<RoutinePlayerCompleteEvent>,
  onRoutinePlayerStop: RoutinePlayerStopEvent.eventName as EventName<RoutinePlayerStopEvent>,
};

/** `<back-exercise>`: an exercise card with its timer. */
export const BackExercise = createComponent({
  react: React,
  tagName: 'back-exercise',
  elementClass: BackExerciseElement,
  events: holdTimerEvents,
  displayName: 'BackExercise',
});

/** `<hold-timer>`: the timer of one dose. */
export const HoldTimer = createComponent({
  react: React,
  tagName: 'hold-timer',
  elementClass: HoldTimerElement,
  events: holdTimerEvents,
  displayName: 'HoldTimer',
});

/** `<routine-player>`: plays a whole routine. */
export const RoutinePlayer = createComponent({
  react: React,
  tagName: 'routine-player',
  elementClass: RoutinePlayerElement,
  events: routinePlayerEvents,
  displayName: 'RoutinePlayer',
});

/** `<routine-builder>`: a physiotherapist composes a routine and shares it as a link. */
export const RoutineBuilder = createComponent({
  react: React,
  tagName: 'routine-builder',
  elementClass: RoutineBuilderElement,
  events: { onRoutineBuilderChange: RoutineBuilderChangeEvent.eventName as EventName<RoutineBuilderChangeEvent> },
  displayName: 'RoutineBuilder',
});

/** `<progress-report>`: a physiotherapist reads a patient's report link. */
export const ProgressReport = createComponent({
  react: React,
  tagName: 'progress-report',
  elementClass: ProgressReportElement,
  events: { onProgressReportOpen: ProgressReportOpenEvent.eventName as EventName<ProgressReportOpenEvent> },
  displayName: 'ProgressReport',
});
