// React 19 with the plain tags and `back-exercise-elements/frameworks/react`: attributes,
// properties and typed events type-check, and each `@ts-expect-error` line must fail.
// Checked by scripts/check-framework-types.mjs (tsconfig.react.json); never run.
import type {} from 'back-exercise-elements/frameworks/react';
import 'back-exercise-elements/define.js';
import { useRef, type ReactElement } from 'react';
import { getExercise, getRoutine, type HoldTimer, type HoldTimerStartEvent, type RoutineSummary } from 'back-exercise-elements';

export function Session({ onStop }: { onStop: (summary: RoutineSummary) => void }): ReactElement {
  const timer = useRef<HoldTimer>(null);
  const seconds: number[] = [];
  return (
    <>
      <back-exercise
        exercise="half-crunch"
        level="intermediate"
        heading-level={3}
        no-timer={false}
        className="card"
        onhold-timer-complete={(event) => seconds.push(event.summary.holdSeconds, event.currentTarget.headingLevel === 'auto' ? 0 : 1)}
      />
      <back-exercise data={getExercise('knee-to-chest')} headingLevel="auto" eachSide hold={45} set-rest="30" />
      <hold-timer
        ref={timer}
        hold={30}
        reps="3"
        each-side
        label="Hamstring stretch"
        cues="beep voice"
        onhold-timer-start={(event) => event.segment.kind}
        onhold-timer-phase={(event) => (event.late ? event.index : event.segment.side)}
        onhold-timer-pause={(event) => event.remaining}
        onhold-timer-reset={(event) => event.type}
      />
      <routine-player
        routine="lower-back"
        data={getRoutine('lower-back')}
        pace="done"
        rate
        pain-threshold={7}
        onroutine-player-stop={(event) => onStop(event.summary)}
        onroutine-player-step={(event) => event.exercise.name}
        onroutine-player-complete={(event) => event.summary.completed}
      />
      <routine-builder
        name="routine"
        player-url="/patient.html"
        routine="lower-back"
        onroutine-builder-change={(event) => event.value?.items.length ?? event.problems.length}
      />

      {/* @ts-expect-error: there is no level "expert" */}
      <back-exercise level="expert" />
      {/* @ts-expect-error: the payload of hold-timer-complete is a summary, it has no reason */}
      <hold-timer onhold-timer-complete={(event) => event.reason} />
      {/* @ts-expect-error: hold-timer-complete does not carry a HoldTimerStartEvent */}
      <hold-timer onhold-timer-complete={(event: HoldTimerStartEvent) => event.segment} />
      {/* @ts-expect-error: React 19 listens through on + the exact event name, not onHoldTimerComplete */}
      <hold-timer onHoldTimerComplete={() => undefined} />
      {/* @ts-expect-error: routine-builder-change carries the routine as value, not as a link */}
      <routine-builder onroutine-builder-change={(event) => event.link} />
      {/* @ts-expect-error: pace is "timer" or "done" */}
      <routine-player pace="slow" />
    </>
  );
}
