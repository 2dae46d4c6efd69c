// The `@lit/react` components of `back-exercise-elements/react` (React 18 and 19): properties and
// the twelve event props type-check, and each `@ts-expect-error` line must fail.
// Checked by scripts/check-framework-types.mjs (tsconfig.react.json); never run.
import { useRef, type ReactElement } from 'react';
import { BackExercise, HoldTimer, RoutinePlayer } from 'back-exercise-elements/react';
import { getExercise, type HoldTimer as HoldTimerElement, type RoutineSummary } from 'back-exercise-elements';

export function WrappedSession({ onStop }: { onStop: (summary: RoutineSummary) => void }): ReactElement {
  const timer = useRef<HoldTimerElement>(null);
  const log: unknown[] = [];
  return (
    <>
      <BackExercise
        data={getExercise('knee-to-chest')}
        level="advanced"
        headingLevel={3}
        noTimer={false}
        className="card"
        onHoldTimerStart={(event) => log.push(event.segment.kind)}
        onHoldTimerPause={(event) => log.push(event.remaining)}
        onHoldTimerResume={(event) => log.push(event.remaining)}
        onHoldTimerPhase={(event) => log.push(event.index, event.late)}
        onHoldTimerComplete={(event) => log.push(event.summary.holdSeconds, event.late)}
        onHoldTimerReset={(event) => log.push(event.type)}
      />
      <HoldTimer
        ref={timer}
        hold={30}
        eachSide
        label="Hamstring stretch"
        onHoldTimerStart={(event) => log.push(event.segment)}
        onHoldTimerComplete={(event) => log.push(event.summary.reps)}
      />
      <RoutinePlayer
        routine="lower-back"
        pace="done"
        painThreshold={7}
        onRoutinePlayerStart={(event) => log.push(event.routine, event.level, event.exerciseIndex)}
        onRoutinePlayerStep={(event) => log.push(event.exercise.name, event.segment.kind)}
        onRoutinePlayerPause={(event) => log.push(event.exerciseIndex)}
        onRoutinePlayerResume={(event) => log.push(event.exerciseIndex)}
        onRoutinePlayerComplete={(event) => log.push(event.summary.completed)}
        onRoutinePlayerStop={(event) => onStop(event.summary)}
      />

      {/* @ts-expect-error: there is no level "expert" */}
      <HoldTimer level="expert" />
      {/* @ts-expect-error: the payload of hold-timer-complete is a summary, it has no reason */}
      <HoldTimer onHoldTimerComplete={(event) => event.reason} />
      {/* @ts-expect-error: a player fires no hold-timer events */}
      <RoutinePlayer onHoldTimerStart={() => undefined} />
    </>
  );
}
